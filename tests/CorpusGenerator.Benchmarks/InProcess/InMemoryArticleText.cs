using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGenerator.Benchmarks.InProcess
{
    /// <summary>
    /// An AdditionalFile held in memory, its SourceText made once: the benchmarks time the generator,
    /// not the disk, and the compiler also hands an unchanged file back as the same object.
    /// </summary>
    internal sealed class InMemoryArticleText : AdditionalText
    {
        private readonly SourceText text;

        public InMemoryArticleText(string path, string content)
        {
            Path = path;
            text = SourceText.From(content, Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
