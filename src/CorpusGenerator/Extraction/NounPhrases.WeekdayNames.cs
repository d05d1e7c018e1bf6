using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"the Sunday Times", "the Sunday Telegraph": a weekday inside a name.</summary>
    internal static partial class NounPhrases
    {
        /// <summary>Whether <paramref name="text"/>[<paramref name="start"/>, +<paramref name="length"/>) is a weekday.</summary>
        internal static bool IsWeekday(string text, int start, int length) => WordLists.Weekdays.Contains(text, start, length);

        /// <summary>
        /// Whether token <paramref name="i"/> is a capitalised weekday between "the" and a name word:
        /// "the Sunday Times reported", "according to the Sunday Telegraph". A weekday as a date
        /// takes no article ("on Sunday", "Sunday's match") and "the Sunday meeting" has a
        /// lower-case noun after it, so with "the" before and a name after, the weekday opens a
        /// title. As a stop word it ended the name walks, and the speaker was "Times".
        /// </summary>
        private static bool IsWeekdayInName(List<Token> t, int i, int sentenceFirst) =>
            i - 1 >= sentenceFirst && i + 1 < t.Count && t[i].IsWord && t[i].IsCapitalized && !t[i].IsPossessive && WordLists.Weekdays.Contains(t[i].Text) &&
            t[i - 1].Is("the") && IsNameish(t[i + 1]);

        /// <summary>
        /// Whether token <paramref name="i"/> is a capitalised weekday that is a surname: after a
        /// lower-case title and one first name, closing the phrase ("said England sevens coach
        /// Mike Friday.", "coach Mike Friday, whose side"). A weekday as a date follows a name
        /// after a cue ("asked Clinton Friday", "endorsed Cruz Wednesday"), not a title and a
        /// first name: news names a person by a title and a first name alone no more than by a
        /// title and a surname alone. As a stop word it ended the name walks, and the speaker of
        /// the sevens coach's words was "England".
        /// </summary>
        private static bool IsWeekdaySurname(List<Token> t, int i)
        {
            if (i - 2 < 0 || !t[i].IsWord || !t[i].IsCapitalized || t[i].IsPossessive || !WordLists.Weekdays.Contains(t[i].Text)) return false;
            Token first = t[i - 1], title = t[i - 2];
            if (!first.IsWord || !first.IsCapitalized || first.IsPossessive || !IsNameish(first) || RoleLexicon.IsTitle(first.Text) || RoleLexicon.IsHonorific(first.Text)) return false;
            if (!title.IsWord || title.IsCapitalized || title.IsPossessive || !RoleLexicon.IsTitle(title.Text)) return false;
            return i + 1 >= t.Count || t[i + 1].IsPunct('.') || t[i + 1].IsPunct(',') || t[i + 1].Kind == TokenKind.Quote || (t[i + 1].IsWord && !t[i + 1].IsCapitalized && CueLexicon.IsCue(t[i + 1].Text));
        }
    }
}
