using System;
using System.ComponentModel;

namespace CorpusGenerator
{
    /// <summary>
    /// On the generated <c>Articles</c> class: where each article's compiled data is, for
    /// <c>Articles.All</c> and for the article classes nested in it, which
    /// <see cref="CompiledArticle{T}"/> finds by name. Generated code only.
    /// </summary>
    /// <remarks>
    /// One attribute for the whole corpus rather than one per article class: the compiler binds,
    /// validates and emits each attribute it is given, which across thousands of article classes
    /// cost it about 0.4 s of a build (docs/performance.md).
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class CompiledArticleIndexAttribute : Attribute
    {
        /// <param name="dataHolders">The generated classes that carry the groups' data (<see cref="CompiledArticleGroup.Of"/>).</param>
        /// <param name="positions">
        /// Packed (<c>PackedTable</c>): pairs of (index into <paramref name="dataHolders"/>, index in
        /// that group), one pair per article, in class-name order.
        /// </param>
        /// <param name="classNames">The article classes' names in the same order, separated by spaces.</param>
        public CompiledArticleIndexAttribute(Type[] dataHolders, string positions, string classNames)
        {
            DataHolders = dataHolders ?? throw new ArgumentNullException(nameof(dataHolders));
            Positions = positions ?? throw new ArgumentNullException(nameof(positions));
            ClassNames = classNames ?? throw new ArgumentNullException(nameof(classNames));
        }

        /// <summary>The generated classes that carry the groups' data.</summary>
        public Type[] DataHolders { get; }

        /// <summary>Each article's group and index in it, packed, in class-name order.</summary>
        public string Positions { get; }

        /// <summary>The article classes' names in class-name order, separated by spaces.</summary>
        public string ClassNames { get; }
    }
}
