using System.Globalization;
using System.IO;
using System.Text;
using CorpusGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGenerator.Tests.Generator
{
    /// <summary>The same articles give byte-identical output in any order, culture, line-ending convention or encoding.</summary>
    public class DeterminismTests
    {
        private static readonly ArticleInput[] Articles =
        {
            new("news/istanbul-talks.txt", "ISTANBUL \u2014 Talks in \u0130stanbul ended on Friday.\n\n\"It is a good day,\" said Ay\u015Fe Y\u0131lmaz, the Turkish minister.\n\nShe said the deal would hold.\n"),
            new("news/cairo-report.txt", "CAIRO (AP) \u2014 The report was released.\n\n\u201CWe welcome it,\u201D the spokesman said.\n"),
            new("news/seed.txt", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "seed", "rouhani-kadhimi-call.txt"))),
        };

        private static SortedDictionary<string, string> Output(IEnumerable<ArticleInput> articles, GeneratorHarness? harness = null)
        {
            harness ??= new GeneratorHarness();
            GeneratorDriver driver = harness.CreateDriver(articles).RunGenerators(harness.CreateCompilation());
            return Collect(driver);
        }

        private static SortedDictionary<string, string> Collect(GeneratorDriver driver) =>
            new(driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString()), StringComparer.Ordinal);

        [Fact]
        public void Shuffled_input_gives_identical_output()
        {
            var expected = Output(Articles);
            Assert.Equal(expected, Output(Articles.Reverse()));
            Assert.Equal(expected, Output(new[] { Articles[1], Articles[2], Articles[0] }));
        }

        [Theory]
        [InlineData("tr-TR")]
        [InlineData("ar-SA")]
        [InlineData("de-DE")]
        public void The_current_culture_changes_nothing(string culture)
        {
            var expected = Output(Articles);
            CultureInfo before = CultureInfo.CurrentCulture, beforeUi = CultureInfo.CurrentUICulture;
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
                Assert.Equal(expected, Output(Articles));
            }
            finally
            {
                CultureInfo.CurrentCulture = before;
                CultureInfo.CurrentUICulture = beforeUi;
            }
        }

        [Fact]
        public void A_utf8_byte_order_mark_changes_nothing()
        {
            var harness = new GeneratorHarness();
            var expected = Output(Articles, harness);
            var texts = Articles.Select(article =>
            {
                byte[] bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(article.Text)).ToArray();
                return (AdditionalText)new InMemoryAdditionalText(article.Path, SourceText.From(new MemoryStream(bytes), Encoding.UTF8));
            });
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new CorpusGenerator.Generation.CorpusArticleGenerator().AsSourceGenerator() },
                texts,
                new CSharpParseOptions(LanguageVersion.Latest),
                harness.Options(Articles));
            Assert.Equal(expected, Collect(driver.RunGenerators(harness.CreateCompilation())));
        }

        [Fact]
        public void Crlf_articles_give_the_same_model_and_lf_only_generated_code()
        {
            var crlf = Articles.Select(a => a with { Text = a.Text.Replace("\n", "\r\n") }).ToArray();
            var lfOutput = Output(Articles);
            var crlfOutput = Output(crlf);
            Assert.Equal(lfOutput.Keys, crlfOutput.Keys);
            Assert.All(crlfOutput.Values, source => Assert.DoesNotContain('\r', source));

            // The text is the data, so its line endings stay as written; everything the engine
            // found in it is the same.
            var harness = new GeneratorHarness();
            var lfRun = harness.Run(Articles);
            var crlfRun = harness.Run(crlf);
            foreach (string className in new[] { "IstanbulTalks", "CairoReport", "Seed" })
            {
                CorpusGenerator.Article lf = lfRun.Article(className), windows = crlfRun.Article(className);
                Assert.Equal(lf.Text.Replace("\n", "\r\n"), windows.Text);
                Assert.Equal(lf.Paragraphs.Select(p => p.Text), windows.Paragraphs.Select(p => p.Text.Replace("\r\n", "\n")));
                Assert.Equal(lf.Speakers.Select(s => s.Name + "|" + s.Role), windows.Speakers.Select(s => s.Name + "|" + s.Role));
                Assert.Equal(lf.Quotes.Select(q => q.Kind + "|" + q.Text + "|" + q.Speaker?.Name + "|" + q.Cue), windows.Quotes.Select(q => q.Kind + "|" + q.Text.Replace("\r\n", "\n") + "|" + q.Speaker?.Name + "|" + q.Cue));
                Assert.Equal(lf.Quotes.Select(q => q.Span.Line), windows.Quotes.Select(q => q.Span.Line));
            }
        }
    }
}
