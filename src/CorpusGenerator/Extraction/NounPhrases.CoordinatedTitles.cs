using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    internal static partial class NounPhrases
    {
        /// <summary>
        /// "said BIFA founder and director Elliot Grove", "said Nortel president and chief executive
        /// Bill Owens": two titles joined by "and" before one name. The walk forward from a cue
        /// stopped at the "and", kept "BIFA founder" as a phrase with no name, and the quote lost
        /// its speaker (the walk back from a cue already reads "chairman and chief executive
        /// Richard Parsons said"). The "and" at <paramref name="and"/> stays inside the phrase when
        /// a title ends before it and one to three title words after it lead to a name.
        /// </summary>
        private static bool IsCoordinatedTitle(List<Token> t, int and, int sentenceEnd)
        {
            if (!t[and].Is("and") || t[and].IsCapitalized || !t[and - 1].IsWord || !RoleLexicon.IsTitle(t[and - 1].Text)) return false;
            int k = and + 1;
            bool titled = false;
            while (k < sentenceEnd && k - and <= 3 && t[k].IsWord && !t[k].IsCapitalized && (RoleLexicon.IsTitle(t[k].Text) || LooksLikeRoleModifier(t[k])))
            {
                titled |= RoleLexicon.IsTitle(t[k].Text);
                k++;
            }

            return titled && k > and + 1 && k < sentenceEnd && RoleLexicon.IsTitle(t[k - 1].Text) && IsNameish(t[k]) && !RoleLexicon.IsTitle(t[k].Text);
        }
    }
}
