using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGenerator.Tests.Infrastructure
{
    /// <summary>An AdditionalFile held in memory, as the compiler would hand it to the generator.</summary>
    internal sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText? text;

        public InMemoryAdditionalText(string path, string content)
            : this(path, SourceText.From(content, Encoding.UTF8))
        {
        }

        public InMemoryAdditionalText(string path, SourceText? text)
        {
            Path = path;
            this.text = text;
        }

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => text;
    }
}
