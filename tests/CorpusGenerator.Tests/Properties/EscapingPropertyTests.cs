using System.Diagnostics;
using System.Text;
using CorpusGenerator.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace CorpusGenerator.Tests.Properties
{
    /// <summary>
    /// Thousands of hostile articles through the real generator and compiler. For each: no generator
    /// exception, output with no error and no warning, no type, member or directive the generator
    /// would not write, and a model whose text is the input (unpaired surrogates as U+FFFD) with every
    /// span inside it. The seed is fixed so CI sees the same cases every run; a failure prints the seed
    /// of the failing article, which regenerates it: <c>HostileText.Article.Generate(PCG.Parse(seed), null, out _)</c>.
    /// </summary>
    public class EscapingPropertyTests
    {
        /// <summary>Articles per compilation: one compilation per article would take minutes.</summary>
        private const int GroupSize = 50;

        private const uint Stream = 2026;
        private const ulong FixedSeed = 20261128;

        private readonly ITestOutputHelper output;

        public EscapingPropertyTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void Two_thousand_hostile_articles_compile_cleanly_and_round_trip() =>
            CheckGroups(groups: 40, LanguageVersion.Latest, seed: FixedSeed);

        [Fact]
        public void Hostile_articles_compile_cleanly_as_byte_arrays_on_CSharp_7_3() =>
            CheckGroups(groups: 2, LanguageVersion.CSharp7_3, seed: FixedSeed + 1);

        [Fact]
        public void The_seed_printed_for_an_article_regenerates_it()
        {
            var pcg = new PCG(Stream, FixedSeed);
            for (int i = 0; i < 20; i++)
            {
                string seed = pcg.ToString();
                string article = HostileText.Article.Generate(pcg, null, out _);
                Assert.Equal(article, HostileText.Article.Generate(PCG.Parse(seed), null, out _));
            }
        }

        private void CheckGroups(int groups, LanguageVersion version, ulong seed)
        {
            var clock = Stopwatch.StartNew();
            var pcg = new PCG(Stream, seed);
            int compiled = 0, refused = 0;
            for (int group = 0; group < groups; group++)
            {
                var seeds = new string[GroupSize];
                var inputs = new ArticleInput[GroupSize];
                for (int i = 0; i < GroupSize; i++)
                {
                    seeds[i] = pcg.ToString();
                    string text = HostileText.Article.Generate(pcg, null, out _);
                    if (version < LanguageVersion.CSharp11 && text.Length > 5000) text = text.Substring(0, 5000);
                    inputs[i] = new ArticleInput("corpus/case" + i + ".txt", text, ClassName: "Case" + i);
                }

                (int ok, int notText) = CheckGroup(version, inputs, seeds);
                compiled += ok;
                refused += notText;
            }

            output.WriteLine($"{groups * GroupSize} articles ({compiled} compiled, {refused} refused as not text) in {clock.Elapsed.TotalSeconds:F1} s");
            Assert.True(compiled >= groups * GroupSize * 9 / 10, "Too few articles compiled for the test to mean anything: " + compiled);
        }

        private static (int Compiled, int Refused) CheckGroup(LanguageVersion version, ArticleInput[] inputs, string[] seeds)
        {
            var run = new GeneratorHarness { LanguageVersion = version }.Run(inputs);
            string Fail(string what, int? article = null) =>
                what + (article is int a
                    ? $"\nArticle seed: \"{seeds[a]}\" (case{a}): {Preview(inputs[a].Text)}"
                    : "\nGroup seeds: " + string.Join(", ", seeds));

            Assert.True(!run.GeneratorExceptions.Any(), Fail("The generator threw: " + run.GeneratorExceptions.FirstOrDefault()));
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
            Diagnostic? problem = run.CompilationDiagnostics.FirstOrDefault(d => d.Severity >= DiagnosticSeverity.Warning);
            Assert.True(problem is null, Fail("The output does not compile cleanly: " + problem, ArticleOf(problem)));

            var refused = new HashSet<int>();
            for (int i = 0; i < inputs.Length; i++)
            {
                var mine = run.GeneratorDiagnostics.Where(d => d.Location.GetLineSpan().Path == inputs[i].Path).ToList();
                if (mine.Any(d => d.Id == "CORPUS001")) refused.Add(i);
                foreach (Diagnostic d in mine)
                {
                    Assert.True(d.Location.SourceSpan.End <= inputs[i].Text.Length, Fail("A diagnostic lies outside its file: " + d, i));
                }
            }

            var classNames = Enumerable.Range(0, inputs.Length).Where(i => !refused.Contains(i)).Select(i => "Case" + i).ToList();
            Assert.True(GeneratedShape.Violation(run.Compilation, run.Result.GeneratedTrees, classNames) is not string shape, Fail("Generated code has an unexpected shape: " + GeneratedShape.Violation(run.Compilation, run.Result.GeneratedTrees, classNames)));

            var assembly = run.Load();
            for (int i = 0; i < inputs.Length; i++)
            {
                Type? type = assembly.GetType("Corpus.Articles+Case" + i);
                if (refused.Contains(i))
                {
                    Assert.True(type is null, Fail("An article refused as not text still has a class", i));
                    continue;
                }

                Article article = GeneratedArticleClass.ArticleOf(type!);
                Assert.True(ModelInvariants.Violation(article, inputs[i].Text) is not string violation, Fail("The model is wrong: " + ModelInvariants.Violation(article, inputs[i].Text), i));
            }

            return (inputs.Length - refused.Count, refused.Count);
        }

        private static int? ArticleOf(Diagnostic? diagnostic)
        {
            string? path = diagnostic?.Location.SourceTree?.FilePath;
            if (path is null) return null;
            var match = System.Text.RegularExpressions.Regex.Match(path, @"Articles\.Case(\d+)\.g\.cs$");
            return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        }

        /// <summary>The text as a C# literal, cut: enough to read in a test log.</summary>
        private static string Preview(string text)
        {
            var builder = new StringBuilder("\"");
            foreach (char c in text.Length > 400 ? text.Substring(0, 400) : text)
            {
                builder.Append(c >= ' ' && c < '\u007F' && c != '"' && c != '\\' ? c.ToString() : "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }

            return builder.Append(text.Length > 400 ? "\"... (" + text.Length + " chars)" : "\"").ToString();
        }
    }
}
