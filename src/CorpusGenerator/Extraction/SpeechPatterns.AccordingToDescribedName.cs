using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "according to blog analysis firm Technorati, C", "according to trade publication Screen
    /// Daily", "according to search engine Ask Jeeves": a name after lower-case words that say
    /// what it is, closing the source phrase, is the source. The description's words ("analysis
    /// firm", "publication", "engine") are not all roles the lexicon knows, so the phrase was kept
    /// whole as an unnamed source and the report had no speaker although the text names it.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Lower-case words at most before the name: a short description, not a clause.</summary>
        private const int MaxDescribingWords = 4;

        /// <summary>
        /// The name that closes the unnamed source <paramref name="source"/> after one to
        /// <see cref="MaxDescribingWords"/> lower-case words, none a stop word or determiner ("reports
        /// in China", "sources close to Apple", "a Gallup poll" stay as they were); null otherwise.
        /// A weekday or month is no name ("according to estimates Tuesday"). Reads the phrase once.
        /// </summary>
        private static Mention? NameAfterDescribingWords(string text, List<Token> t, Sentence s, Mention source) =>
            NameAfterDescribingWords(text, t, s, source.First, source.End);

        /// <summary>
        /// As <see cref="NameAfterDescribingWords(string, List{Token}, Sentence, Mention)"/> for the
        /// tokens from <paramref name="first"/> to <paramref name="end"/>: "telecoms giant BT" after
        /// a writing's "by" (WritingByAuthor).
        /// </summary>
        private static Mention? NameAfterDescribingWords(string text, List<Token> t, Sentence s, int first, int end)
        {
            int i = first;
            while (i < end && i - first <= MaxDescribingWords && t[i].IsWord && !t[i].IsCapitalized &&
                   !WordLists.StopWords.Contains(t[i].Text) && !WordLists.Determiners.Contains(t[i].Text))
            {
                i++;
            }

            if (i == first || i >= end || i - first > MaxDescribingWords || !t[i].IsCapitalized) return null;
            if (SpeakerResolver.CalendarWords.Contains(t[i].Text)) return null;
            Mention? name = NounPhrases.StartingAt(text, t, i, s.End);
            return name is not null && name.Kind == MentionKind.Name && name.End == end && !name.Conjoined ? name : null;
        }
    }
}
