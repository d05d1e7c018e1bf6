using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>An inverted attribution ("says BT", "say analysts") set off by commas inside the sentence it reports.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Words of a sentence adverb that only comments on what follows ("Locally, too", "Not least", "Above all").</summary>
        private static readonly WordSet SentenceAdverbWords = new WordSet(
            "too", "not", "least", "most", "more", "also", "above", "all", "again", "instead", "meanwhile", "however",
            "moreover", "still", "yet", "first", "second", "third", "finally", "then", "now", "so", "often", "sometimes", "already",
            "indeed", "perhaps", "maybe", "otherwise", "besides", "further", "furthermore", "nevertheless", "nonetheless", "thus", "hence");

        /// <summary>
        /// "The idea, says BT, is to shape a new model", "What this means, said Stacey Jolna, senior vice
        /// president of TV Guide, is that ...": as with "Climate change, Mr. Obama often says, is ...",
        /// the inverted attribution sits inside one report, so a fragment of at most three words before
        /// it is no report of its own: the content runs on past the attribution (<paramref name="first"/>
        /// = the fragment's start). When the fragment only comments on what follows ("Most importantly,
        /// say analysts, the failure of talks has not ...", "Locally, too, say analysts, ..."), what was
        /// said is what follows the attribution's closing comma (<paramref name="first"/> = there).
        /// </summary>
        private static bool InvertedAside(List<Token> t, Attribution a, int lStart, int lEnd, int start, int end, bool hasLeft, bool hasRight, out int first)
        {
            first = -1;
            if (!hasLeft || !hasRight || !a.SpeakerAfterCue || a.Speaker is not Mention speaker || t[a.Cue].Is("according")) return false;
            if (a.Cue == 0 || !t[a.Cue - 1].IsPunct(',') || speaker.End >= end || !t[speaker.End].IsPunct(',')) return false;
            if (HasQuote(t, lStart, lEnd) || HasQuote(t, start, end) || CountWords(t, lStart, lEnd) > 3) return false;

            int r = start < end && t[start].IsPunct(',') ? start + 1 : start;
            if (r == speaker.End + 1 && r < end && t[r].IsWord && char.IsLower(t[r].Text[0]))
            {
                // "said Paul King, principal security consultant at Cisco, because ...": a role set off by commas.
                int comma = r;
                bool title = false;
                while (comma < end && comma - r <= 10 && t[comma].IsWord) title |= RoleLexicon.IsTitle(t[comma++].Text);
                if (title && comma < end && t[comma].IsPunct(',')) r = comma + 1;
            }

            if (r >= end || !t[r].IsWord || !char.IsLower(t[r].Text[0]) || CountWords(t, r, end) < 2) return false;
            Token w = t[r];
            if (w.Is("and") || w.Is("but") || w.Is("or") || RelativePronoun(w) != RelativeKind.None || CueLexicon.IsParticiple(w.Text) ||
                w.Text.EndsWith("ing", System.StringComparison.OrdinalIgnoreCase) || (CircumstanceClauses.Contains(w.Text) && !w.Is("because")))
            {
                return false;
            }

            bool comment = true;
            for (int i = lStart; i < lEnd && comment; i++)
            {
                if (t[i].IsPunct(',')) continue;
                comment = t[i].IsWord && (SentenceAdverbWords.Contains(t[i].Text) || t[i].Text.EndsWith("ly", System.StringComparison.OrdinalIgnoreCase));
            }

            // "At that point, says Dr Tuffy, games could ...": a phrase a preposition opens says when, as an adverb comments.
            comment |= t[lStart].IsWord && WordLists.Prepositions.Contains(t[lStart].Text);

            first = comment ? r : lStart;
            return true;
        }
    }
}
