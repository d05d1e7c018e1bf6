using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>A concession after the attribution ("C, Mr Mendis told reporters, although he would not say by how much").</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Subordinators that concede something against the clause before them.</summary>
        private static readonly WordSet Concessives = new WordSet("although", "though", "whereas");

        /// <summary>
        /// The concession's subject: the speaker again ("although he would not say by how much"). A
        /// concession about something else ("though it would recover") may be more of the report.
        /// </summary>
        private static readonly WordSet PersonSubjects = new WordSet("he", "she", "they");

        /// <summary>Words at most of the listener or circumstance between the cue and the concession: "told reporters on Monday".</summary>
        private const int MaxWordsBeforeConcession = 6;

        /// <summary>
        /// "Growth will slow, Mr Mendis told reporters, although he would not say by how much": after
        /// a report that went before the speaker, a clause opened by "although" or "though" whose
        /// subject is the speaker again (past the listener and when, set off by a comma) is the journalist's remark on the telling,
        /// not more of what was told: the report before the speaker stays the content. It was
        /// taken as the content, or joined to it round the attribution as "C, he said, is ..." is.
        /// </summary>
        private static bool ConcessionAfterCue(List<Token> t, Attribution a, int start, int end)
        {
            if (a.SpeakerAfterCue || start >= end) return false;
            for (int i = start; i < end && i - start <= MaxWordsBeforeConcession; i++)
            {
                Token w = t[i];
                if (w.IsWord && Concessives.Contains(w.Text)) return (i == a.CueEnd || t[i - 1].IsPunct(',')) && i + 1 < end && PersonSubjects.Contains(t[i + 1].Text);
                if (!(w.IsWord || w.Kind == TokenKind.Number || w.IsPunct(',')) || w.Is("that") || CueLexicon.IsCue(w.Text) || NounPhrases.IsPronoun(w)) return false;
            }

            return false;
        }
    }
}
