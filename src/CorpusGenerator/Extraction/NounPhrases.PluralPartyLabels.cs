using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"including Tories Ken Clarke", "For the Lib Dems David Laws said": a plural party label before a member's name.</summary>
    internal static partial class NounPhrases
    {
        /// <summary>Parties named in the plural, as British and American copy labels their members.</summary>
        private static readonly WordSet PluralPartyLabels = new WordSet("tories", "dems", "conservatives", "democrats", "republicans");

        /// <summary>
        /// Where the name starts when the run opens with a plural party label ("Tories", "Lib Dems")
        /// and at least two name words follow it: "the all-party group, including Tories Ken Clarke
        /// and Sir George Young", "For the Lib Dems David Laws said: ..." gave the typed speakers
        /// "Tories Ken Clarke" and "Lib Dems David Laws" (BBC). The singular label ("Lib Dem Norman
        /// Baker", "Tory Liam Fox") is a title in the role lexicon; the plural is not, since "the
        /// Tories said" names the party, not a member, and as a title it sent such quotes to a person
        /// (a first version made 101 BBC quotes change, nearly all wrong). Two name words after the
        /// label keep "the Liberal Democrats", "Senate Republicans" and a lone surname as they were.
        /// </summary>
        private static int AfterPluralPartyLabel(List<Token> t, int nameFirst, int end)
        {
            int k = nameFirst;
            if (k + 1 < end && t[k].Is("Lib") && t[k + 1].Is("Dems")) k++;
            if (k + 2 >= end || !t[k].IsCapitalized || t[k].IsPossessive || !PluralPartyLabels.Contains(t[k].Text)) return nameFirst;
            if (!IsNameish(t[k + 1]) || !IsNameish(t[k + 2]) || RoleLexicon.IsOrganisationWord(t[k + 1].Text)) return nameFirst;
            return k + 1;
        }
    }
}
