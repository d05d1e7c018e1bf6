using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "President George W Bush himself, who told the summit ...", "Staunton, 49, who told BBC
    /// News 24 ...", "the Pew Research Center (PRC), who say ...": a relative clause whose cue
    /// reports words speaks for its antecedent, but a reflexive, an age or a bracketed acronym
    /// stood between the antecedent and "who", so no antecedent was read and the quote kept "who"
    /// with no speaker (and a later "she said" went to a man quoted before).
    /// </summary>
    internal static partial class SpeechPatterns
    {
        private static readonly WordSet Reflexives = new WordSet("himself", "herself", "itself", "themselves");

        /// <summary>Tokens at most inside the brackets skipped ("(MMF)", "(Apec)").</summary>
        private const int MaxBracketedAside = 4;

        /// <summary>
        /// Where the antecedent of a "who" ends when <paramref name="before"/> (the token before
        /// "who" and its comma) closes such an aside: the token before the aside; -1 when it closes none.
        /// </summary>
        private static int BeforeWhoAside(List<Token> t, Sentence s, int before)
        {
            if (before <= s.First) return -1;
            Token last = t[before];
            if (last.IsWord && Reflexives.Contains(last.Text)) return before - 1; // "Bush himself, who"
            if (last.Kind == TokenKind.Number && t[before - 1].IsPunct(',') && before - 2 >= s.First) return before - 2; // "Staunton, 49, who"
            if (last.IsPunct(')'))
            {
                for (int i = before - 1; i > s.First && before - i <= MaxBracketedAside; i--)
                {
                    if (t[i].IsPunct('(')) return i - 1; // "the Music Managers' Forum (MMF), who"
                    if (!t[i].IsWord) return -1;
                }
            }

            return -1;
        }

        /// <summary>
        /// The subject ending at <paramref name="aside"/>; before a bracketed acronym only a name of
        /// two words or more, since "the Music Managers' Forum (MMF)" read back from the brackets
        /// stops at the possessive and gives "Forum".
        /// </summary>
        private static Mention? WhoAntecedentBeforeAside(string text, List<Token> t, Sentence s, int before, int aside)
        {
            Mention? m = SubjectEndingAt(text, t, s, aside);
            if (m is null || m.Kind != MentionKind.Name) return null;
            return t[before].IsPunct(')') && m.NameWords.Length < 2 ? null : m;
        }
    }
}
