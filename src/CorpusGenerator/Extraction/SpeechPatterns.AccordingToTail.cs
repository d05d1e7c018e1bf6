using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "..., according to the Roper Center for Public Opinion Research.", "..., according to
    /// attorneys for the family.": the phrase after "according to" names its source in full, a
    /// name and the phrase that qualifies it. The name alone was read as the source and the rest
    /// ("for Public Opinion Research") as what the source reports, a quote of no words said.
    /// A short phrase that opens with a preposition or a participle right after the name ("a poll
    /// released Thursday"), has no verb and closes the sentence, or a relative clause that closes
    /// it (", which monitors extremist statements."), is the rest of the source's phrase; what the
    /// source reports is what came before.
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
            int end = TrimEnd(t, start, limit);
            if (end != TrimEnd(t, start, s.End)) return start;

            // "..., according to the SITE Intelligence Group, which monitors extremist statements.":
            // a relative clause closing the sentence describes the source.
            if (t[start].IsPunct(',') && start + 1 < end && RelativePronoun(t[start + 1]) is RelativeKind.Which or RelativeKind.Who)
            {
                for (int i = start + 2; i < end; i++)
                {
                    if (t[i].Kind == TokenKind.Quote || t[i].IsPunct(',')) return start;
                }

                return limit;
            }

            // "a poll released Thursday", "a Quinnipiac poll conducted in February": a participle
            // qualifies the source as a preposition does.
            bool participle = t[start].IsWord && !t[start].IsCapitalized && t[start].Text.EndsWith("ed", System.StringComparison.Ordinal) && !CueLexicon.IsCue(t[start].Text);
            if (!t[start].IsWord || !(SourceTailPrepositions.Contains(t[start].Text) || participle) || end - start > MaxSourceTail) return start;
            for (int i = start + 1; i < end; i++)
            {
                Token w = t[i];
                if (w.Kind == TokenKind.Quote || w.IsPunct(',') || w.Is("that") || (w.IsWord && (CueLexicon.IsCue(w.Text) || FiniteAuxiliaries.Contains(w.Text)))) return start;
            }

            return limit;
        }
    }
}
