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
            Entity? e = SolePersonBefore(mention.Span.Start, subjectOnly: true);
            return e is null || e.Role is not null || HoldsOtherOffice(e, mention.NameWords, mention.Span) || NamesSomeoneActingFor(mention, e) ? null : e;
        }
    }
}
