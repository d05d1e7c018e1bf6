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
        private readonly CompiledPeople? compiled;
        private readonly int position;
        private Speaker[]? appearances;
        private IReadOnlyList<Quote>? quotes;

        /// <summary>Joins <paramref name="appearances"/>, which generated code lists in article order.</summary>
        public Person(params Speaker[] appearances)
        {
            if (appearances is null || appearances.Length == 0) throw new ArgumentException("A person appears in at least one article.", nameof(appearances));
            this.appearances = (Speaker[])appearances.Clone();
        }

        /// <summary>
        /// The person at <paramref name="position"/> of <paramref name="compiled"/>, joined from its
        /// articles when one of its members is first read: generated code makes every person of the
        /// corpus when <c>People</c> is first used, and building their articles then would build
        /// them all.
        /// </summary>
        internal Person(CompiledPeople compiled, int position)
        {
            this.compiled = compiled;
            this.position = position;
        }

        /// <summary>Canonical full name.</summary>
        public string Name => Joined[0].Name;

        /// <summary>The person as a speaker of each article that quotes or names them.</summary>
        public IReadOnlyList<Speaker> Appearances => Joined;

        /// <summary>Every quote of the person, article by article.</summary>
        public IReadOnlyList<Quote> Quotes => BuiltOnce.Get(ref quotes, Joined, JoinQuotes);

        private Speaker[] Joined => BuiltOnce.Get(ref appearances, this, person => person.compiled!.Appearances(person.position));

        private static IReadOnlyList<Quote> JoinQuotes(Speaker[] appearances)
        {
            var all = new List<Quote>();
            foreach (Speaker speaker in appearances) all.AddRange(speaker.Quotes);
            return all;
        }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
