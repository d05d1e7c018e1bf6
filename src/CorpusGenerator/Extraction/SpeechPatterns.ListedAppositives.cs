using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "The Oscar-nominated actor, whose films include Schindler's List, Michael Collins and Star
    /// Wars: The Phantom Menace, said: ...": the stretch between the last two commas before the
    /// cue ends a list of names ("Michael Collins and Star Wars"), not an appositive. Read as one,
    /// the walk back took the name before it, the list's first item ("List", stopped at
    /// "Schindler's"), for the speaker. A list's tail and its items are passed over, and the
    /// walk goes on to the phrase the list belongs to: here a relative clause, whose antecedent
    /// ("The Oscar-nominated actor") speaks.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// Whether the stretch after the comma <paramref name="comma"/> and before
        /// <paramref name="right"/> is two names joined by "and" or "or" and nothing else
        /// ("Michael Collins and Star Wars", "... and Star Wars: The Phantom Menace"), after a
        /// name that is the list's item before them; <paramref name="last"/> is the name ending it.
        /// </summary>
        private static bool IsListTail(string text, List<Token> t, Sentence s, int comma, int right, Mention? last)
        {
            if (last is null || last.Kind != MentionKind.Name || last.End != right || last.Conjoined) return false;
            int lastFirst = last.First;
            if (lastFirst - 1 > comma && t[lastFirst - 1].IsWord && WordLists.Determiners.Contains(t[lastFirst - 1].Text)) lastFirst--; // "The Phantom Menace"

            // "Star Wars: The Phantom Menace": a work's title and its subtitle are one item.
            if (lastFirst - 2 > comma && t[lastFirst - 1].IsPunct(':') && NounPhrases.EndingAt(text, t, lastFirst - 2, comma + 1) is Mention title && title.Kind == MentionKind.Name) lastFirst = title.First;
            int joiner = lastFirst - 1;
            if (joiner - 1 <= comma || !(t[joiner].Is("and") || t[joiner].Is("or"))) return false;
            Mention? first = NounPhrases.EndingAt(text, t, joiner - 1, comma + 1);
            if (first is null || first.Kind != MentionKind.Name || first.First != comma + 1 || first.Titled) return false;

            // A name before the comma is the list's item before the tail; a description there
            // ("two Republican members of Congress from Florida, Ileana Ros-Lehtinen and Carlos
            // Curbelo, have said", "Henry Clay's biographers, David and Jeanne Heidler, wrote") is
            // what the pair, an appositive, names, and so is the place a preposition governs at
            // its end ("from Florida").
            return comma - 1 >= s.First && NounPhrases.EndingAt(text, t, comma - 1, s.First) is Mention item && item.Kind == MentionKind.Name && !AfterPreposition(t, s, item.First);
        }

        /// <summary>Whether the stretch after <paramref name="comma"/> and before <paramref name="right"/> is one name alone, an item of a list whose tail came after it.</summary>
        private static bool IsListItem(Mention? name, int comma, int right) =>
            name is not null && name.Kind == MentionKind.Name && name.First == comma + 1 && name.End == right && !name.Titled;
    }
}
