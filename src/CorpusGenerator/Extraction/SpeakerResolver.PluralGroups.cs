using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>"seafarers", "BT's competitors", "Earthlink and Webroot": a group of several is "they", never "it".</summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>
        /// Whether <paramref name="e"/> is a group of several: a group written as a plural noun
        /// ("seafarers", "owners", "BT's competitors", "Russian newspapers", "MPs") or two names
        /// joined by "and" ("Earthlink and Webroot"). "It" was resolved to whatever non-person
        /// came last, so "[the convention] ..., it says" went to the seafarers it spoke of and
        /// "it said" to "BT's competitors". An organisation's name stays singular whatever its
        /// last letter ("Motors", "Tories" named by name), and so do shares ("80% said"). When such a
        /// group is the nearest candidate, "it" is left unresolved rather than passed to an older
        /// organisation: the one meant was then usually a writing or a firm the text named only by
        /// description, and reaching past gave BT's words to Ofcom. No speaker beats a wrong one.
        /// </summary>
        private static bool IsPluralGroup(Entity e)
        {
            if (e.IsPerson || IsShare(e)) return false;
            if (e.Conjoined) return !HasOrganisationWord(e.Name.Split(' ')); // "Earthlink and Webroot", not "the Department of Trade and Industry"
            if (!e.Key.StartsWith("#", StringComparison.Ordinal)) return false; // a name
            int space = e.Name.LastIndexOf(' ');
            string head = space < 0 ? e.Name : e.Name.Substring(space + 1);
            return head.Length > 2 && head.EndsWith("s", StringComparison.Ordinal) && !head.EndsWith("ss", StringComparison.Ordinal) && !RoleLexicon.IsOrganisationWord(head);
        }
    }
}
