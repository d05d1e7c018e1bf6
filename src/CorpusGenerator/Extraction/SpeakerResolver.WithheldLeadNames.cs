using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "EU member states are failing to report fraud ..., the UK's public spending watchdog has
    /// said. / The National Audit Office said ...": a news lead often withholds who speaks,
    /// giving only a description of them, and names them when it next gives a speaker. The
    /// description was kept as a typed speaker of its own ("the UK's public spending watchdog")
    /// or named no one ("a clergyman"). Here: which descriptions may take that name, and which
    /// speakers fit them (ExtractionRun.WithheldLeadNames).
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>
        /// Nouns for a kind of body or business: "a charity has warned", "the elections watchdog
        /// has said", "a security firm has warned". Not "the government" (a ministry or agency
        /// named next is no government) nor "the industry" (no one body).
        /// </summary>
        private static readonly WordSet WithheldBodyNouns = new WordSet(
            "firm", "company", "group", "giant", "maker", "retailer", "bank", "lender", "airline", "carrier", "insurer",
            "brewer", "manufacturer", "producer", "supplier", "broadcaster", "publisher", "bookmaker", "consultancy",
            "charity", "watchdog", "regulator", "agency", "body", "organisation", "organization", "association",
            "institute", "think-tank", "school");

        /// <summary>Words at most in a withheld description: "the UK's public spending watchdog".</summary>
        private const int MaxWithheldWords = 6;

        /// <summary>
        /// What a lead's description withholds: 'o' for a body ("the UK's public spending
        /// watchdog", "a charity"), 'p' for a person ("a clergyman", "A former Home Office
        /// minister"), '\0' for neither. Only "the", "a" or "an" and words without a preposition
        /// ("A spokesman for the firm" is no firm); a person only after "a" or "an": an indefinite
        /// description brings in someone new, where "the prime minister" is one the reader knows.
        /// Not a spokesman (the spokesman of the lead is often never named, and the person named
        /// next is another).
        /// </summary>
        internal static char WithheldKindOf(string description, out bool indefinite)
        {
            indefinite = false;
            string[] words = description.Split(' ');
            if (words.Length < 2 || words.Length > MaxWithheldWords) return '\0';
            string article = words[0];
            indefinite = article.Equals("a", StringComparison.OrdinalIgnoreCase) || article.Equals("an", StringComparison.OrdinalIgnoreCase);
            if (!indefinite && !article.Equals("the", StringComparison.OrdinalIgnoreCase)) return '\0';
            for (int i = 1; i < words.Length; i++)
            {
                if (words[i].Length == 0 || WordLists.StopWords.Contains(words[i])) return '\0';
            }

            string head = words[words.Length - 1];
            if (!char.IsLower(head[0])) return '\0';
            if (WithheldBodyNouns.Contains(head)) return 'o';
            if (!indefinite || IsSpokesNoun(head)) return '\0';
            return IsPersonNoun(head) || RoleLexicon.IsTitle(head) ? 'p' : '\0';
        }

        /// <summary>Whether <paramref name="e"/> is no named speaker but a description kept as written ("the UK's public spending watchdog").</summary>
        internal static bool IsDescriptionSpeaker(Entity e) => e.Key.Length > 0 && e.Key[0] == '#';

        /// <summary>
        /// Whether <paramref name="e"/>, named as the next speaker after a lead's description of
        /// kind <paramref name="kind"/>, fits it: a body for a body ("Christian Aid" for "a
        /// charity"), a person the article shows to be one for a person (a title, a role, a
        /// gender), of the gender a "-man" or "-woman" noun says and with the noun in their role
        /// when the article gives one ("Jefferson Parish Sheriff Harry Lee" for "a sheriff") unless
        /// the name comes before what they said (<paramref name="namedBeforeContent"/>). An indefinite description
        /// brings in someone the article had not named before it: "Former Worldcom boss Bernie
        /// Ebbers never made accounting decisions, a witness has told jurors" is not Ebbers.
        /// </summary>
        internal static bool FitsWithheld(Entity e, char kind, string head, bool indefinite, int descriptionStart, bool namedBeforeContent)
        {
            if (IsDescriptionSpeaker(e) || e.NamedAsAuthor || e.Conjoined) return false;
            if (indefinite && (e.Mentions.Count == 0 || e.Mentions.Min.Start < descriptionStart)) return false;
            if (kind == 'o') return !e.IsPerson;
            if (!e.IsPerson || e.IsUnknown) return false;
            char gender = e.Gender != '\0' ? e.Gender : e.TitledGender == 'm' || e.TitledGender == 'f' ? e.TitledGender : '\0';
            if (gender == '\0' && e.Role is null) return false;

            // "a veteran diplomat said ... / “This new video puts Clinton on defense,” said Jeff
            // Bechdel, communications director for ...": one whose role is another, quoted before
            // being named, is someone come to comment. Named first, the lead is restated ("A former
            // Home Office minister has called for ... / Barbara Roche said", though the article
            // gives her role as "Labour MP for Hornsey and Wood Green").
            if (e.Role is not null && !ContainsWord(e.Role, head) && !namedBeforeContent) return false;
            if (head.EndsWith("woman", StringComparison.OrdinalIgnoreCase)) return gender != 'm';
            return !head.EndsWith("man", StringComparison.OrdinalIgnoreCase) || gender != 'f';
        }
    }
}
