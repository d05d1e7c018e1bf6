using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGenerator.Testing
{
    /// <summary>An article file handed to the generator as the compiler hands it an AdditionalFile.</summary>
    internal sealed class ArticleAdditionalText : AdditionalText
    {
        readonly SourceText text;

        public ArticleAdditionalText(string path, SourceText text)
        {
            Path = path;
            this.text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
