using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Market analysts are inclined to agree with Mr Lakhani, arguing that ...", "Low-cost
    /// airlines have criticised the new compensation levels, arguing that ...": a word capitalised
    /// only because it opens the sentence modifies the plural noun after it, and the two together
    /// are the subject. Read as a lone name with the plural taken for its verb, the modifier became
    /// the typed speaker ("Market", "Low-cost" in BBC). "Chart analysts say" was already read whole
    /// by the plain verb of saying (PlainSubject); this is the participle's subject (SubjectOfVerb).
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Finite auxiliaries a plural subject takes: only these after the noun show it to be the subject's head, not a verb ("Blair faces officials").</summary>
        private static readonly WordSet PluralAuxiliaries = new WordSet(
            "are", "were", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must");

        /// <summary>Verbs in -s that a lone name takes before an auxiliary's word: "Smith has been", "Brown was".</summary>
        private static readonly WordSet SingularVerbsInS = new WordSet("has", "is", "was", "does", "says");

        /// <summary>
        /// When <paramref name="subject"/> is a single capitalised name word opening its sentence,
        /// <paramref name="verb"/> a lower-case plural in -s after it and a plural auxiliary right
        /// after that: the phrase the two words make, kept as written and naming no one
        /// (<see cref="Mention.AsWritten"/>), as "Chart analysts say" is. Without that mark the
        /// resolver would take the description for a body the article named before it.
        /// </summary>
        private static Mention? OpeningModifiedPlural(string text, List<Token> t, Mention subject, int verb, int limit)
        {
            if (subject.Kind != MentionKind.Name || subject.NameWords.Length != 1 || subject.Titled || subject.End != verb) return null;
            if (!NounPhrases.OpensSentence(t, subject.First)) return null;
            Token noun = t[verb];
            if (!noun.IsWord || noun.IsCapitalized || noun.IsPossessive || noun.Text.Length < 4 || !noun.Text.EndsWith("s", StringComparison.Ordinal) ||
                noun.Text.EndsWith("ss", StringComparison.Ordinal) || SingularVerbsInS.Contains(noun.Text) || CueLexicon.IsCue(noun.Text)) return null;
            if (verb + 1 >= limit || !t[verb + 1].IsWord || !PluralAuxiliaries.Contains(t[verb + 1].Text)) return null;
            Mention phrase = Unnamed(text, t, subject.First, verb + 1);
            phrase.AsWritten = true;
            return phrase;
        }
    }
}
