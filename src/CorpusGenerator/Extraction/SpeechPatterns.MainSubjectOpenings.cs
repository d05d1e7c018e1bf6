using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "And he seemed to paper over his statements, promising that ...", "Early in his campaign,
    /// Trump attacked Romney, calling him ...", "Here in Columbia, Sanders stepped up ..., saying
    /// ...": the main clause's subject was looked for at the sentence's start, or past an opening
    /// preposition or time adverb; a conjunction opening the sentence, or an opening adverb of
    /// place or manner before a comma, hid it, and the participle's report was lost.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Conjunctions that may open a sentence before its subject.</summary>
        private static readonly WordSet SentenceConjunctions = new WordSet("and", "but", "yet", "so");

        /// <summary>Adverbs that open a phrase before the subject and its comma: "Early in his campaign,", "Here in Columbia,".</summary>
        private static readonly WordSet OpeningPlaceAdverbs = new WordSet("early", "here", "there", "back", "elsewhere", "instead", "still");

        /// <summary>The first token of the sentence past an opening conjunction ("And he ...": "he").</summary>
        private static int PastOpeningConjunction(List<Token> t, Sentence s, int limit) =>
            s.First + 1 < limit && t[s.First].IsWord && SentenceConjunctions.Contains(t[s.First].Text) && !t[s.First + 1].IsPunct(',') ? s.First + 1 : s.First;

        /// <summary>Whether a comma stands in [<paramref name="from"/>, <paramref name="to"/>).</summary>
        private static bool HasCommaBetween(List<Token> t, int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                if (t[i].IsPunct(',')) return true;
            }

            return false;
        }

        /// <summary>Whether the word at <paramref name="first"/> is an adverb of place or manner opening a phrase before the subject: "Early in ...", "Here in ...".</summary>
        private static bool OpensWithAdverb(List<Token> t, int first) => t[first].IsWord && OpeningPlaceAdverbs.Contains(t[first].Text);
    }
}
