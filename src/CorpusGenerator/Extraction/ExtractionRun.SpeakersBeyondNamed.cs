namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Mellberg spoke of his dislike of Villa's rivals. "I've had more than a quiet word with
    /// Olof ...," he told Villa's website.": the quotation names the person "he" was first taken
    /// for (ThirdPersonNames), so the speaker is someone else; when the next man or woman the
    /// article went on about is the one quoted last (the Villa manager), it is them. The quote
    /// and the ones that follow it had no speaker.
    /// </summary>
    internal sealed partial class ExtractionRun
    {
        /// <summary>The person "he" or "she" means past <paramref name="named"/>, when they are the last speaker and the quotation does not name them too; else null.</summary>
        private Entity? SpeakerBeyondNamed(Mention pronoun, Entity named, TextRange quote)
        {
            Entity? beyond = resolver.SpokenPersonBeyond(pronoun.Text, named);
            return beyond is null || NamedInOwnWords(beyond, quote) ? null : resolver.Take(beyond, pronoun);
        }
    }
}
