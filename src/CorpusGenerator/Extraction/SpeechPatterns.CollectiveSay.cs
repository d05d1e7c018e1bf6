using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Labour say a Lib Dem vote could let the Tories in", "Sociedad say they will pay Rangers
    /// £150,000", "Leicester say they will not be rushed": British news gives a party, club or band
    /// a plural verb. A base form after a singular name is usually a noun ("Facebook post",
    /// "August tweet"), so the name was dropped and the quote left with no speaker; "say" after a
    /// lone capitalised name that opens its clause is no such noun, but the body speaking.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// Whether the cue is "say" right after <paramref name="speaker"/>, a one-word name that opens
        /// the sentence or follows a comma, "but" or "and", a clause follows the cue, and the article
        /// has written the name before (<see cref="NamedBefore"/>).
        /// </summary>
        private static bool CollectiveSay(string text, List<Token> t, Sentence s, Mention speaker, int cue)
        {
            if (!t[cue].Is("say") || speaker.Kind != MentionKind.Name || speaker.End != cue || speaker.End - speaker.First != 1 || cue + 1 >= s.End) return false;
            if (!t[speaker.First].IsCapitalized) return false;
            int before = speaker.First - 1;
            bool opens = before < s.First || t[before].IsPunct(',') || t[before].Is("but") || t[before].Is("and");
            return opens && t[cue + 1].IsWord && NamedBefore(text, t[speaker.First]);
        }

        /// <summary>
        /// How far back <see cref="NamedBefore"/> looks, in characters: longer than most news
        /// articles (BBC's median is about 2,000 characters), and a bound on the search, which back to
        /// the article's start made a text of many "Name say ..." sentences, each with a new name,
        /// quadratic (1 MB of "Qabcd say it works." took 2.6 s, against 1.0 s before the rule).
        /// </summary>
        private const int NamedBeforeWindow = 10000;

        /// <summary>
        /// Whether the name of <paramref name="word"/> stands as a whole word earlier in the text
        /// ("Real Sociedad" before "Sociedad say"): the body is one the article has introduced.
        /// "Leicester say ..." opening an article whose only other Leicester is "told BBC Radio
        /// Leicester" would be taken for the station. One search of at most
        /// <see cref="NamedBeforeWindow"/> characters before the word, and only for a name right
        /// before "say".
        /// </summary>
        private static bool NamedBefore(string text, Token word) =>
            WholeWords.IndexOf(text, word.Text, word.Start > NamedBeforeWindow ? word.Start - NamedBeforeWindow : 0, word.Start) >= 0;
    }
}
