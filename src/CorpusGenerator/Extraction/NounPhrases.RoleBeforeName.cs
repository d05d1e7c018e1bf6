using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>A role written before a name: "the Iraqi prime minister Mustafa al-Kadhimi", "said analyst Alex Potter".</summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// The name right after a role that ends at <paramref name="roleEnd"/>, when one follows:
        /// the name, not the role, is who speaks, whether or not an article opens the role
        /// (British copy often writes "said chief executive Jane Doe" with no article).
        /// </summary>
        private static Mention? NameAfterRole(string text, List<Token> t, int roleEnd, int sentenceEnd)
        {
            if (roleEnd + 1 >= sentenceEnd || !IsNameish(t[roleEnd + 1])) return null;
            Mention? named = StartingAt(text, t, roleEnd + 1, sentenceEnd);
            return named is not null && named.Kind == MentionKind.Name ? named : null;
        }
    }
}
