namespace CorpusGenerator.Extraction
{
    /// <summary>"the outgoing European Commissioner said", "A UK Independence Party MEP suggested": an office named by its modifiers, no one's name.</summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// Whether the capitalised word before a closing title word makes that title an office
        /// rather than a surname: a nationality ("European Commissioner", "British Ambassador") or
        /// an organisation's word ("Independence Party MEP"). A title after a name is taken as a
        /// surname ("Martin Luther King"), and so "European Commissioner" and "UK Independence
        /// Party MEP" became typed person names in BBC; no surname follows a nationality or a
        /// party, so the run is a description, found by its role.
        /// </summary>
        private static bool IsOfficeModifier(Token before) =>
            before.IsWord && (RoleLexicon.IsNationality(before.Text) || RoleLexicon.IsOrganisationWord(before.Text));
    }
}
