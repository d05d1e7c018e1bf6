using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "“Q,” said EEF chief economist, Steve Radley.", "“Q,” said its chief executive, Sir Howard
    /// Newby.", "“Q,” said one of their lawyers, Michalis Dimitrakopoulos.": after a quotation and
    /// its inverted cue, a role and then, after a comma, the name that closes the sentence. The
    /// name is who the role is, as in "said Steve Radley, EEF chief economist" the other way round;
    /// the role alone named no one, and the quote went unattributed though the article names its
    /// speaker.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Tokens at most between the role's head and its comma ("director of commercial planning").</summary>
        private const int RoleTailTokens = 5;

        /// <summary>
        /// The name after <paramref name="role"/> and a comma, when it closes the sentence; null
        /// otherwise. The role may run on in lower-case words before the comma ("BA director of
        /// commercial planning, Robert Boyle"). Reads a few tokens.
        /// </summary>
        private static Mention? NameAfterRoleComma(string text, List<Token> t, Sentence s, Mention role)
        {
            if (role.Kind == MentionKind.Name || role.Kind == MentionKind.Pronoun || role.Conjoined) return null;
            int comma = role.End;
            while (comma < s.End && comma - role.End < RoleTailTokens && t[comma].IsWord && !t[comma].IsCapitalized && !CueLexicon.IsCue(t[comma].Text)) comma++;
            if (comma + 1 >= s.End || !t[comma].IsPunct(',')) return null;
            Mention? named = NounPhrases.StartingAt(text, t, comma + 1, s.End);
            if (named is null || named.Kind != MentionKind.Name || named.Conjoined || named.NameWords.Length < 2) return null;
            int after = named.End;
            bool closes = after == s.End || (after == s.End - 1 && (t[after].IsPunct('.') || t[after].IsPunct('!')));
            if (!closes) return null;
            named.Role ??= new TextRange(t[role.First].Start, t[comma - 1].End).Of(text);
            return named;
        }

        /// <summary>
        /// Whether the cue at <paramref name="k"/> is inverted after its content and a comma, with
        /// no quotation right before: 'But the percentage of poorer students "hardly changed at
        /// all", said its chief executive, Sir Howard Newby.', 'Sales fell, said its finance
        /// director, Jane Smith.' A report, whole or with a quoted fragment inside it, comes before
        /// the cue as a quotation does, so the role and name after it are read the same way
        /// (<see cref="NameAfterRoleComma"/>); the fragment's check only kept such a quote from
        /// counting as a quotation the cue follows.
        /// </summary>
        private static bool InvertedAfterComma(List<Token> t, Sentence s, int k) =>
            k - 2 > s.First && t[k - 1].IsPunct(',') && (t[k - 2].IsWord || t[k - 2].Kind == TokenKind.Quote);
    }
}
