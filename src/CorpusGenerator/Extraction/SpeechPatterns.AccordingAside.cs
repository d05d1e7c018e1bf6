using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "His criticism, according to an interview with The Times, was the president's choice",
    /// "That's bad, according to Rubio, because, well, Biden": an "according to" set off by
    /// commas inside its sentence is an aside, and the sentence around it, both sides, is what
    /// the source reports.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Words after the aside that start a clause of their own, not the rest of the reported one, besides "who", "which" and "whose".</summary>
        private static readonly WordSet AsideBreakers = new WordSet(
            "and", "but", "or", "while", "whereas", "although", "though", "where", "when", "as", "so", "with",
            "including", "up", "down", "compared", "from");

        /// <summary>
        /// Whether the "according to" of <paramref name="a"/> is an aside: commas before the cue
        /// and after its source, words before it, and after it a lower-case word that goes on with
        /// the same clause.
        /// </summary>
        private static bool AccordingAside(List<Token> t, Sentence s, Attribution a, int start, bool hasLeft, bool hasRight)
        {
            if (!hasLeft || !hasRight || !t[a.Cue].Is("according") || a.Cue <= s.First || !t[a.Cue - 1].IsPunct(',')) return false;
            if (start <= a.CueEnd || !t[start - 1].IsPunct(',')) return false;
            Token next = t[start];
            return next.IsWord && !next.IsCapitalized && !AsideBreakers.Contains(next.Text) && RelativePronoun(next) is not (RelativeKind.Who or RelativeKind.Which or RelativeKind.Whose);
        }
    }
}
