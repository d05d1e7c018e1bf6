using CorpusGenerator.Emit;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Infrastructure
{
    /// <summary>The generated file of one article, written by the emitters directly, without the driver.</summary>
    internal static class OneArticleFile
    {
        public static string Emit(ExtractedArticle article, string className, string relativePath, IReadOnlyList<string> speakerMembers, EmitOptions options) =>
            ArticleGroupEmitter.Emit(
                ArticleGrouping.GroupOf(className),
                new[] { ArticleEmitter.Emit(article, className, relativePath, speakerMembers) },
                options);
    }
}
