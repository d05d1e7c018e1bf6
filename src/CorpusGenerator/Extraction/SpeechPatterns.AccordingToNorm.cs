using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Warez groups operate according to a strict code of honour", "there will be no funeral
    /// service, according to his wishes", "voters were put in 24 categories according to their last
    /// known voting intention", "insurers paid brokers according to how much business they brought":
    /// "according to" also means "in line with". After it a rule, law, plan, wish or a "how" clause
    /// is the measure something follows, not a source that says anything, so there is no quote.
    /// The heads are a closed, general list; a compound ("the law firm", "rules committee") keeps
    /// its own head and stays a source.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Heads after "according to" that name a measure or norm, never a source.</summary>
        private static readonly WordSet NormHeads = new WordSet(
            "code", "codes", "law", "laws", "rule", "rules", "regulations", "plan", "plans", "schedule", "timetable",
            "intention", "intentions", "wish", "wishes", "tradition", "traditions", "custom", "principle", "principles",
            "formula", "steps", "way", "preference", "preferences", "needs", "merit", "merits", "taste", "tastes",
            "instructions", "protocol", "script");

        /// <summary>Words that may close the head of such a phrase: a preposition, relative or pronoun starting what qualifies it.</summary>
        private static readonly WordSet NormHeadFollowers = new WordSet(
            "of", "for", "by", "in", "on", "at", "under", "with", "that", "which", "they", "they're", "we", "we're", "he", "she", "you", "i",
            "set", "laid", "drawn", "agreed", "devised", "published", "and", "or");

        /// <summary>Determiners that may open the phrase after "according to".</summary>
        private static readonly WordSet NormDeterminers = new WordSet(
            "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those");

        /// <summary>Lower-case words at most between the determiner and the head: "a strict code", "their last known voting intention".</summary>
        private const int NormModifierWords = 4;

        /// <summary>
        /// Whether the phrase after "according to" at <paramref name="first"/> is a norm or a "how" /
        /// "whether" clause, not a source.
        /// </summary>
        private static bool NormAfterAccordingTo(List<Token> t, Sentence s, int first)
        {
            if (first >= s.End || !t[first].IsWord) return false;
            if (t[first].Is("how") || t[first].Is("whether")) return true;
            int i = first;
            if (NormDeterminers.Contains(t[i].Text) || t[i].IsPossessive) i++; // "his wishes", "Russia's competition law"
            for (int n = 0; n <= NormModifierWords && i < s.End && t[i].IsWord && !t[i].IsCapitalized; n++, i++)
            {
                if (NormHeads.Contains(t[i].Text)) return i + 1 >= s.End || !t[i + 1].IsWord || NormHeadFollowers.Contains(t[i + 1].Text);
            }

            return false;
        }
    }
}
