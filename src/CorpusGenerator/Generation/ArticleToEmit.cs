namespace CorpusGenerator.Generation
{
    /// <summary>One article joined with its class name and the emit settings: the input of its code.</summary>
    /// <param name="Parsed">The article as read and extracted.</param>
    /// <param name="ClassName">Its class name, or null when the name clashes.</param>
    /// <param name="Settings">Options shaping all output.</param>
    internal sealed record ArticleToEmit(ParsedArticle Parsed, string? ClassName, GeneratorSettings Settings);
}
