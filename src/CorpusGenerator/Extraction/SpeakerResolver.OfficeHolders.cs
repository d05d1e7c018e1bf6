using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "David Blunkett has apologised to MPs after the Home Office announced a review. The home
    /// secretary confirmed the review was to get under way": news names a politician, then goes on
    /// by office. When the article never wrote the office with the name, no role holds "home
    /// secretary", and the description named no one (or the person quoted last, a rival).
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>
        /// The person an office description ("the home secretary", "the Tory leader", "the shadow
        /// chancellor") stands for when no role holds it: the one person named in the nearest
        /// sentence back that names one, when that person is its subject or has spoken
        /// (<see cref="SolePersonBefore"/>), and the article gave them no role, so no other office.
        /// Only for offices one person holds at a time (<see cref="ExclusiveOffices"/>): "the
        /// spokesman", "the chairman" are often someone the article has not named. A sentence
        /// naming two people ("Michael Howard has attacked asylum under Tony Blair") gives no one.
        /// Reads the names of a few sentences back: constant work per description.
        /// </summary>
        private Entity? OfficeHolderBefore(Mention mention, string head)
        {
            if (!ExclusiveOffices.Contains(head) || !char.IsLower(head[0])) return null;
            Entity? e = SolePersonBefore(mention.Span.Start, subjectOnly: true) ?? SubjectBesideOtherOffices(mention);
            return e is null || e.Role is not null || HoldsOtherOffice(e, mention.NameWords, mention.Span) || NamesSomeoneActingFor(mention, e) ? null : e;
        }

        /// <summary>
        /// "Tony Blair has backed Chancellor Gordon Brown's pre-Budget report ... In a speech in
        /// Edinburgh, the prime minister said": the nearest sentence back that names people names
        /// two, but every one besides its subject holds another office the article gave with the
        /// name ("Chancellor"), so the office is the subject's. Null when another person there has
        /// no role or one that may be the office ("Michael Howard has attacked asylum under Tony
        /// Blair" stays no one), or the subject is no person named there. Reads the names of a few
        /// sentences back, as <see cref="SolePersonBefore"/> does: constant work per description.
        /// </summary>
        private Entity? SubjectBesideOtherOffices(Mention mention)
        {
            int before = mention.Span.Start;
            for (int k = 0; k < AgedReach && k < sentencesSeen; k++)
            {
                int slot = (sentencesSeen - 1 - k) % AgedReach;
                SentenceSubject? named = sentenceSubjects[slot];
                Entity? subject = null;
                int people = 0;
                foreach (Mention m in sentenceNames[slot]!)
                {
                    if (k == 0 && m.Span.Start >= before) break;
                    if (m.Kind != MentionKind.Name || m.Conjoined || m.NameWords.Length == 0) continue;
                    Entity? other = FindOrCreateName(m, create: false);
                    if (other is null || !other.IsPerson || other.WrittenWithArticle) continue;
                    people++;
                    if (named is not null && named.Mention.Span.Start == m.Span.Start && (subject is null || subject == other)) subject = other;
                }

                if (people == 0) continue;
                if (subject is null || people < 2) return null;
                int others = 0;
                foreach (Mention m in sentenceNames[slot]!)
                {
                    if (k == 0 && m.Span.Start >= before) break;
                    if (m.Kind != MentionKind.Name || m.Conjoined || m.NameWords.Length == 0) continue;
                    Entity? other = FindOrCreateName(m, create: false);
                    if (other is null || !other.IsPerson || other.WrittenWithArticle || other == subject) continue;
                    if (other.Role is null || !(HoldsOtherOffice(other, mention.NameWords, mention.Span) || OtherOfficeTitle(other.Role, mention.NameWords))) return null;
                    others++;
                }

                return others > 0 ? subject : null;
            }

            return null;
        }

        /// <summary>
        /// A one-word role that is itself an office one person holds ("Chancellor" in "Chancellor
        /// Gordon Brown") and not the office of <paramref name="description"/> ("the prime minister").
        /// A bare "the minister" may be any minister, the Chancellor too, as in <see cref="HoldsOtherOffice"/>.
        /// </summary>
        private static bool OtherOfficeTitle(string role, string[] description)
        {
            if (description.Length < 2 || role.IndexOf(' ') >= 0 || !ExclusiveOffices.Contains(role)) return false;
            string head = description[description.Length - 1];
            string stem = head.Length > 5 ? head.Substring(0, 5) : head;
            return role.IndexOf(stem, StringComparison.OrdinalIgnoreCase) < 0;
        }
    }
}
