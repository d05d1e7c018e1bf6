using System.Reflection;
using System.Threading.Tasks;
using CorpusGenerator.Emit;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Runtime
{
    /// <summary>
    /// People.All as generated code builds it: each person joined from the speakers the packed
    /// table names, once, on first use; a table that names articles or speakers that are not there
    /// is refused when the list is made.
    /// </summary>
    public class CompiledPeopleTests
    {
        private static readonly CorpusGenerator.Article[] Articles =
        {
            Article("\"We will act,\" Justin Trudeau said.", "Monday"),
            Article("\"The plan works,\" Justin Trudeau said. \"It does not,\" Jane Doe said.", "Tuesday"),
        };

        private static CorpusGenerator.Article Article(string text, string className)
        {
            CompiledArticleTable table = CompiledArticleTable.Build(ArticleExtractor.Extract(text), className, className + ".txt");
            return CorpusGenerator.Article.FromCompiledData(table.Data, System.Linq.Enumerable.ToArray(table.Table));
        }

        private static string Pack(params int[] numbers) =>
            (string)typeof(ArticleEmitter).Assembly.GetType("CorpusGenerator.PackedTable", throwOnError: true)!.GetMethod("Pack")!.Invoke(null, new object[] { numbers })!;

        [Fact]
        public void A_person_joins_the_speakers_the_table_names_in_article_order()
        {
            Assert.Equal("Jane Doe", Articles[1].Speakers[1].Name);
            var people = new CompiledPeople(Articles, Pack(1, 1, 1, 2, 0, 0, 1, 0));
            Assert.Equal(2, people.Count);
            Assert.Equal("Jane Doe", people[0].Name);
            Assert.Equal(new[] { Articles[0].Speakers[0], Articles[1].Speakers[0] }, people[1].Appearances);
            Assert.Equal(new[] { "We will act,", "The plan works," }, System.Linq.Enumerable.Select(people[1].Quotes, q => q.Text));
        }

        [Fact]
        public void Each_person_is_built_once_even_when_threads_race()
        {
            var people = new CompiledPeople(Articles, Pack(2, 0, 0, 1, 0));
            var seen = new Person[16];
            Parallel.For(0, seen.Length, i => seen[i] = people[0]);
            Assert.All(seen, person => Assert.Same(seen[0], person));
            Assert.Same(people[0], System.Linq.Enumerable.Single(people));
        }

        [Theory]
        [InlineData(new[] { 0 })]
        [InlineData(new[] { 1, 0 })]
        [InlineData(new[] { 1, 2, 0 })]
        [InlineData(new[] { 1, -1, 0 })]
        [InlineData(new[] { 1, 0, -1 })]
        [InlineData(new[] { 2, 0, 0 })]
        public void A_table_that_does_not_fit_the_articles_is_refused(int[] table)
        {
            var error = Assert.Throws<ArgumentException>(() => new CompiledPeople(Articles, Pack(table)));
            Assert.Contains("does not match the articles", error.Message);
        }

        [Fact]
        public void A_person_reads_its_articles_only_when_one_of_its_members_is_read()
        {
            // Generated code takes every person when People is first used; the articles must wait.
            var articles = new CountingArticles(Articles);
            var people = new CompiledPeople(articles, Pack(1, 1, 1, 2, 0, 0, 1, 0));
            Person trudeau = people[1];
            Assert.Equal(0, articles.Reads);
            Assert.Equal("Justin Trudeau", trudeau.Name);
            Assert.Equal(2, articles.Reads);
            Assert.Equal(2, trudeau.Quotes.Count);
            Assert.Same(trudeau.Appearances, trudeau.Appearances);
            Assert.Equal(2, articles.Reads);
        }

        [Fact]
        public void No_people_is_an_empty_list()
        {
            Assert.Empty(new CompiledPeople(Articles, string.Empty));
        }
    
        private sealed class CountingArticles : System.Collections.Generic.IReadOnlyList<CorpusGenerator.Article>
        {
            private readonly CorpusGenerator.Article[] articles;

            public CountingArticles(CorpusGenerator.Article[] articles) => this.articles = articles;

            public int Reads { get; private set; }

            public int Count => articles.Length;

            public CorpusGenerator.Article this[int index]
            {
                get
                {
                    Reads++;
                    return articles[index];
                }
            }

            public System.Collections.Generic.IEnumerator<CorpusGenerator.Article> GetEnumerator() => ((System.Collections.Generic.IEnumerable<CorpusGenerator.Article>)articles).GetEnumerator();

            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }
    }
}
