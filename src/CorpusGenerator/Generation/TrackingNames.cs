namespace CorpusGenerator.Generation
{
    /// <summary>
    /// Names of the pipeline's steps, so tests can read each step's cache state from the driver's
    /// tracking output and prove that an edit to one article re-runs that article only.
    /// </summary>
    public static class TrackingNames
    {
        /// <summary>AdditionalFiles marked as articles, with their per-file options.</summary>
        public const string ArticleFiles = nameof(ArticleFiles);

        /// <summary>Each article read, checked and extracted: the expensive step.</summary>
        public const string ParsedArticles = nameof(ParsedArticles);

        /// <summary>The name each article asks for (path and ClassName).</summary>
        public const string NameRequests = nameof(NameRequests);

        /// <summary>Every article's final class name, clashes settled.</summary>
        public const string ArticleNames = nameof(ArticleNames);

        /// <summary>Options and compilation facts that shape all output (namespace, language version).</summary>
        public const string Settings = nameof(Settings);

        /// <summary>Each article joined with its class name and the settings, ready to emit.</summary>
        public const string ArticlesToEmit = nameof(ArticlesToEmit);

        /// <summary>Each article's code and diagnostics.</summary>
        public const string EmittedArticles = nameof(EmittedArticles);

        /// <summary>The articles spread over the generated files, one item per file, empty ones included.</summary>
        public const string ArticleGroups = nameof(ArticleGroups);

        /// <summary>What the corpus-wide index needs of each article (class name, speakers).</summary>
        public const string IndexEntries = nameof(IndexEntries);
    }
}
