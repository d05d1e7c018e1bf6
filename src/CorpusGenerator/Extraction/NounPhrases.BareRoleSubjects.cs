using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "But centre Jamie Noon believes the side at least showed better form. 'We definitely
    /// improved ...,' he said", "And ex-Tory education secretary Gillian Shepherd remembered how
    /// ...": after an opening "But" or "And" the subject may be a person's name after a lower-case
    /// role with nothing capitalised before it. Only a capitalised word after the conjunction was
    /// read (ConjunctionSubjects), so the person was never noted and "he" went to the one quoted
    /// before (BBC sport/349, Mark Cueto).
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// The person named after a lower-case role that starts at <paramref name="first"/>
        /// ("centre", "thriller writer", "ex-Tory education secretary"), when the role ends in a
        /// title, source or agent noun and the name is followed by a lower-case word (its verb) or
        /// a comma. Reads at most a role's words and the name.
        /// </summary>
        public static Mention? SubjectAfterBareRole(string text, List<Token> t, int first, int sentenceEnd)
        {
            int i = first;
            while (i < sentenceEnd && i - first < MaxPremodifiedRoleWords && t[i].IsWord && !t[i].IsCapitalized && !t[i].IsPossessive &&
                   !WordLists.StopWords.Contains(t[i].Text) && !CueLexicon.IsCue(t[i].Text))
            {
                i++;
            }

            if (i == first || !(IsRoleHead(t[i - 1].Text) || BareRoleNouns.Contains(t[i - 1].Text))) return null;
            Mention? named = NameAfterRole(text, t, i - 1, sentenceEnd);
            if (named is null || !NamesPersonAfterRole(named, t[i - 1].Text) || HasOrganisationWord(named.NameWords)) return null;
            if (named.NameWords.Length == 1) named.Role ??= t[i - 1].Text;
            return OpensClause(t, named, sentenceEnd) ? named : null;
        }
    }
}
