using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>"the presenter", "the keeper", "the youngster": nouns for people that no organisation is called.</summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>
        /// People named by what they do or are, which the title lexicon does not hold and no
        /// company is called (unlike "the carrier", "the brewer", "the publisher", which are firms).
        /// </summary>
        private static readonly WordSet PeopleOnlyNouns = new WordSet(
            "presenter", "barrister", "defender", "keeper", "winger", "youngster", "men", "women", "staff", "fans", "supporter",
            "supporters", "pensioner", "pensioners", "student", "students", "pupil", "pupils", "patient", "patients", "passenger",
            "passengers", "couple", "pair", "duo", "trio", "star", "veteran", "rookie");

        /// <summary>
        /// Whether <paramref name="head"/> names people only: with no name matching it, "the
        /// presenter said" fell back to the organisation last spoken of, and the speakers were
        /// "Times Square" (the presenter), "BBC Radio" (the barrister), "the Scottish Cup" (the
        /// keeper), "Manchester City" (the defender), "the Six Nations" (the youngster). A person
        /// noun is never that organisation, so the description stays as written.
        /// </summary>
        private static bool IsPeopleOnlyNoun(string head) =>
            PeopleOnlyNouns.Contains(head) || (head.Length > 6 && head.EndsWith("ster", StringComparison.OrdinalIgnoreCase));
    }
}
