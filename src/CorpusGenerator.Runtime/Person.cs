using System;
using System.Collections.Generic;

namespace CorpusGenerator
{
    /// <summary>
    /// One person (or organisation) across the whole corpus: every article's <see cref="Speaker"/>
    /// with the same canonical name, joined.
    /// </summary>
    public sealed class Person
    {
        private readonly Speaker[] appearances;
        private IReadOnlyList<Quote>? quotes;

        /// <summary>Joins <paramref name="appearances"/>, which generated code lists in article order.</summary>
        public Person(params Speaker[] appearances)
        {
            if (appearances is null || appearances.Length == 0) throw new ArgumentException("A person appears in at least one article.", nameof(appearances));
            this.appearances = (Speaker[])appearances.Clone();
        }

        /// <summary>Canonical full name.</summary>
        public string Name => appearances[0].Name;

        /// <summary>The person as a speaker of each article that quotes or names them.</summary>
        public IReadOnlyList<Speaker> Appearances => appearances;

        /// <summary>Every quote of the person, article by article.</summary>
        public IReadOnlyList<Quote> Quotes
        {
            get
            {
                if (quotes is null)
                {
                    var all = new List<Quote>();
                    foreach (Speaker speaker in appearances) all.AddRange(speaker.Quotes);
                    quotes = all;
                }

                return quotes;
            }
        }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
