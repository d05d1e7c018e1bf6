using System;
using System.ComponentModel;

namespace CorpusGenerator
{
    /// <summary>
    /// Carries the compiled data of one generated file's articles (their text, then their packed
    /// tables) and each article's share of it, on the empty class that stands for the file's
    /// <see cref="CompiledArticleGroup"/>. Generated code only; read once per file through reflection.
    /// </summary>
    /// <remarks>
    /// An attribute argument is stored in the assembly's metadata as UTF-8 and is a constant to the
    /// compiler: it costs neither the #US heap, whose 16 MB limit (CS8103) a string literal per file
    /// would reach in a large corpus, nor the node per byte a <c>"..."u8</c> literal costs the
    /// compiler while it emits (measured: 170 bytes allocated per byte of data, which made the peak
    /// memory of a ten-fold corpus build; docs/performance.md). The layout is packed in a string
    /// too, not an <c>int[]</c> whose every element the compiler would bind and analyzers visit.
    /// Attributes of a type that is kept are kept by trimming, and reading them works under NativeAOT.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class CompiledArticleDataAttribute : Attribute
    {
        /// <param name="data">For each article in turn: its text and strings, then its packed offset table.</param>
        /// <param name="layout">
        /// Packed (<c>PackedTable</c>): for each article, the length in characters of its text and
        /// strings, then of its table.
        /// </param>
        /// <param name="speakerFields">
        /// For each article in turn, the names of its class's speaker fields in speaker order,
        /// separated by spaces; articles separated by a line feed.
        /// </param>
        public CompiledArticleDataAttribute(string data, string layout, string speakerFields)
        {
            Data = data ?? throw new ArgumentNullException(nameof(data));
            Layout = layout ?? throw new ArgumentNullException(nameof(layout));
            SpeakerFields = speakerFields ?? throw new ArgumentNullException(nameof(speakerFields));
        }

        /// <summary>The file's articles' compiled data.</summary>
        public string Data { get; }

        /// <summary>Each article's share of <see cref="Data"/>, packed.</summary>
        public string Layout { get; }

        /// <summary>Each article's speaker field names, one line per article.</summary>
        public string SpeakerFields { get; }
    }
}
