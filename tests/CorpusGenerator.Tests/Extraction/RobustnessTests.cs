using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using CorpusGenerator.Diagnostics;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>Timing tests run alone: other tests' allocations on the same cores would be measured too.</summary>
    [CollectionDefinition("Timing", DisableParallelization = true)]
    public class TimingCollection
    {
    }

    /// <summary>Any text in, an answer out: no exception, bounded time, same answer every time.</summary>
    [Collection("Timing")]
    public class RobustnessTests
    {
        [Theory]
        [InlineData("")]
        [InlineData("   \n\n\t  ")]
        [InlineData("\0\0\0")]
        [InlineData("\"")]
        [InlineData("“")]
        [InlineData("'")]
        [InlineData("said")]
        [InlineData("He said.")]
        [InlineData("\"\"\"\"\"")]
        [InlineData(", said , said , said")]
        [InlineData("according to")]
        [InlineData("A — B")]
        [InlineData("X:")]
        public void Odd_inputs_do_not_throw(string text)
        {
            ExtractedArticle a = ArticleExtractor.Extract(text);
            Assert.Equal(text, a.Text);
            Assert.All(a.Quotes, q => Assert.True(q.Span.End <= text.Length));
        }

        [Fact]
        public void Null_text_is_an_empty_article()
        {
            ExtractedArticle a = ArticleExtractor.Extract(null!);
            Assert.Empty(a.Paragraphs);
        }

        [Fact]
        public void Lone_surrogates_and_nuls_are_not_fatal_and_reported_once_by_the_analysis()
        {
            string text = "Smith said \uD800 the \0 plan \uDC00 was fine.";
            Assert.NotNull(ArticleExtractor.Extract(text));
            var findings = CorpusGenerator.Reading.ArticleAnalysis.Analyze(text, "a.txt").Findings;
            Assert.Contains(findings, x => x.Id == DiagnosticIds.InvalidCharacters);
            Assert.Equal(findings.Count(x => x.Id == DiagnosticIds.InvalidCharacters), findings.Select(x => x.Id + x.Span).Distinct().Count(id => id.StartsWith(DiagnosticIds.InvalidCharacters, StringComparison.Ordinal)));
        }

        [Fact]
        public void A_long_line_is_handled()
        {
            string text = string.Concat(Enumerable.Repeat("Smith said the plan was fine and ", 4000)) + "done.";
            Assert.True(text.Length > 100_000);
            ExtractedArticle a = ArticleExtractor.Extract(text);
            Assert.Single(a.Paragraphs);
        }

        [Fact]
        public void A_megabyte_of_unclosed_marks_finishes_with_bounded_problems()
        {
            var sb = new StringBuilder();
            while (sb.Length < 1_000_000)
            {
                sb.Append("Smith said, “this never closes and \"neither does this ‘one either. ");
                if (sb.Length % 7 == 0) sb.Append("\n\n");
            }

            string text = sb.ToString();
            var watch = Stopwatch.StartNew();
            ExtractedArticle a = ArticleExtractor.Extract(text);
            watch.Stop();
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "took " + watch.Elapsed);
            Assert.NotEmpty(a.Problems);
            Assert.True(a.Problems.Count(p => p.Id == DiagnosticIds.UnclosedQuotation) <= 50);
            Assert.All(a.Quotes, q => Assert.True(q.Span.End <= text.Length));
        }

        [Fact]
        public void Many_paragraphs_of_quotes_scale_linearly()
        {
            var sb = new StringBuilder();
            for (int i = 0; i < 5000; i++) sb.Append("“We will win number ").Append(i).Append(",” said Jane Roe, a spokeswoman.\n\nShe said the count was close.\n\n");
            var watch = Stopwatch.StartNew();
            ExtractedArticle a = ArticleExtractor.Extract(sb.ToString());
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "took " + watch.Elapsed);
            Assert.Equal(10_000, a.Quotes.Count);
            Assert.Single(a.Speakers);
        }

        [Fact]
        public void Same_input_same_output()
        {
            string text = System.IO.File.ReadAllText(TestData.SeedText);
            Assert.Equal(ArticleExtractor.Extract(text), ArticleExtractor.Extract(text));
        }

        [Fact]
        public void Cancellation_is_honoured()
        {
            using var cts = new CancellationTokenSource();
            cts.Cancel();
            Assert.ThrowsAny<OperationCanceledException>(() => ArticleExtractor.Extract("Smith said hello.\n\nJones said goodbye.", cts.Token));
        }

        /// <summary>
        /// Random texts built from the characters the engine treats specially. The engine falls
        /// back to an empty article when something throws inside it, so a text with words but no
        /// paragraph means a swallowed fault.
        /// </summary>
        [Fact]
        public void Random_texts_never_hit_the_fallback()
        {
            const string alphabet = "aB Smith said he \"“”‘’'«»,.;:!?—-–()\n\n\r\t0123 according to, Mr. al-de la ''";
            var random = new Random(20240601);
            for (int n = 0; n < 2000; n++)
            {
                var sb = new StringBuilder("Word ");
                int length = random.Next(1, 400);
                for (int i = 0; i < length; i++) sb.Append(alphabet[random.Next(alphabet.Length)]);
                string text = sb.ToString();
                ExtractedArticle a = ArticleExtractor.Extract(text);
                Assert.True(a.Paragraphs.Count > 0, "fallback on: " + text);
                Assert.All(a.Quotes, q => Assert.True(q.Span.End <= text.Length && q.Paragraph >= 0 && q.Paragraph < a.Paragraphs.Count));
            }
        }

        /// <summary>
        /// Thousands of distinct titled speakers, surnames and descriptions: four times the text
        /// must take about four times as long; a quadratic resolver would take sixteen.
        /// </summary>
        [Fact]
        public void Many_distinct_speakers_and_descriptions_scale_linearly()
        {
            ArticleExtractor.Extract(Speakers(20_000)); // warm up the JIT
            TimeSpan small = Time(Speakers(100_000));
            TimeSpan large = Time(Speakers(400_000));
            Assert.True(large.TotalMilliseconds < (8 * small.TotalMilliseconds) + 500, "100 KB " + small + ", 400 KB " + large);
        }

        /// <summary>
        /// One endless sentence of cue words, names, commas and brackets: thousands of attributions
        /// in one sentence. Each cue's content was bounded by counting brackets from the sentence's
        /// start, so four times the text took fifteen times as long (a megabyte, 3.4 s).
        /// </summary>
        [Fact]
        public void One_endless_sentence_of_cues_scales_linearly()
        {
            ArticleExtractor.Extract(Sentence(20_000)); // warm up the JIT
            TimeSpan small = Time(Sentence(150_000), minSpeakers: 1);
            TimeSpan large = Time(Sentence(600_000), minSpeakers: 1);
            Assert.True(large.TotalMilliseconds < (6 * small.TotalMilliseconds) + 100, "150 KB " + small + ", 600 KB " + large);
        }

        private static string Sentence(int size)
        {
            string[] words = { "said", "Smith", ",", "according to", "Jones", "told", "the president", "who", "and", "Mr", "Brown", "claimed", "(", ")", "that" };
            var random = new Random(7);
            var sb = new StringBuilder();
            while (sb.Length < size) sb.Append(words[random.Next(words.Length)]).Append(' ');
            return sb.ToString();
        }

        /// <summary>The best of three runs: the noise of a collection or a busy core is left out.</summary>
        private static TimeSpan Time(string text, int minSpeakers = 500)
        {
            TimeSpan best = TimeSpan.MaxValue;
            for (int run = 0; run < 3; run++)
            {
                GC.Collect();
                var watch = Stopwatch.StartNew();
                ExtractedArticle a = ArticleExtractor.Extract(text);
                watch.Stop();
                Assert.True(a.Speakers.Count >= minSpeakers);
                if (watch.Elapsed < best) best = watch.Elapsed;
            }

            return best;
        }

        private static string Speakers(int size)
        {
            var sb = new StringBuilder();
            for (int i = 0; sb.Length < size; i++)
            {
                string first = "Ann" + Letters(i), last = "Berg" + Letters(i * 7);
                sb.Append("Deputy Mayor ").Append(first).Append(' ').Append(last).Append(" said the vote was close.\n\n")
                  .Append(first).Append(" told reporters that the count went on. The deputy mayor added that more was needed.\n\n");
            }

            return sb.ToString();
        }

        private static string Letters(int n)
        {
            var sb = new StringBuilder();
            do
            {
                sb.Append((char)('a' + (n % 26)));
                n /= 26;
            }
            while (n > 0);
            return sb.ToString();
        }
    }
}
