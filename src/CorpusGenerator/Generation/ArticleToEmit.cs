namespace CorpusGenerator.Generation
{
    /// <summary>One article joined with its class name and the emit settings: the input of one generated file.</summary>
    internal sealed record ArticleToEmit(ParsedArticle Parsed, string? ClassName, GeneratorSettings Settings);
}
