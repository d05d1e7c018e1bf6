using System.IO;
using System.Text;
using Xunit.Abstractions;

namespace CorpusGenerator.Tests.EndToEnd
{
    /// <summary>
    /// A real consumer project, a folder of hostile article files, a real <c>dotnet build</c>: the
    /// generator's warnings appear at the right line and column of the right file, the suppressions
    /// users are told about work, the only errors are the ones asked for (a clash is an error by
    /// design), and the generated code has no compiler warning at all. Slow (a restore and a build),
    /// but part of the normal test run.
    /// </summary>
    [Trait("Category", "EndToEnd")]
    public class ConsumerBuildTests
    {
        private readonly ITestOutputHelper output;

        public ConsumerBuildTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void Hostile_files_build_with_each_diagnostic_at_its_file_line_and_column()
        {
            using var project = new ConsumerProject("""
                  <PropertyGroup>
                    <CorpusMaxArticleBytes>100000</CorpusMaxArticleBytes>
                    <NoWarn>$(NoWarn);CORPUS003</NoWarn>
                  </PropertyGroup>
                  <ItemGroup>
                    <CorpusArticle Include="articles/**/*.txt" />
                    <CorpusArticle Update="articles/keyword.txt" ClassName="record" />
                  </ItemGroup>
                """);
            project.Write("articles/good.txt", "WASHINGTON \u2014 The mayor spoke.\n\n\u201CWe will build it,\u201D said Jane Doe.\n");
            string nul = project.Write("articles/nul.txt", "First line of the article.\nIt has\0a NUL in the middle of ordinary text that goes on.\n");
            string mixed = project.Write("articles/mixed-endings.txt", "one\r\ntwo\rthree\nfo\0ur, and enough ordinary text after it to be an article.\r\n");
            string latin1 = project.Write("articles/latin1.txt", Encoding.Latin1.GetBytes("Title\nThe caf\u00E9 is open.\n"));
            project.Write("articles/utf16.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("UTF-16 \u4E2D\u6587 text.\r\n")).ToArray());
            project.Write("articles/bom.txt", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("With a BOM.")).ToArray());
            project.Write("articles/empty.txt", "\n   \n");
            string big = project.Write("articles/big.txt", new string('x', 150_000));

            // Control characters every other byte, never two NULs in a row (the compiler itself refuses
            // a file with "\0\0" as binary, CS2015, before the generator sees it).
            string binary = project.Write("articles/binary.txt", Enumerable.Range(0, 2000).Select(i => (byte)(i % 2 == 0 ? (i / 2) % 8 : 'a' + (i % 26))).ToArray());
            string clashA = project.Write("articles/a/news item.txt", "A.");
            string clashB = project.Write("articles/b/news-item.txt", "B.");
            string keyword = project.Write("articles/keyword.txt", "Keyword.");
            foreach (string name in new[] { "2024 report.v2.txt", "\u041D\u043E\u0432\u043E\u0441\u0442\u0438.txt", "class.txt", "all-articles.txt", "value.txt", "us-news.txt", "c/US-News.txt", "deep/er/and/deeper/file.txt" })
            {
                project.Write("articles/" + name, "Article \"" + name + "\"; } class Evil { // */ #if X \u2028 class Evil {}");
            }

            // The consumer's own code: it compiles only if every hostile name gave the class expected.
            project.Write("Consumer.cs", """
                namespace Consumer
                {
                    /// <summary>Code that uses the generated articles, as a consumer's would.</summary>
                    public static class Uses
                    {
                        /// <summary>Every article class the hostile names gave.</summary>
                        public static readonly CorpusGenerator.Article[] Articles =
                        {
                            Corpus.Articles.Good.Article, Corpus.Articles._2024ReportV2.Article, Corpus.Articles.\u041D\u043E\u0432\u043E\u0441\u0442\u0438.Article,
                            Corpus.Articles.Class.Article, Corpus.Articles.AllArticles_.Article, Corpus.Articles.Value.Article,
                            Corpus.Articles.UsNews.Article, Corpus.Articles.USNews.Article, Corpus.Articles.File.Article,
                            Corpus.Articles.Utf16.Article, Corpus.Articles.Bom.Article, Corpus.Articles.Keyword.Article,
                        };
                    }
                }
                """);

            // Severity: .globalconfig applies to diagnostics in any file; .editorconfig sections apply to
            // source files only (by design in the compiler, dotnet/roslyn#55921), see docs/diagnostics.md.
            project.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.CORPUS008.severity = error\n");

            var (exitCode, log, diagnostics) = project.Build();
            output.WriteLine(log);

            var expected = new[]
            {
                new BuildDiagnostic(latin1, 2, 8, "warning", "CORPUS001", ""),
                new BuildDiagnostic(binary, 1, 1, "warning", "CORPUS001", ""),
                new BuildDiagnostic(nul, 2, 7, "warning", "CORPUS010", ""),
                new BuildDiagnostic(mixed, 4, 3, "warning", "CORPUS010", ""),
                new BuildDiagnostic(big, 1, 1, "warning", "CORPUS007", ""),
                new BuildDiagnostic(keyword, 1, 1, "error", "CORPUS008", ""),
                new BuildDiagnostic(clashA, 1, 1, "error", "CORPUS005", ""),
                new BuildDiagnostic(clashB, 1, 1, "error", "CORPUS005", ""),
            };
            Assert.Equal(
                expected.Select(d => d with { Path = Path.GetFullPath(d.Path) }).OrderBy(d => d.ToString(), StringComparer.Ordinal),
                diagnostics.Select(d => d with { Message = "" }).OrderBy(d => d.ToString(), StringComparer.Ordinal));
            Assert.All(diagnostics.Where(d => d.Id == "CORPUS005"), d => Assert.Contains("'NewsItem'", d.Message));
            Assert.NotEqual(0, exitCode);

            // The generated code is clean under the SDK's own warning level, and the generator never threw
            // (CS8785): no compiler diagnostic of any form, located or not ("CSC : warning CS...").
            Assert.DoesNotMatch(new System.Text.RegularExpressions.Regex(@"(warning|error) CS\d{4}"), log);
        }
    }
}
