namespace CorpusGenerator.Generation
{
    /// <summary>One article joined with its class name and the emit settings: the input of one generated file.</summary>
    /// <param name="Parsed">The article as read and extracted.</param>
    /// <param name="ClassName">Its class name, or null when the name clashes.</param>
    /// <param name="HintName">The generated file's name, unique ignoring case; null with no class name.</param>
    /// <param name="Settings">Options shaping all output.</param>
    internal sealed record ArticleToEmit(ParsedArticle Parsed, string? ClassName, string? HintName, GeneratorSettings Settings);
}
