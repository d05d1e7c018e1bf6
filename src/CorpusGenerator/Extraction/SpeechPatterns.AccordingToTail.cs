using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "..., according to the Roper Center for Public Opinion Research.", "..., according to
    /// attorneys for the family.": the phrase after "according to" names its source in full, a
    /// name and the phrase that qualifies it. The name alone was read as the source and the rest
    /// ("for Public Opinion Research") as what the source reports, a quote of no words said.
    /// A short phrase that opens with a preposition right after the name, has no verb and closes
    /// the sentence is the rest of the source's name; what the source reports is what came before.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        private static readonly WordSet SourceTailPrepositions = new WordSet("of", "for", "from", "at", "with", "in", "on", "by");

        /// <summary>Tokens at most in the qualifying phrase after the source's name.</summary>
        private const int MaxSourceTail = 8;

        /// <summary>
        /// Where the content after an "according to" source starts once a qualifying phrase that
        /// closes the sentence is taken into the source: <paramref name="limit"/>, or <paramref name="start"/> as it was.
        /// </summary>
        private static int PastSourceTail(List<Token> t, Sentence s, Attribution a, int start, int limit)
        {
            if (a.Speaker is not Mention source || start != source.End || start >= limit || a.Cue <= s.First) return start;
            if (!t[start].IsWord || !SourceTailPrepositions.Contains(t[start].Text)) return start;
            int end = TrimEnd(t, start, limit);
            if (end != TrimEnd(t, start, s.End) || end - start > MaxSourceTail) return start;
            for (int i = start + 1; i < end; i++)
            {
                Token w = t[i];
                if (w.Kind == TokenKind.Quote || w.IsPunct(',') || w.Is("that") || (w.IsWord && (CueLexicon.IsCue(w.Text) || FiniteAuxiliaries.Contains(w.Text)))) return start;
            }

            return limit;
        }
    }
}
