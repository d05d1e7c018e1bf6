using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Home Secretary Charles Clarke" is never "the prime minister": a description with a title no
    /// one in the article holds falls back to the person last spoken of, but not to one whose own
    /// role is another office.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>
        /// Offices one person holds at a time, so that a holder of another one is never meant. Not
        /// "boss", "striker", "chairman": sport and business write "the Warriors chief" for
        /// "Wigan chairman Maurice Lindsay" and "the England captain" for a "Real Madrid midfielder".
        /// </summary>
        private static readonly WordSet ExclusiveOffices = new WordSet("minister", "secretary", "chancellor", "president", "premier", "leader", "mayor", "governor");

        /// <summary>
        /// True when <paramref name="description"/> names an office ("the prime minister", "the Lib
        /// Dem leader") and <paramref name="e"/>'s role ends in another title ("Home Secretary",
        /// "London mayor"), or the same title made another office ("Deputy Prime Minister" for "the
        /// prime minister"). A bare "the minister" may be any minister ("Education Secretary Ruth
        /// Kelly"); a former role ("Ex-chatshow host") or a one-word one ("Lord", "Sir") says
        /// nothing against the office; a person named right after the description is its
        /// appositive ("said the party leader, Home Secretary Charles Clarke") and is meant
        /// whatever the role.
        /// </summary>
        private bool HoldsOtherOffice(Entity e, string[] description, TextRange mention)
        {
            if (ShadowForAnother(e, description) && !NamedRightAfter(e, mention)) return true;
            string? role = e.Role;
            if (role is null || description.Length < 2) return false;
            string head = description[description.Length - 1];
            if (!ExclusiveOffices.Contains(head) || !char.IsLower(head[0])) return false;
            if (PortfolioMismatch(e, description) && !NamedRightAfter(e, mention)) return true;
            int space = role.LastIndexOf(' ');
            if (space < 0 || !RoleLexicon.IsTitle(role.Substring(space + 1))) return false;
            string stem = head.Length > 5 ? head.Substring(0, 5) : head;
            if (role.IndexOf(stem, StringComparison.OrdinalIgnoreCase) >= 0 && (ModifiedSameOffice(role, description) || OtherPortfolio(role, description)) && !NamedRightAfter(e, mention)) return true;
            if (role.StartsWith("ex-", StringComparison.OrdinalIgnoreCase) || ContainsWord(role, "former")) return false;
            if (NamedRightAfter(e, mention)) return false;
            return role.IndexOf(stem, StringComparison.OrdinalIgnoreCase) < 0;
        }

        /// <summary>
        /// The first mention of <paramref name="e"/> after <paramref name="mention"/> is set off by
        /// a comma right after it, with a role at most between ("the party leader, Home Secretary
        /// Charles Clarke"); "the prime minister says it is time for Mr Livingstone" names an object.
        /// </summary>
        private bool NamedRightAfter(Entity e, TextRange mention)
        {
            const int MaxGap = 60;
            if (mention.End >= text.Length || (text[mention.End] != ',' && text[mention.End] != '(')) return false;
            foreach (TextRange m in e.Mentions.GetViewBetween(new TextRange(mention.End, mention.End), new TextRange(mention.End + MaxGap, mention.End + MaxGap)))
            {
                for (int i = mention.End; i < m.Start; i++)
                {
                    char c = text[i];
                    if (c == '.' || c == '"' || c == '\u201c' || c == '\u201d' || c == '\n') return false;
                }

                return true;
            }

            return false;
        }
    }
}
