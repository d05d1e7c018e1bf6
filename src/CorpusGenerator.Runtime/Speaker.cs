using System.Collections.Generic;

namespace CorpusGenerator
{
    /// <summary>A person or organisation the article quotes or names as a source.</summary>
    public sealed class Speaker
    {
        private readonly List<Mention> mentions = new List<Mention>();
        private readonly List<Quote> quotes = new List<Quote>();

        internal Speaker(Article article, int index, string name, string? role)
        {
            Article = article;
            Index = index;
            Name = name;
            Role = role;
        }

        /// <summary>The article the speaker appears in.</summary>
        public Article Article { get; }

        /// <summary>0-based position in <see cref="CorpusGenerator.Article.Speakers"/>.</summary>
        public int Index { get; }

        /// <summary>Canonical full name (<c>Hassan Rouhani</c>).</summary>
        public string Name { get; }

        /// <summary>Role or title the article gives (<c>Iranian President</c>), or null.</summary>
        public string? Role { get; }

        /// <summary>Every mention of the speaker, in source order.</summary>
        public IReadOnlyList<Mention> Mentions => mentions;

        /// <summary>Every quote attributed to the speaker, in source order.</summary>
        public IReadOnlyList<Quote> Quotes => quotes;

        internal void Add(Mention mention) => mentions.Add(mention);

        internal void Add(Quote quote) => quotes.Add(quote);

        /// <inheritdoc />
        public override string ToString() => Role is null ? Name : Name + " (" + Role + ")";
    }
}
