using CorpusGenerator.Extraction;

namespace CorpusGenerator.Generation
{
    /// <summary>
    /// One article after reading, checking and extraction: the cached result of the pipeline's
    /// expensive step. Holds values only (no <c>SourceText</c>), so it compares by value.
    /// </summary>
    /// <param name="Path">The file's path as the compiler sees it (diagnostics point there).</param>
    /// <param name="RelativePath">The path generated code shows (relative to the project).</param>
    /// <param name="ClassName">The class name the article asks for (<c>ArticleNaming.Wanted</c>); it loses it if another article wants it too.</param>
    /// <param name="Article">What the engine extracted; null when the file could not be used.</param>
    /// <param name="SpeakerMembers">The typed member name of each speaker, in speaker order.</param>
    /// <param name="Diagnostics">Problems found in this file.</param>
    internal sealed record ParsedArticle(
        string Path,
        string RelativePath,
        string ClassName,
        ExtractedArticle? Article,
        EquatableArray<string> SpeakerMembers,
        EquatableArray<DiagnosticInfo> Diagnostics);
}
