namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "A letter sent to Martin Mubanga said his British passport would not be issued", "an email
    /// addressed to staff said": whom a writing was sent to reads it, as the agent of "obtained
    /// by" does (<see cref="WritingBeforeReader"/>); the writing speaks for whoever wrote it. The
    /// name right before the cue was taken for the speaker, so the government's letter was the
    /// words of the man it refused a passport.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Participles whose "to" names the receiver of a writing: "sent to", "addressed to".</summary>
        private static readonly WordSet SendingParticiples = new WordSet("sent", "addressed", "delivered", "handed", "leaked", "posted", "emailed", "e-mailed", "faxed");
    }
}
