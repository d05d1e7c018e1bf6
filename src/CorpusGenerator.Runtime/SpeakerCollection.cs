using System.Collections;
using System.Collections.Generic;

namespace CorpusGenerator
{
    /// <summary>
    /// An article's speakers, enumerable and indexable. Each generated article class derives from
    /// it (through <see cref="CompiledArticle{T}"/>) and adds one typed field per speaker
    /// (<c>Speakers.HassanRouhani</c>).
    /// </summary>
    public class SpeakerCollection : IReadOnlyList<Speaker>
    {
        private readonly IReadOnlyList<Speaker> speakers;

        /// <summary>Wraps the speakers of <paramref name="article"/>.</summary>
        protected SpeakerCollection(Article article) => speakers = article.Speakers;

        /// <summary>Number of speakers.</summary>
        public int Count => speakers.Count;

        /// <summary>The speaker at <paramref name="index"/>.</summary>
        public Speaker this[int index] => speakers[index];

        /// <inheritdoc />
        public IEnumerator<Speaker> GetEnumerator() => speakers.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
