using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Montgomery responded quickly by slotting over a superb penalty", "the United States
    /// responded enthusiastically by easing stiff sanctions", "Contepomi replied in kind four
    /// minutes into injury time", "Kipchoge responded and a burst of speed clinched victory": a
    /// response made by acting (a deed after "by", "in kind", or "and" with no words) reports
    /// nothing. A response by saying ("responded by explaining it was impossible", "responded
    /// first by saying he should not have ...", PolNeAR's gold) stays.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Adverbs at most between the cue and the response: "quickly", "enthusiastically", "first".</summary>
        private const int ResponseAdverbs = 2;

        /// <summary>Whether the "respond" or "reply" at the cue is a deed, not words.</summary>
        private static bool RespondedByActing(List<Token> t, Attribution a)
        {
            if (a.ContentFirst != a.CueEnd) return false;
            string cue = t[a.Cue].Text;
            if (!cue.StartsWith("respond", StringComparison.OrdinalIgnoreCase) && !cue.StartsWith("repl", StringComparison.OrdinalIgnoreCase)) return false;
            int i = a.ContentFirst;
            while (i < a.ContentEnd && i - a.ContentFirst < ResponseAdverbs && t[i].IsWord && (t[i].Text.EndsWith("ly", StringComparison.Ordinal) || t[i].Is("first"))) i++;
            if (i + 1 >= a.ContentEnd || !t[i].IsWord) return false;

            // "responded and a burst of speed clinched victory": nothing said before the "and".
            if (i == a.ContentFirst && t[i].Is("and")) return true;

            // "replied in kind": answered a deed with a like deed.
            if (t[i].Is("in") && t[i + 1].Is("kind")) return !HasQuote(t, i, a.ContentEnd);

            // "by slotting over a penalty", not "by saying" or "by pointing out".
            if (!t[i].Is("by")) return false;
            Token deed = t[i + 1];
            return deed.IsWord && deed.Text.EndsWith("ing", StringComparison.Ordinal) && !CueLexicon.IsCue(deed.Text) &&
                   !(i + 2 < a.ContentEnd && t[i + 2].Is("out"));
        }
    }
}
