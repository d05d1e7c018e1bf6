using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"according to his Newcastle boss Rob Andrew": a possessive pronoun, a role, then the name.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// The name after "according to his/her/their" and a role ("according to his Newcastle boss
        /// Rob Andrew", "according to her lawyer Jane Smith"), or null. The phrase reader stops at
        /// the pronoun, so the quote had the whole phrase as its mention and no speaker, though the
        /// article names him. A title must stand between the pronoun and the name: "according to
        /// his book Dreams From My Father" names a work, not its author.
        /// </summary>
        private static Mention? NameAfterOwnRole(string text, List<Token> t, int first, int end)
        {
            if (first >= end || !NounPhrases.IsPossessivePronoun(t[first])) return null;
            if (NameAfterModifiers(text, t, first, end) is not Mention name) return null;
            // The role may be inside the name's own phrase ("Newcastle boss Rob Andrew"), never its last word.
            for (int i = first + 1; i < name.End - 1; i++)
            {
                if (t[i].IsWord && RoleLexicon.IsTitle(t[i].Text)) return name;
            }

            return null;
        }
    }
}
