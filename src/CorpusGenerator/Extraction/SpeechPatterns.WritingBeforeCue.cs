using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "“The digital divide is rapidly closing,” the World Bank report said.", "“...,” the Kok
    /// report said.": a writing's noun that is also a cue verb ("report") was read as the cue when
    /// no determiner stood right before it (a name did), so "the World Bank" spoke with the verb
    /// "report" and the quotation had no speaker. A cue verb right after it shows it is the
    /// subject's noun: two finite verbs do not follow each other.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Finite cue verbs that follow a writing's noun as its verb: "the report said", "the study found".</summary>
        private static readonly WordSet VerbsAfterWriting = new WordSet(
            "said", "says", "added", "adds", "stated", "states", "concluded", "concludes", "found", "finds", "warned", "warns");

        /// <summary>Whether the cue word at <paramref name="k"/> is a writing's noun with its own verb right after it.</summary>
        private static bool WritingBeforeItsVerb(List<Token> t, int k, Sentence s) =>
            k + 1 < s.End && RoleLexicon.IsDocument(t[k].Text) && t[k + 1].IsWord && !t[k + 1].IsCapitalized && VerbsAfterWriting.Contains(t[k + 1].Text);
    }
}
