using CorpusGenerator.Naming;
using CorpusGenerator.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;

namespace CorpusGenerator.Tests.Naming
{
    /// <summary>
    /// Whatever the files are called, every article gets a valid, unique, deterministic class and the
    /// output compiles, or the build says which files clash.
    /// </summary>
    public class FileNameTests
    {
        private const string Text = "Some text.";

        private static GeneratorRun Compile(params string[] paths) =>
            new GeneratorHarness().Run(paths.Select(p => new ArticleInput(p, Text)).ToArray());

        private static void AssertCompiles(GeneratorRun run)
        {
            Assert.Empty(run.GeneratorExceptions);
            Assert.Empty(run.CompilationErrors);
            Assert.Empty(run.CompilationWarnings);
        }

        [Theory]
        [InlineData("my article.txt", "MyArticle")]
        [InlineData("deep/er/and/deeper/still/news.v2.final.txt", "NewsV2Final")]
        [InlineData("2024-05-01.txt", "_2024_05_01")]
        [InlineData("class.txt", "Class")]
        [InlineData("namespace.txt", "Namespace")]
        [InlineData("record.txt", "Record")]
        [InlineData("Новости дня.txt", "НовостиДня")]
        [InlineData("\u0627\u0644\u0623\u062E\u0628\u0627\u0631.txt", "\u0627\u0644\u0623\u062E\u0628\u0627\u0631")]
        [InlineData("all-articles.txt", "AllArticles_")]
        [InlineData("value.txt", "Value")]
        [InlineData("people.txt", "People")]
        [InlineData("index.txt", "Index")]
        [InlineData("compiled data.txt", "CompiledData_")]
        [InlineData(".hidden", "Hidden")]
        [InlineData("no extension", "NoExtension")]
        [InlineData("emoji \U0001F600 news.txt", "EmojiNews")]
        [InlineData("we\u2028ird */ \"#if.txt", "If")]
        public void Hard_file_names_give_a_class_that_compiles(string path, string expected)
        {
            var run = Compile(path, "other.txt");
            AssertCompiles(run);
            Assert.Equal(expected, run.Article(expected).ClassName);
            Assert.Equal(path, run.Article(expected).FileName);
        }

        [Fact]
        public void Names_that_differ_only_in_case_are_classes_of_their_own()
        {
            // Hint names must be unique ignoring case (a duplicate throws CS8785 and drops every
            // article): group files are named by number, so class names that differ in case never clash.
            var run = Compile("a/us-news.txt", "b/US-News.txt", "c/USNEWS.txt");
            AssertCompiles(run);
            Assert.Equal(run.Result.GeneratedTrees.Length, run.Result.GeneratedTrees.Select(t => t.FilePath.ToUpperInvariant()).Distinct().Count());
            Assert.True(run.HasArticleClass("USNews") && run.HasArticleClass("UsNews") && run.HasArticleClass("USNEWS"));
            Assert.Equal("b/US-News.txt", run.Article("USNews").FileName);
            Assert.Equal("a/us-news.txt", run.Article("UsNews").FileName);
            Assert.Equal("c/USNEWS.txt", run.Article("USNEWS").FileName);
        }

        [Fact]
        public void Files_that_clash_after_cleaning_are_an_error_naming_both_at_each_file()
        {
            var run = Compile("world/2024/news item.txt", "sport/news-item.txt", "fine.txt");
            var clashes = run.GeneratorDiagnostics.Where(d => d.Id == "CORPUS005").ToList();
            Assert.Equal(new[] { "sport/news-item.txt", "world/2024/news item.txt" }, clashes.Select(d => d.Location.GetLineSpan().Path).OrderBy(p => p, StringComparer.Ordinal));
            Assert.All(clashes, d => Assert.Contains("'NewsItem'", d.GetMessage()));
            Assert.All(clashes, d => Assert.Contains("sport/news-item.txt", d.GetMessage()));
            Assert.All(clashes, d => Assert.Contains("world/2024/news item.txt", d.GetMessage()));
            AssertCompiles(run);
            Assert.Equal("Fine", run.Article("Fine").ClassName);
        }

        [Fact]
        public void A_file_path_with_an_unpaired_surrogate_compiles_and_its_name_is_kept_as_U_FFFD()
        {
            var run = Compile("bad\uD800name.txt");
            AssertCompiles(run);
            Assert.Equal("bad\uFFFDname.txt", run.Article("BadName").FileName);
        }

        private static readonly Gen<string> NamePart = Gen.Frequency(
            (3, Gen.String[Gen.Char["abcXYZ09 .-_"], 1, 6]),
            (2, (IGen<string>)Gen.OneOf("class", "record", "All", "Article", "Value", "Index", "People", "AllArticles", "Speakers", "2024", " ", ".", "..", "-", "\u00DC", "u\u0308", "\u0130", "\u0131", "\u03A3", "\u03C3", "\u03C2", "\u041D", "\u4E2D", "\u0627", "\U0001F600", "\uD800", "\u2028", "\u200B", "\u0301", "\u2160", "\uFF21", "ǅ", "ß", "ẞ", "\uFFFE", "\uFFFF", "\uFDD0")),
            (1, Gen.Int[0x20, 0xFFFF].Select(i => ((char)i).ToString())));

        private static readonly Gen<string> FileName = Gen.Select(NamePart.Array[0, 4], NamePart.Array[1, 5], Gen.OneOf(".txt", "", ".md"), (folders, name, ext) =>
            string.Join("/", folders.Select(f => f.Replace("/", "_"))) + (folders.Length > 0 ? "/" : "") + string.Concat(name).Replace("/", "_") + ext);

        [Fact]
        public void Random_file_names_always_give_unique_valid_classes_or_a_clash_naming_the_file()
        {
            // A fixed seed: the same 600 names on every run. A failure names the group's seed.
            var pcg = new PCG(2026, 1128);
            for (int group = 0; group < 20; group++)
            {
                string seed = pcg.ToString();
                var paths = FileName.Array[30, 30].Generate(pcg, null, out _).Distinct(StringComparer.Ordinal).ToArray();
                var run = Compile(paths);
                string where = "group seed \"" + seed + "\" (FileName.Array[30, 30].Generate(PCG.Parse(seed), null, out _))";
                Assert.True(!run.GeneratorExceptions.Any(), where + ": " + run.GeneratorExceptions.FirstOrDefault());
                Assert.True(!run.CompilationDiagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning), where + ": " + run.CompilationDiagnostics.FirstOrDefault(d => d.Severity >= DiagnosticSeverity.Warning));

                var names = ArticleNaming.Assign(paths.Select(p => new ArticleNameRequest(p, null)));
                var shuffled = ArticleNaming.Assign(paths.Reverse().Select(p => new ArticleNameRequest(p, null)));
                Assert.Equal(names, shuffled);
                foreach (ArticleName name in names)
                {
                    if (name.ClassName is null)
                    {
                        Assert.True(run.GeneratorDiagnostics.Any(d => d.Id == "CORPUS005" && d.Location.GetLineSpan().Path == name.Path && d.GetMessage().Contains(name.ClashesWith!, StringComparison.Ordinal)), where + ": no clash reported for " + name.Path);
                        continue;
                    }

                    Assert.True(IdentifierNames.IsValidIdentifier(name.ClassName), where + ": " + name.ClassName);
                    Assert.Equal(ModelInvariants.ExpectedText(name.Path), run.Article(name.ClassName).FileName);
                }

                Assert.Equal(names.Count(n => n.ClassName != null), names.Where(n => n.ClassName != null).Select(n => n.ClassName).Distinct(StringComparer.Ordinal).Count());
            }
        }
    }
}
