using System.Collections.Generic;

namespace CorpusGenerator.Diagnostics
{
    /// <summary>The identifiers of every diagnostic the generator and the command-line tool report.</summary>
    public static class DiagnosticIds
    {
        /// <summary>The file cannot be read, or is not text.</summary>
        public const string Unreadable = "CORPUS001";

        /// <summary>A quotation mark is opened and never closed.</summary>
        public const string UnclosedQuotation = "CORPUS002";

        /// <summary>The article has no text.</summary>
        public const string EmptyArticle = "CORPUS003";

        /// <summary>No speaker was found for a quote.</summary>
        public const string QuoteWithoutSpeaker = "CORPUS004";

        /// <summary>Two articles map to the same class name.</summary>
        public const string ArticleNameClash = "CORPUS005";

        /// <summary>Two speakers of one article map to the same member name.</summary>
        public const string SpeakerNameClash = "CORPUS006";

        /// <summary>The article is larger than <c>CorpusMaxArticleBytes</c>.</summary>
        public const string ArticleTooLarge = "CORPUS007";

        /// <summary>An option (MSBuild property or item metadata) has a value that cannot be used.</summary>
        public const string InvalidOption = "CORPUS008";

        /// <summary>The compilation does not reference the runtime library.</summary>
        public const string RuntimeMissing = "CORPUS009";

        /// <summary>The text holds characters that are not text (NUL, lone surrogates).</summary>
        public const string InvalidCharacters = "CORPUS010";

        /// <summary>The extraction engine failed on the article; its text was compiled without structure.</summary>
        public const string ExtractionFailed = "CORPUS011";
    }

    /// <summary>How serious a diagnostic is by default; mirrors Roslyn's severities without depending on Roslyn.</summary>
    public enum DiagnosticLevel
    {
        /// <summary>Shown in the IDE only.</summary>
        Info,

        /// <summary>A warning.</summary>
        Warning,

        /// <summary>An error: the build fails.</summary>
        Error,
    }

    /// <summary>One kind of diagnostic: its identifier, texts and default severity.</summary>
    /// <param name="Id">Stable identifier (<c>CORPUS002</c>).</param>
    /// <param name="Title">Short title.</param>
    /// <param name="MessageFormat">Message with <c>{0}</c>-style placeholders.</param>
    /// <param name="Level">Default severity.</param>
    public sealed record DiagnosticKind(string Id, string Title, string MessageFormat, DiagnosticLevel Level)
    {
        /// <summary>The category every CorpusGenerator diagnostic has.</summary>
        public const string Category = "Corpus";

        /// <summary>The message with <paramref name="arguments"/> put in.</summary>
        public string Format(params string[] arguments) =>
            arguments.Length == 0 ? MessageFormat : string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, arguments);
    }

    /// <summary>
    /// Every diagnostic kind, in one place, so that the generator (as Roslyn diagnostics) and the
    /// command-line tool (as text) say the same thing.
    /// </summary>
    public static class DiagnosticCatalog
    {
        /// <summary>CORPUS001.</summary>
        public static readonly DiagnosticKind Unreadable = new DiagnosticKind(
            DiagnosticIds.Unreadable, "Article cannot be read", "The article cannot be read as text: {0}", DiagnosticLevel.Warning);

        /// <summary>CORPUS002.</summary>
        public static readonly DiagnosticKind UnclosedQuotation = new DiagnosticKind(
            DiagnosticIds.UnclosedQuotation, "Unclosed quotation", "Quotation mark opened here is never closed", DiagnosticLevel.Warning);

        /// <summary>CORPUS003.</summary>
        public static readonly DiagnosticKind EmptyArticle = new DiagnosticKind(
            DiagnosticIds.EmptyArticle, "Empty article", "The article '{0}' has no text", DiagnosticLevel.Warning);

        /// <summary>CORPUS004.</summary>
        public static readonly DiagnosticKind QuoteWithoutSpeaker = new DiagnosticKind(
            DiagnosticIds.QuoteWithoutSpeaker, "Quote without speaker", "No speaker was found for this quote", DiagnosticLevel.Info);

        /// <summary>CORPUS005.</summary>
        public static readonly DiagnosticKind ArticleNameClash = new DiagnosticKind(
            DiagnosticIds.ArticleNameClash, "Article class name clash",
            "The articles '{0}' and '{1}' both map to the class name '{2}'; give one of them a ClassName", DiagnosticLevel.Error);

        /// <summary>CORPUS006.</summary>
        public static readonly DiagnosticKind SpeakerNameClash = new DiagnosticKind(
            DiagnosticIds.SpeakerNameClash, "Speaker member name clash",
            "The speakers '{0}' and '{1}' both map to the member name '{2}'; the second is named '{3}'", DiagnosticLevel.Warning);

        /// <summary>CORPUS007.</summary>
        public static readonly DiagnosticKind ArticleTooLarge = new DiagnosticKind(
            DiagnosticIds.ArticleTooLarge, "Article too large",
            "The article is {0} bytes, over the limit of {1} bytes set by CorpusMaxArticleBytes; it was skipped", DiagnosticLevel.Warning);

        /// <summary>CORPUS008.</summary>
        public static readonly DiagnosticKind InvalidOption = new DiagnosticKind(
            DiagnosticIds.InvalidOption, "Invalid option value",
            "'{0}' is not a valid value for {1}: {2}", DiagnosticLevel.Warning);

        /// <summary>CORPUS009.</summary>
        public static readonly DiagnosticKind RuntimeMissing = new DiagnosticKind(
            DiagnosticIds.RuntimeMissing, "Runtime library not referenced",
            "The project compiles articles but does not reference CorpusGenerator.Runtime; add the CorpusGenerator package (or a reference to CorpusGenerator.Runtime)", DiagnosticLevel.Error);

        /// <summary>CORPUS010.</summary>
        public static readonly DiagnosticKind InvalidCharacters = new DiagnosticKind(
            DiagnosticIds.InvalidCharacters, "Characters that are not text",
            "The article holds {0} character(s) that are not text (NUL or unpaired surrogate), the first here; unpaired surrogates were replaced by U+FFFD", DiagnosticLevel.Warning);

        /// <summary>CORPUS011.</summary>
        public static readonly DiagnosticKind ExtractionFailed = new DiagnosticKind(
            DiagnosticIds.ExtractionFailed, "Extraction failed",
            "The generator failed on this article ({0}); {1}", DiagnosticLevel.Warning);

        /// <summary>All kinds, by identifier order.</summary>
        public static IReadOnlyList<DiagnosticKind> All { get; } = new[]
        {
            Unreadable, UnclosedQuotation, EmptyArticle, QuoteWithoutSpeaker, ArticleNameClash,
            SpeakerNameClash, ArticleTooLarge, InvalidOption, RuntimeMissing, InvalidCharacters, ExtractionFailed,
        };

        /// <summary>The kind with identifier <paramref name="id"/>.</summary>
        public static DiagnosticKind Get(string id)
        {
            foreach (DiagnosticKind kind in All)
            {
                if (kind.Id == id) return kind;
            }

            throw new KeyNotFoundException("No diagnostic has the identifier " + id + ".");
        }
    }
}
