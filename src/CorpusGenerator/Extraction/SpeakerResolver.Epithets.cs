namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "the non-partisan charity said", "the mining group reported": a description whose modifiers
    /// say what kind of body speaks (<see cref="Mention.Epithet"/>) stands for the body the article
    /// is about, not for whichever was named last.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>Nouns for a whole trade, which no one body is: "the record industry", "the games sector".</summary>
        private static readonly WordSet SectorHeads = new WordSet("industry", "sector");

        /// <summary>
        /// Whether an epithet may stand for <paramref name="e"/>, an organisation named before: only
        /// the last speaker ("according to the Hansard Society. ... the non-partisan charity said",
        /// "The CBO says ... But the non-partisan fiscal watchdog notes") or the organisation the
        /// lead opens on when it is no mere subject ("Shares in UK Coal have fallen after the mining
        /// group reported"). The last organisation named was often only mentioned: "The security firm
        /// says" went to "Mac OS", "the net telephony firm's website" (Skype) to "the BBC News"
        /// website a quote was told to, and "The Paris-based pressure group" (Reporters Without
        /// Borders) to "Google News" (BBC). Such a description is then the speaker as written.
        /// </summary>
        private bool EpithetMayStandFor(Entity e) =>
            e == LastSpeaker || (leadOrganisation is not null && leadKind != LeadSubjectKind && e.Key == (leadOrganisation.NameKey ??= KeyOf(leadOrganisation.NameWords)));

        /// <summary>
        /// "The film industry says", "according to the record industry": a trade is no body, so not
        /// the organisation last named (the MPAA, the Pew Internet and American Life Project,
        /// BBC); the speaker as written.
        /// </summary>
        private static bool NamesSector(Mention mention, string head) => mention.Epithet && SectorHeads.Contains(head);
    }
}
