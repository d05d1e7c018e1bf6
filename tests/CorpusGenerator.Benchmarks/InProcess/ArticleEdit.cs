using Microsoft.CodeAnalysis;

namespace CorpusGenerator.Benchmarks.InProcess
{
    /// <summary>
    /// The edit an author makes to one article: a sentence appended to its last paragraph. Two
    /// versions alternate, so every re-run sees the file changed from the run before.
    /// </summary>
    internal sealed class ArticleEdit
    {
        private readonly AdditionalText[] versions;
        private int current;

        public ArticleEdit(AdditionalText original)
        {
            string text = original.GetText()!.ToString().TrimEnd();
            versions = new AdditionalText[]
            {
                original,
                new CorpusGenerator.Testing.ArticleAdditionalText(original.Path, Microsoft.CodeAnalysis.Text.SourceText.From(text + " The figures were revised on Monday.\n", System.Text.Encoding.UTF8)),
                new CorpusGenerator.Testing.ArticleAdditionalText(original.Path, Microsoft.CodeAnalysis.Text.SourceText.From(text + " The figures were revised on Tuesday.\n", System.Text.Encoding.UTF8)),
            };
        }

        /// <summary>Replaces the article in <paramref name="driver"/> with its next edited version.</summary>
        public GeneratorDriver Apply(GeneratorDriver driver)
        {
            AdditionalText before = versions[current];
            current = current == 1 ? 2 : 1;
            return driver.ReplaceAdditionalText(before, versions[current]);
        }
    }
}
