using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Manchester City's Paul Bosvelt will find out ...", "AMR's chief executive Gerard Arpey
    /// said ...": a sentence that opens with a possessive name (a club, country, firm or party),
    /// then a person's name, perhaps after a lower-case role. The opening phrase ends in "'s", so
    /// it was no subject at all, and the person was never the one "he" or "she" referred to next
    /// ("... will find out whether he is to be offered a new deal. 'I told the club ...,' he said"
    /// had no speaker).
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>At most this many capitalised words before the possessive: "Manchester City's".</summary>
        private const int MaxPossessorWords = 4;

        /// <summary>
        /// The person named after the possessive name that opens a sentence at
        /// <paramref name="first"/>, when that person is the subject: a full name (two words or
        /// more) followed by a lower-case word, its verb. A role between them must end in a title,
        /// a source or agent noun ("chief executive", "lawyer"); with no role the verb must be an
        /// auxiliary or a cue ("Britain's Kathy Butler has", "Celtic's Neil Lennon admits"), and
        /// the name no organisation ("Spain's Football Federation"). Reads a few tokens.
        /// </summary>
        public static Mention? SubjectAfterPossessive(string text, List<Token> t, int first, int sentenceEnd)
        {
            int i = first;
            while (i < sentenceEnd && i - first < MaxPossessorWords && IsNameish(t[i]) && !t[i].IsPossessive) i++;
            if (i >= sentenceEnd || i - first >= MaxPossessorWords || !t[i].IsWord || !t[i].IsCapitalized || !t[i].IsPossessive) return null;
            int roleFirst = i + 1, k = roleFirst;
            while (k < sentenceEnd && k - roleFirst < MaxPremodifiedRoleWords && t[k].IsWord && !t[k].IsCapitalized && !t[k].IsPossessive &&
                   !WordLists.StopWords.Contains(t[k].Text) && !CueLexicon.IsCue(t[k].Text))
            {
                k++;
            }

            Mention? named;
            if (k > roleFirst)
            {
                if (!(IsRoleHead(t[k - 1].Text) || BareRoleNouns.Contains(t[k - 1].Text))) return null;
                named = NameAfterRole(text, t, OfComplementEnd(t, k, sentenceEnd) ?? k - 1, sentenceEnd); // "Spain's minister of sport Jaime Lissavetzky" (RoleComplements)
                if (named is not null && named.NameWords.Length == 1 && NamesPersonAfterRole(named, t[k - 1].Text)) named.Role ??= t[k - 1].Text; // "Arsenal's midfielder Edu has" (OneWordRoledNames)
            }
            else
            {
                named = roleFirst < sentenceEnd && IsNameish(t[roleFirst]) ? StartingAt(text, t, roleFirst, sentenceEnd) : null;
                // "Arsenal's Brazilian midfielder Edu has hit out": a capitalised role read with the name (OneWordRoledNames).
                bool roled = named is not null && named.Role is not null && PersonTitleBeforeOneWord(RoleHeadOf(named));
                if (named is not null && ((named.Role is not null && !roled) || named.End >= sentenceEnd || !IsVerbAfterName(t[named.End]) || HasOrganisationWord(named.NameWords))) return null;
            }

            if (named is null || named.Kind != MentionKind.Name || !(named.NameWords.Length >= 2 || (named.Role is not null && PersonTitleBeforeOneWord(RoleHeadOf(named)))) || named.End >= sentenceEnd) return null;
            Token after = t[named.End];
            return after.IsWord && !after.IsCapitalized ? named : null;
        }

        /// <summary>"has", "will", "is", "admits", "believes": an auxiliary, a cue or a present-tense verb after the name.</summary>
        private static bool IsVerbAfterName(Token token) =>
            token.IsWord && !token.IsCapitalized && (PossessiveSubjectVerbs.Contains(token.Text) || CueLexicon.IsCue(token.Text) ||
            (token.Text.Length > 4 && token.Text.EndsWith("s", System.StringComparison.Ordinal) && !token.Text.EndsWith("ss", System.StringComparison.Ordinal)));

        private static readonly WordSet PossessiveSubjectVerbs = new WordSet(
            "is", "was", "has", "had", "will", "would", "could", "can", "may", "might", "must", "should", "does", "did", "says", "insists");

        private static bool HasOrganisationWord(string[] words)
        {
            foreach (string w in words)
            {
                if (RoleLexicon.IsOrganisationWord(w)) return true;
            }

            return false;
        }
    }
}
