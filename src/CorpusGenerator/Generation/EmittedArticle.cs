using CorpusGenerator.Emit;

namespace CorpusGenerator.Generation
{
    /// <summary>
    /// One article's share of the output: its code, what the corpus index needs of it, and its
    /// diagnostics. Plain strings and records, so the groups built from it compare cheaply.
    /// </summary>
    /// <param name="Path">The text file's path.</param>
    /// <param name="ClassName">The class name the article asks for; the corpus refuses it when another article wants it too.</param>
    /// <param name="Code">Its C#, or null when nothing is compiled for it (unreadable, no runtime, or emitting failed).</param>
    /// <param name="Index">What <c>Articles.All</c> and <c>People</c> need of it; null exactly when <paramref name="Code"/> is.</param>
    /// <param name="Diagnostics">Everything reported about the file.</param>
    /// <param name="Options">The settings the code was written with, which its group's file is written with too.</param>
    internal sealed record EmittedArticle(string Path, string ClassName, ArticleCode? Code, IndexEntry? Index, EquatableArray<DiagnosticInfo> Diagnostics, EmitOptions Options)
    {
        /// <summary>The group whose file carries this article, and its diagnostics.</summary>
        public int Group => ArticleGrouping.GroupOf(ClassName);
    }
}
