using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "But general secretary of the public services union Unison Dave Prentis criticised the
    /// plans": a body's one-word name, in apposition to the noun for its kind ("union"), and
    /// then the person who speaks for it. The capitalised run was read as one name, and the
    /// typed speaker was <c>UnisonDavePrentis</c>.
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>Kinds of body whose name is written right after them: "the union Unison", "the charity Oxfam".</summary>
        private static readonly WordSet BodyKindNouns = new WordSet(
            "union", "firm", "group", "company", "charity", "party", "body", "organisation", "organization", "association", "agency");

        /// <summary>
        /// Whether the run from <paramref name="first"/> to <paramref name="end"/> is a body's
        /// one-word name and a person's two: exactly three capitalised name words, right after a
        /// lower-case kind noun, none of them a title, nationality or organisation word (so "the
        /// group Human Rights Watch", "the bank Credit Suisse First Boston" stay whole), with the
        /// clause going on after the run in a lower-case word or a stop. Constant work.
        /// </summary>
        private static bool IsBodyBeforePerson(List<Token> t, int first, int end)
        {
            if (end - first != 3 || first < 1 || !t[first - 1].IsWord || t[first - 1].IsCapitalized || !BodyKindNouns.Contains(t[first - 1].Text)) return false;
            for (int i = first; i < end; i++)
            {
                Token w = t[i];
                if (!w.IsWord || !w.IsCapitalized || w.IsPossessive || !IsNameish(w) || RoleLexicon.IsTitle(w.Text) || RoleLexicon.IsOrganisationWord(w.Text) || RoleLexicon.IsNationality(w.Text) || IsAcronymWord(w.Text)) return false;
            }

            if (end >= t.Count) return true;
            Token next = t[end];
            return next.IsWord ? !next.IsCapitalized : next.Kind == TokenKind.Punct;
        }
    }
}
