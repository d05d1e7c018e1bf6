namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "The Japanese government has forecast that growth will slow. While it predicts this fall, it
    /// said it was making progress", "The Argonaut group went into administration ... In August it
    /// had warned of annual losses": a description of an organisation ("the Japanese government",
    /// "the Argonaut group") opening this sentence or the one before is what "it" stands for,
    /// as a named one is (ItsSubject). The description was no speaker, so the organisation was not
    /// among those recently spoken of and the quote had no speaker. Only a description that names
    /// its organisation by itself ("the Japanese government", "The Argonaut group") and stands as
    /// written is taken: a bare "the company" resolved to some organisation named before went to
    /// the wrong one too often ("Sun's quarterly Network Computing event ... The company will have
    /// to persuade ... but it said" is Sun, not the event). One mention per sentence is kept:
    /// constant work.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>The organisation description opening the sentence being read, of the one before, and one noted for the next sentence.</summary>
        private Mention? describedNow, describedBefore, describedPending;

        /// <summary>Called for a description opening a sentence, before <see cref="NoteSentenceSubject"/>.</summary>
        private void NoteDescribedOrganisation(Mention mention, string head)
        {
            if (RoleLexicon.IsOrganisationWord(head) && !RoleLexicon.IsTitle(head) && !RoleLexicon.IsDocument(head) && !GeographicHeads.Contains(head) && char.IsLower(head[0])) describedPending ??= mention;
        }

        private void ShiftDescribedOrganisation()
        {
            describedBefore = describedNow;
            describedNow = describedPending;
            describedPending = null;
        }

        private Entity? DescribedOrganisationFor(Mention pronoun, bool sameSentence)
        {
            Mention? m = sameSentence ? describedNow : describedBefore;
            if (m is null || m.Span.End > pronoun.Span.Start || m.NameWords.Length < 2) return null;
            Entity? e = ResolveDescription(m, new TextRange(m.Span.End, m.Span.End));
            return e is null || e.IsPerson || e.Gender != '\0' || !e.Key.StartsWith("#", System.StringComparison.Ordinal) ? null : e;
        }
    }
}
