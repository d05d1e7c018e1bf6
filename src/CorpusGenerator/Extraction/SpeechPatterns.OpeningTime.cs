using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Later in the day, the FBI said it would cooperate.", "Earlier this week, officials said
    /// ...": a short phrase saying when, before the speaker, is no content however short the
    /// report after the cue.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// Words that open a phrase of time besides the time words themselves (<see cref="IsTimeWord"/>:
        /// weekdays, "yesterday", "later"...): "Earlier this week", "During his visit", "Shortly after".
        /// </summary>
        private static readonly WordSet TimeOpenerWords = new WordSet(
            "this", "then", "shortly", "soon", "during", "after", "before", "since", "until", "meanwhile");

        /// <summary>Whether [<paramref name="first"/>, <paramref name="end"/>) opens with a word of time, so that it may say when.</summary>
        private static bool OpensWithTime(List<Token> t, int first, int end) =>
            first < end && (IsTimeWord(t[first]) || (t[first].IsWord && TimeOpenerWords.Contains(t[first].Text)));
    }
}
