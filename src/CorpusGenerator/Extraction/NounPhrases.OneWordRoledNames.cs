namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Chelsea defender Terry is fit", "Arsenal's Brazilian midfielder Edu has hit out at the
    /// club ... He told BBC Sport: ...": sport and politics pages name a player or a politician by
    /// one word after the role. A full name alone was taken for the subject, so the one word
    /// never became whom the next "he" referred to, and the quote had no speaker (it had one only
    /// when the player spoke first). A title that may as well describe a firm ("rival Airbus",
    /// "broadcaster ITV", "auditor KPMG") does not make a lone word a person.
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>Titles that describe a business or a body as often as a person.</summary>
        private static readonly WordSet TitlesOfBodiesToo = new WordSet(
            "rival", "partner", "owner", "broadcaster", "investor", "broker", "auditor", "consultant", "adviser", "advisor",
            "agent", "pollster", "candidate", "nominee", "challenger", "incumbent", "founder", "co-founder", "author", "writer",
            "senior", "associate", "assistant", "interim", "acting", "former", "then", "fellow", "vice", "deputy", "chief",
            "prime", "general", "crown", "head", "host", "veteran", "official", "officials", "economists", "representative", "delegate");

        /// <summary>Whether a lone word after the role <paramref name="roleHead"/> names a person: a person's title ("midfielder", "leader").</summary>
        public static bool PersonTitleBeforeOneWord(string roleHead) =>
            RoleLexicon.IsTitle(roleHead) && !RoleLexicon.IsOrganisationWord(roleHead) && !TitlesOfBodiesToo.Contains(roleHead);

        /// <summary>A name of two words or more, or one word after a person's title.</summary>
        private static bool NamesPersonAfterRole(Mention named, string roleHead) =>
            named.NameWords.Length >= 2 || (named.NameWords.Length == 1 && PersonTitleBeforeOneWord(roleHead));

        /// <summary>The last word of a mention's role ("midfielder" in "Brazilian midfielder"), or the empty string.</summary>
        public static string RoleHeadOf(Mention named)
        {
            if (named.Role is null) return string.Empty;
            int space = named.Role.LastIndexOf(' ');
            return space < 0 ? named.Role : named.Role.Substring(space + 1);
        }
    }
}
