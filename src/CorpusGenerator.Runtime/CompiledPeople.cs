using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;

namespace CorpusGenerator
{
    /// <summary>
    /// <c>People.All</c>: every person of the corpus in member-name order. Generated code gives the
    /// articles and, packed, which speakers of which articles each person is: one constructor call
    /// and one string instead of an object built per person in generated code. Every
    /// <see cref="Person"/> is made here at once (so <c>People</c> can hold them in plain static
    /// fields, the cheapest member for the compiler, docs/performance.md) and joins its speakers,
    /// building only its own articles, when one of its members is first read.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class CompiledPeople : IReadOnlyList<Person>
    {
        private readonly IReadOnlyList<Article> articles;
        private readonly int[] table;
        private readonly int[] starts;
        private readonly Person[] people;

        /// <param name="articles"><c>Articles.All</c>, whose positions the table gives.</param>
        /// <param name="packed">
        /// For each person in turn, packed as <c>PackedTable</c> writes numbers: how many articles it
        /// appears in, then for each a pair (position in <paramref name="articles"/>, index among that
        /// article's speakers).
        /// </param>
        public CompiledPeople(IReadOnlyList<Article> articles, string packed)
        {
            this.articles = articles ?? throw new ArgumentNullException(nameof(articles));
            table = PackedTable.Unpack(packed ?? throw new ArgumentNullException(nameof(packed)));
            var found = new List<int>();
            for (int i = 0; i < table.Length; i += 1 + (2 * table[i]))
            {
                int count = table[i];
                if (count < 1 || i + (2 * (long)count) >= table.Length) throw Malformed("person " + found.Count + " has " + count + " appearances");
                for (int a = i + 1; a < i + 1 + (2 * count); a += 2)
                {
                    if ((uint)table[a] >= (uint)articles.Count || table[a + 1] < 0) throw Malformed("person " + found.Count + " names article " + table[a] + " of " + articles.Count);
                }

                found.Add(i);
            }

            starts = found.ToArray();
            people = new Person[starts.Length];
            for (int i = 0; i < people.Length; i++) people[i] = new Person(this, i);
        }

        /// <inheritdoc />
        public int Count => people.Length;

        /// <summary>The person at <paramref name="index"/>; every call returns the same instance.</summary>
        public Person this[int index] => people[index];

        /// <summary>The speakers the person at <paramref name="index"/> is, in article order: what it joins on first use.</summary>
        internal Speaker[] Appearances(int index)
        {
            int at = starts[index];
            var appearances = new Speaker[table[at]];
            for (int i = 0; i < appearances.Length; i++)
            {
                appearances[i] = articles[table[at + 1 + (2 * i)]].Speakers[table[at + 2 + (2 * i)]];
            }

            return appearances;
        }

        /// <inheritdoc />
        public IEnumerator<Person> GetEnumerator()
        {
            for (int i = 0; i < Count; i++) yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private static ArgumentException Malformed(string detail) =>
            new ArgumentException("The compiled people table does not match the articles: " + detail + ". Use the runtime library from the same CorpusGenerator package as the generator.", "packed");
    }
}
