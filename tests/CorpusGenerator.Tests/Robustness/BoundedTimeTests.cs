using System.Diagnostics;
using System.Text;
using CorpusGenerator.Tests.Infrastructure;

namespace CorpusGenerator.Tests.Robustness
{
    /// <summary>
    /// The generator never hangs: texts built to make a parser backtrack or rescan (a megabyte of
    /// opening quotes, one line of a megabyte, a quarter of a million empty lines) are read, extracted
    /// and emitted in bounded time. The budget is generous for a loaded CI machine; what it catches is
    /// quadratic work, which at this size takes minutes.
    /// </summary>
    public class BoundedTimeTests
    {
        private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

        /// <summary>Built in the test, not in the theory data: a megabyte per case would bloat test discovery.</summary>
        private static string Pathological(string what) => what switch
        {
            "opening quotes" => Repeat("\u201C\"'\u00AB ", 1_000_000),
            "unclosed quotes with cues" => Repeat("\u201CHe said, according to officials ", 1_000_000),
            "one long line" => Repeat("word ", 1_000_000),
            "empty lines" => Repeat("\r\n", 500_000),
            "nested quotes" => Repeat("\u201C\u2018\"", 600_000) + Repeat("\"\u2019\u201D", 600_000),
            _ => throw new ArgumentOutOfRangeException(nameof(what)),
        };

        [Theory]
        [InlineData("opening quotes")]
        [InlineData("unclosed quotes with cues")]
        [InlineData("one long line")]
        [InlineData("empty lines")]
        [InlineData("nested quotes")]
        public void A_pathological_megabyte_is_generated_in_bounded_time(string what)
        {
            string text = Pathological(what);
            var clock = Stopwatch.StartNew();
            var harness = new GeneratorHarness();
            var driver = harness.CreateDriver(new[] { new ArticleInput("big.txt", text) }, trackSteps: false).RunGenerators(harness.CreateCompilation());
            clock.Stop();
            Assert.Empty(driver.GetRunResult().Results.Where(r => r.Exception != null));
            Assert.True(clock.Elapsed < Budget, $"{what}: {clock.Elapsed.TotalSeconds:F1} s");
        }

        private static string Repeat(string unit, int length)
        {
            var builder = new StringBuilder(length + unit.Length);
            while (builder.Length < length) builder.Append(unit);
            return builder.ToString();
        }
    }
}
