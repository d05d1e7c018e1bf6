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

        /// <summary>
        /// The encoding the compiler reports for a file it read as valid UTF-8: strict, so a U+FFFD in
        /// the text is the file's own character, not a byte the decoder replaced.
        /// </summary>
        private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public InMemoryAdditionalText(string path, string content)
            : this(path, SourceText.From(content, StrictUtf8))
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
