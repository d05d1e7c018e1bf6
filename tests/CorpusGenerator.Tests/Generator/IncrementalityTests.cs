using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using CorpusGenerator.Emit;
using CorpusGenerator.Generation;
using CorpusGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGenerator.Tests.Generator
{
    /// <summary>
    /// Proves the pipeline is incremental: the driver's step tracking shows which steps ran again
    /// after an edit. An edit to one article must re-run that article's steps only.
    /// </summary>
    public class IncrementalityTests
    {
        private static readonly string[] PerArticleSteps =
        {
            TrackingNames.ArticleFiles, TrackingNames.ParsedArticles, TrackingNames.NameRequests, TrackingNames.ArticlesToEmit, TrackingNames.EmittedArticles, TrackingNames.IndexEntries,
        };

        private static List<ArticleInput> Corpus(int count) =>
            Enumerable.Range(0, count)
                .Select(i => new ArticleInput($"corpus/article-{i:D3}.txt", $"OTTAWA \u2014 Story {i}.\n\n\"We will act,\" said Jane Doe{i}, the minister.\n"))
                .ToList();

        private static (GeneratorDriver Driver, CSharpCompilation Compilation, GeneratorHarness Harness) FirstRun(List<ArticleInput> articles, GeneratorHarness? harness = null)
        {
            harness ??= new GeneratorHarness();
            CSharpCompilation compilation = harness.CreateCompilation();
            GeneratorDriver driver = harness.CreateDriver(articles).RunGenerators(compilation);
            return (driver, compilation, harness);
        }

        private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step) =>
            driver.GetRunResult().Results.Single().TrackedSteps.TryGetValue(step, out var runs)
                ? runs.SelectMany(run => run.Outputs).Select(output => output.Reason)
                : Enumerable.Empty<IncrementalStepRunReason>();

        [Fact]
        public void Running_again_with_no_change_leaves_every_step_cached()
        {
            var (driver, compilation, _) = FirstRun(Corpus(5));
            driver = driver.RunGenerators(compilation);
            var result = driver.GetRunResult().Results.Single();
            Assert.NotEmpty(result.TrackedSteps);
            foreach (var (name, runs) in result.TrackedSteps)
            {
                Assert.All(runs.SelectMany(run => run.Outputs), output => Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"step {name} was {output.Reason}"));
            }
        }

        [Fact]
        public void Editing_one_of_50_articles_reruns_that_article_only()
        {
            var articles = Corpus(50);
            var (driver, compilation, _) = FirstRun(articles);
            AdditionalText old = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.ArticleFiles]
                .Select(step => ((ArticleFile)step.Outputs.Single().Value).Text)
                .Single(text => text.Path == articles[17].Path);

            driver = driver.ReplaceAdditionalText(old, new InMemoryAdditionalText(articles[17].Path, articles[17].Text + "\nA new paragraph.\n"));
            driver = driver.RunGenerators(compilation);

            var parsed = Reasons(driver, TrackingNames.ParsedArticles).ToList();
            Assert.Equal(49, parsed.Count(r => r == IncrementalStepRunReason.Cached));
            Assert.Equal(1, parsed.Count(r => r == IncrementalStepRunReason.Modified));
            var emitted = Reasons(driver, TrackingNames.ArticlesToEmit).ToList();
            Assert.Equal(49, emitted.Count(r => r == IncrementalStepRunReason.Cached));
            Assert.Equal(1, emitted.Count(r => r == IncrementalStepRunReason.Modified));
            var code = Reasons(driver, TrackingNames.EmittedArticles).ToList();
            Assert.Equal(49, code.Count(r => r == IncrementalStepRunReason.Cached));
            Assert.Equal(1, code.Count(r => r == IncrementalStepRunReason.Modified));

            // One generated file holds the edited article: it alone is written again.
            var groups = Reasons(driver, TrackingNames.ArticleGroups).ToList();
            Assert.Equal(ArticleGrouping.GroupCount, groups.Count);
            Assert.Equal(1, groups.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(ArticleGrouping.GroupCount - 1, groups.Count(r => r == IncrementalStepRunReason.Unchanged));

            // The text changed but not the speakers: the corpus index is not written again.
            Assert.DoesNotContain(IncrementalStepRunReason.Modified, Reasons(driver, TrackingNames.IndexEntries));
        }

        [Fact]
        public void Editing_an_unrelated_csharp_file_reruns_no_article_step()
        {
            var (driver, compilation, _) = FirstRun(Corpus(10));
            var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App { internal static class Other { } }", new CSharpParseOptions(LanguageVersion.Latest)));
            driver = driver.RunGenerators(edited);
            foreach (string step in PerArticleSteps)
            {
                Assert.All(Reasons(driver, step), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
            }
        }

        [Fact]
        public void Adding_and_removing_an_article_touches_that_article_only()
        {
            var articles = Corpus(10);
            var (driver, compilation, harness) = FirstRun(articles);
            var added = new ArticleInput("corpus/new-one.txt", "A new story.\n");
            driver = driver.AddAdditionalTexts(harness.Texts(new[] { added }))
                .WithUpdatedAnalyzerConfigOptions(harness.Options(articles.Append(added)))
                .RunGenerators(compilation);
            var parsed = Reasons(driver, TrackingNames.ParsedArticles).ToList();
            Assert.Equal(10, parsed.Count(r => r == IncrementalStepRunReason.Cached));
            Assert.Equal(1, parsed.Count(r => r == IncrementalStepRunReason.New));

            // An article's code depends on its own file: another article's name does not re-run it.
            var code = Reasons(driver, TrackingNames.EmittedArticles).ToList();
            Assert.Equal(10, code.Count(r => r == IncrementalStepRunReason.Cached));
            Assert.Equal(1, code.Count(r => r == IncrementalStepRunReason.New));
            Assert.Contains(driver.GetRunResult().GeneratedSources(), text => text.Contains(GeneratedArticleClass.Declaration("NewOne"), StringComparison.Ordinal));

            AdditionalText toRemove = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.ArticleFiles]
                .Select(step => ((ArticleFile)step.Outputs.Single().Value).Text)
                .Single(text => text.Path == articles[3].Path);
            driver = driver.RemoveAdditionalTexts(ImmutableArray.Create(toRemove)).RunGenerators(compilation);
            parsed = Reasons(driver, TrackingNames.ParsedArticles).ToList();
            Assert.Equal(10, parsed.Count(r => r == IncrementalStepRunReason.Cached));
            Assert.DoesNotContain(driver.GetRunResult().GeneratedSources(), text => text.Contains("public static class Article003\n", StringComparison.Ordinal));
        }

        [Fact]
        public void Changing_the_namespace_re_emits_without_extracting_again()
        {
            var articles = Corpus(10);
            var (driver, compilation, harness) = FirstRun(articles);
            harness.Properties["CorpusNamespace"] = "Other.News";
            driver = driver.WithUpdatedAnalyzerConfigOptions(harness.Options(articles)).RunGenerators(compilation);

            Assert.All(Reasons(driver, TrackingNames.ParsedArticles), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
            Assert.All(Reasons(driver, TrackingNames.ArticlesToEmit), reason => Assert.Equal(IncrementalStepRunReason.Modified, reason));
            Assert.All(driver.GetRunResult().GeneratedTrees, tree => Assert.Contains("namespace Other.News", tree.ToString()));
        }

        [Fact]
        public void No_step_output_holds_a_compilation_symbol_syntax_node_or_source_text()
        {
            var (driver, _, _) = FirstRun(Corpus(3));
            var ours = typeof(TrackingNames).GetFields().Select(field => (string)field.GetValue(null)!).ToHashSet();
            var steps = driver.GetRunResult().Results.Single().TrackedSteps;
            Assert.Superset(ours, steps.Keys.ToHashSet());

            // Roslyn's own "SourceOutput" step holds the generated SourceText by design; the
            // pipeline's named steps must hold values only.
            foreach (var (name, runs) in steps.Where(step => ours.Contains(step.Key)))
            {
                foreach (var output in runs.SelectMany(run => run.Outputs))
                {
                    AssertHoldsNoRoslynState(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
                }
            }
        }

        private static void AssertHoldsNoRoslynState(object? value, string step, HashSet<object> seen)
        {
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum) return;
            Assert.False(value is Compilation or ISymbol or SyntaxNode or SourceText or SyntaxTree, $"step {step} holds a {value.GetType().Name}");

            // An AdditionalText is the compiler's handle on a file: it is compared by reference,
            // and the text is read from it inside the per-file step only.
            if (value is AdditionalText || !seen.Add(value)) return;
            if (value is IEnumerable sequence)
            {
                foreach (object? item in sequence) AssertHoldsNoRoslynState(item, step, seen);
            }

            foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                AssertHoldsNoRoslynState(field.GetValue(value), step, seen);
            }
        }
    }
}
