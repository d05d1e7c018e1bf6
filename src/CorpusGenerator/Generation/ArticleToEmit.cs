namespace CorpusGenerator.Generation
{
    /// <summary>One article joined with the emit settings: the input of its code.</summary>
    /// <param name="Parsed">The article as read and extracted, with the class name it asks for.</param>
    /// <param name="Settings">Options shaping all output.</param>
    internal sealed record ArticleToEmit(ParsedArticle Parsed, GeneratorSettings Settings);
}
