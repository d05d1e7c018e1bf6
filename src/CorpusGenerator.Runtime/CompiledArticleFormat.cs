namespace CorpusGenerator
{
    /// <summary>
    /// The layout of each article's integer table in generated code (packed into its file's data,
    /// read by <see cref="CompiledArticleGroup"/>).
    /// The generator writes it (CompiledArticleTable in the generator) and this library reads it;
    /// the version is checked so that a runtime older than the generator fails with a clear message.
    /// </summary>
    /// <remarks>
    /// All strings are (start, length) pairs into the data: the article's text, then any
    /// strings that are not part of it (a speaker's name written differently from every mention).
    /// A missing string is (-1, 0). In order:
    /// <code>
    /// version, textLength, dataLength,
    /// className, fileName,
    /// title, dateline,
    /// headingCount, heading*,
    /// paragraphCount, paragraph*,
    /// speakerCount, (name, role, mentionCount, mention*)*,
    /// quoteCount, (kind, span, speakerIndex or -1, speakerMention, cue, paragraphIndex)*
    /// </code>
    /// </remarks>
    public static class CompiledArticleFormat
    {
        /// <summary>The table layout this library reads.</summary>
        public const int Version = 1;
    }
}
