using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CorpusGenerator.Emit;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Runtime
{
    /// <summary>
    /// The runtime side of the grouped output: a group builds each article once, on first use, and
    /// the list behind <c>Articles.All</c> reads articles through the groups in the order it is given.
    /// </summary>
    public class CompiledArticleGroupTests
    {
        private static CorpusGenerator.Article Build(string className)
        {
            string text = "Text of " + className + ".";
            var article = new ExtractedArticle(text, null, null, EquatableArray<TextRange>.Empty, EquatableArray<TextRange>.Empty, EquatableArray<ExtractedSpeaker>.Empty, EquatableArray<ExtractedQuote>.Empty, EquatableArray<ArticleProblem>.Empty);
            CompiledArticleTable layout = CompiledArticleTable.Build(article, className, className + ".txt");
            return CorpusGenerator.Article.FromCompiledData(Encoding.UTF8.GetBytes(layout.Data), layout.Table.ToArray());
        }

        [Fact]
        public void A_group_builds_each_article_once_on_first_use()
        {
            var calls = new int[3];
            var group = new CompiledArticleGroup(3, index =>
            {
                Interlocked.Increment(ref calls[index]);
                return Build("A" + index);
            });

            Assert.Equal(new[] { 0, 0, 0 }, calls);
            CorpusGenerator.Article first = group[1];
            Assert.Same(first, group[1]);
            Assert.Equal("A1", first.ClassName);
            Assert.Equal(new[] { 0, 1, 0 }, calls);
        }

        [Fact]
        public void Threads_racing_for_one_article_all_get_the_same_instance()
        {
            var group = new CompiledArticleGroup(1, _ => Build("Raced"));
            var seen = new CorpusGenerator.Article[16];
            Parallel.For(0, seen.Length, i => seen[i] = group[0]);
            Assert.All(seen, article => Assert.Same(seen[0], article));
        }

        [Fact]
        public void The_list_follows_its_positions_across_groups()
        {
            var first = new CompiledArticleGroup(2, i => Build(i == 0 ? "B" : "D"));
            var second = new CompiledArticleGroup(2, i => Build(i == 0 ? "A" : "C"));
            var list = new CompiledArticleList(new[] { first, second }, new[] { 1, 0, 0, 0, 1, 1, 0, 1 });

            Assert.Equal(4, list.Count);
            Assert.Equal(new[] { "A", "B", "C", "D" }, list.Select(a => a.ClassName));
            Assert.Same(second[0], list[0]);
            Assert.Throws<ArgumentOutOfRangeException>(() => list[4]);
        }

        [Theory]
        [InlineData(new[] { 0 })]
        [InlineData(new[] { 1, 0 })]
        [InlineData(new[] { 0, 2 })]
        [InlineData(new[] { -1, 0 })]
        public void Positions_naming_no_article_are_refused_when_the_list_is_made(int[] positions)
        {
            var group = new CompiledArticleGroup(2, i => Build("X" + i));
            Assert.Throws<ArgumentException>(() => new CompiledArticleList(new[] { group }, positions));
        }

        [Fact]
        public void A_build_method_that_returns_nothing_is_a_clear_error()
        {
            var group = new CompiledArticleGroup(1, _ => null!);
            var error = Assert.Throws<InvalidOperationException>(() => group[0]);
            Assert.Contains("index 0", error.Message);
        }
    }
}
