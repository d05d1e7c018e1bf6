using System.Reflection;
using System.Text;
using System.Threading.Tasks;
using CorpusGenerator.Emit;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Runtime
{
    /// <summary>
    /// The runtime side of the grouped output: a group holds its articles' compiled data one after
    /// the other, builds each article once, on first use, and refuses a layout that does not add
    /// up; the list behind <c>Articles.All</c> reads articles through the groups in the order given.
    /// </summary>
    public class CompiledArticleGroupTests
    {
        /// <summary>The data and layout the generator writes for articles with these class names (text "Text of NAME.").</summary>
        private static CompiledArticleGroup Group(params string[] classNames)
        {
            var data = new StringBuilder();
            var layout = new List<int>();
            MethodInfo pack = typeof(ArticleEmitter).Assembly.GetType("CorpusGenerator.PackedTable", throwOnError: true)!.GetMethod("Pack")!;
            foreach (string className in classNames)
            {
                string text = "Text of " + className + ".";
                var article = new ExtractedArticle(text, null, null, EquatableArray<TextRange>.Empty, EquatableArray<TextRange>.Empty, EquatableArray<ExtractedSpeaker>.Empty, EquatableArray<ExtractedQuote>.Empty, EquatableArray<ArticleProblem>.Empty);
                CompiledArticleTable table = CompiledArticleTable.Build(article, className, className + ".txt");
                string packed = (string)pack.Invoke(null, new object[] { table.Table })!;
                data.Append(table.Data).Append(packed);
                layout.Add(table.Data.Length);
                layout.Add(packed.Length);
            }

            return new CompiledArticleGroup(data.ToString(), layout.ToArray(), new string('\n', classNames.Length - 1));
        }

        [Fact]
        public void Speaker_fields_without_a_line_per_article_are_refused()
        {
            var error = Assert.Throws<ArgumentException>(() => new CompiledArticleGroup(HeldText + HeldTable + HeldText + HeldTable, new[] { 17, 16, 17, 16 }, "Smith"));
            Assert.Contains("speaker fields have 1 line(s) for 2 articles", error.Message);
        }

        [Fact]
        public void A_group_builds_each_article_from_its_share_of_the_data_once()
        {
            CompiledArticleGroup group = Group("A0", "A1", "\u00C9t\u00E9");
            Assert.Equal(3, group.Count);
            CorpusGenerator.Article second = group[1];
            Assert.Same(second, group[1]);
            Assert.Equal(("A1", "Text of A1."), (second.ClassName, second.Text));
            Assert.Equal("Text of \u00C9t\u00E9.", group[2].Text);
            Assert.Equal("A0", group[0].ClassName);
        }

        [Fact]
        public void Threads_racing_for_one_article_all_get_the_same_instance()
        {
            CompiledArticleGroup group = Group("Raced");
            var seen = new CorpusGenerator.Article[16];
            Parallel.For(0, seen.Length, i => seen[i] = group[0]);
            Assert.All(seen, article => Assert.Same(seen[0], article));
        }

        [Theory]
        [InlineData(new[] { 3 })]
        [InlineData(new[] { 3, 2 })]
        [InlineData(new[] { 1, 2 })]
        [InlineData(new[] { -1, 5 })]
        public void A_layout_that_does_not_add_up_to_the_data_is_refused(int[] layout)
        {
            var error = Assert.Throws<ArgumentException>(() => new CompiledArticleGroup("1234", layout, ""));
            Assert.Equal("layout", error.ParamName);
        }

        // What the generator writes for an article "Text." in class Held from Held.txt: its text and
        // strings, then its packed table. Checked against the generator's own writer below, so a
        // format change shows here rather than as a wrong constant.
        internal const string HeldText = "Text.HeldHeld.txt";
        internal const string HeldTable = "CKiBKISQBABAAAAA";

        // The layout, packed: 17 characters of text and strings, then 16 of table.
        internal const string HeldLayout = "iBgB";

        [CompiledArticleData(HeldText + HeldTable, HeldLayout, "")]
        private static class DataHolder
        {
        }

        [Fact]
        public void A_group_reads_its_data_from_the_attribute_of_the_class_that_holds_it()
        {
            var article = new ExtractedArticle("Text.", null, null, EquatableArray<TextRange>.Empty, EquatableArray<TextRange>.Empty, EquatableArray<ExtractedSpeaker>.Empty, EquatableArray<ExtractedQuote>.Empty, EquatableArray<ArticleProblem>.Empty);
            CompiledArticleTable table = CompiledArticleTable.Build(article, "Held", "Held.txt");
            MethodInfo pack = typeof(ArticleEmitter).Assembly.GetType("CorpusGenerator.PackedTable", throwOnError: true)!.GetMethod("Pack")!;
            Assert.Equal((HeldText, HeldTable), (table.Data, (string)pack.Invoke(null, new object[] { table.Table })!));
            Assert.Equal(HeldLayout, (string)pack.Invoke(null, new object[] { new[] { HeldText.Length, HeldTable.Length } })!);

            CompiledArticleGroup group = CompiledArticleGroup.Of(typeof(DataHolder));
            Assert.Equal(("Held", "Text.", "Held.txt"), (group[0].ClassName, group[0].Text, group[0].FileName));
            Assert.Same(group, CompiledArticleGroup.Of(typeof(DataHolder)));
        }

        [Fact]
        public void A_class_without_compiled_data_is_refused_with_a_clear_message()
        {
            var error = Assert.Throws<ArgumentException>(() => CompiledArticleGroup.Of(typeof(CompiledArticleGroupTests)));
            Assert.Contains("carries no CompiledArticleDataAttribute", error.Message);
        }

        [Fact]
        public void The_list_follows_its_positions_across_groups()
        {
            CompiledArticleGroup first = Group("B", "D");
            CompiledArticleGroup second = Group("A", "C");
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
            CompiledArticleGroup group = Group("X0", "X1");
            Assert.Throws<ArgumentException>(() => new CompiledArticleList(new[] { group }, positions));
        }
    
        /// <summary>Holds no data: a group the list may name but must not read unless one of its articles is wanted.</summary>
        private static class NoDataHolder
        {
        }

        [CompiledArticleIndex(new[] { typeof(DataHolder), typeof(NoDataHolder) }, "AACA", "First Second")]
        private static class LazyArticles
        {
        }

        [Fact]
        public void The_generated_index_finds_a_class_by_name_and_reads_only_the_groups_it_needs()
        {
            CompiledArticleList list = CompiledArticleList.Of(typeof(LazyArticles));
            Assert.Same(list, CompiledArticleList.Of(typeof(LazyArticles)));
            Assert.Equal(2, list.Count);
            Assert.True(list.TryLocate("First", out CompiledArticleGroup group, out int index));
            Assert.Equal("Text.", group[index].Text);
            Assert.Same(group[index], list[0]);
            Assert.False(list.TryLocate("Nobody", out _, out _));
            var error = Assert.Throws<ArgumentException>(() => list[1]);
            Assert.Contains("carries no CompiledArticleDataAttribute", error.Message);
        }
    }
}
