using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "British Airways is to halt its flights to Jeddah ... The airline said the decision was a
    /// commercial one", "Nike has reported its best second-quarter earnings ... The global sports
    /// giant said it posted a profit": business news goes on about the firm it opens on by a noun
    /// for its kind. The noun is no source noun, so the phrase was kept as written and the quote
    /// had no speaker. Such a description, "the", lower-case modifiers at most, and a business's
    /// kind noun, is resolved as "the station" is (<see cref="UnnamedOrganisation"/>): only to the
    /// organisation the article's lead opens on, or one whose name holds the noun.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>Lower-case modifiers at most before the kind noun: "the clothing and home furnishing retailer".</summary>
        private const int MaxBusinessModifiers = 5;

        /// <summary>
        /// The kind noun of <paramref name="description"/> when it is "the", lower-case modifiers
        /// (no stop word but "and") and a noun for a kind of business ("the airline", "the global
        /// sports giant", "the software giant"); null otherwise. A capitalised modifier ("the
        /// German company", "the UK's biggest lender") may say the firm is another than the lead's.
        /// </summary>
        private static string? BusinessKindOf(string description)
        {
            if (!description.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) return null;
            string[] words = description.Substring(4).Split(' ');
            if (words.Length == 0 || words.Length > MaxBusinessModifiers + 1) return null;
            foreach (string w in words)
            {
                if (w.Length == 0 || !char.IsLower(w[0]) || (w != "and" && WordLists.StopWords.Contains(w))) return null;
            }

            string head = words[words.Length - 1];
            return BusinessKindNouns.Contains(head) && head != "club" && head != "network" ? head : null;
        }

        /// <summary>Whether <paramref name="e"/> is the organisation the article's lead opens on (its mention's key is set only once it is looked up).</summary>
        private bool IsLeadOrganisation(Entity e) =>
            leadOrganisation is not null && (e.Key == leadOrganisation.NameKey || FindOrCreateName(leadOrganisation, create: false) == e);

        /// <summary>
        /// Whether the lead's kind allows a description by <paramref name="head"/>, a business kind
        /// noun other than "company", "firm", "club", "group" and "station": the lead wrote that
        /// noun ("budget airline Ryanair"), or it wrote "company" or "firm", or no noun at all (a
        /// subject or "Shares in X": any business).
        /// </summary>
        private bool LeadKindAllows(string head) =>
            leadKind is not null && (leadKind.Equals(head, StringComparison.OrdinalIgnoreCase) || leadKind == "company" || leadKind == "firm" || leadKind == LeadSubjectKind || leadKind == LeadSharesKind);
    }
}
