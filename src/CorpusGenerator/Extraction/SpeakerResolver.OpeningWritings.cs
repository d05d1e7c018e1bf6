namespace CorpusGenerator.Extraction
{
    /// <summary>"Reports suggest ...", "Research shows ...": a writing's noun capitalised only because it opens the sentence names no one.</summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>
        /// Whether <paramref name="mention"/> is a single capitalised word that is a writing's noun
        /// ("Reports", "Research", "Figures", "Data") at the start of its sentence: capitalised only
        /// for opening it, it is the same as "reports suggest", which names no author and is left
        /// without a speaker. Read as a lone name it became the typed speakers "Reports" (seven
        /// quotes in BBC, "Reports suggest he left because ...") and "Research". A word some full
        /// name of the article ends with is that person's surname ("Graham Poll" ... "Poll added").
        /// </summary>
        private bool IsOpeningWriting(Mention mention) =>
            mention.Kind == MentionKind.Name && mention.NameWords.Length == 1 && !mention.Titled && mention.Article is null &&
            RoleLexicon.IsDocument(mention.NameWords[0].ToLowerInvariant()) && OpensSentence(mention.Span.Start) &&
            !bySurname.ContainsKey(SurnameKey(mention.NameWords[0])); // "Poll added": the referee Graham Poll
    }
}
