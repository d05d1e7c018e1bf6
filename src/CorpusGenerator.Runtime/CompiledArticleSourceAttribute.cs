using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;

namespace CorpusGenerator
{
    /// <summary>
    /// On a generated article class: where its article's data is (the group's data class and the
    /// article's index in it) and the names of its speaker fields, in speaker order.
    /// <see cref="CompiledArticle{T}"/> reads it once. Generated code only.
    /// </summary>
    /// <remarks>
    /// An attribute rather than a member with a body: across thousands of articles each generated
    /// method body costs the compiler and the analyzers binding, flow analysis and IL, which was most
    /// of a build's cost on the generated code (docs/performance.md).
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class CompiledArticleSourceAttribute : Attribute
    {
        /// <param name="dataHolder">The generated class carrying the group's <see cref="CompiledArticleDataAttribute"/>.</param>
        /// <param name="index">The article's index in that group.</param>
        /// <param name="speakerFields">The names of the class's speaker fields, in speaker order, separated by spaces.</param>
        public CompiledArticleSourceAttribute(Type dataHolder, int index, string speakerFields)
        {
            DataHolder = dataHolder ?? throw new ArgumentNullException(nameof(dataHolder));
            Index = index;
            SpeakerFields = speakerFields ?? throw new ArgumentNullException(nameof(speakerFields));
        }

        /// <summary>The generated class carrying the group's data.</summary>
        public Type DataHolder { get; }

        /// <summary>The article's index in its group.</summary>
        public int Index { get; }

        /// <summary>The speaker fields' names, in speaker order, separated by spaces.</summary>
        public string SpeakerFields { get; }
    }
}
