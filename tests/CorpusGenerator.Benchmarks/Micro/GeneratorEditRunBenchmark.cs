using BenchmarkDotNet.Attributes;
using CorpusGenerator.Benchmarks.Corpus;
using CorpusGenerator.Benchmarks.InProcess;
using Microsoft.CodeAnalysis;

namespace CorpusGenerator.Benchmarks.Micro
{
    /// <summary>
    /// What the IDE pays after an author edits one article of the 2,225: the driver keeps its state
    /// from the run before, so only the edited article should be read, extracted and emitted again.
    /// </summary>
    [MemoryDiagnoser]
    public class GeneratorEditRunBenchmark
    {
        /// <summary>The edited article: one in the middle of the corpus, neither first nor last in any order.</summary>
        public const int EditedArticle = 1112;

        private GeneratorWorkload workload = null!;
        private GeneratorDriver driver = null!;
        private ArticleEdit edit = null!;

        [GlobalSetup]
        public void RunOnceOverAllArticles()
        {
            workload = new GeneratorWorkload(BbcCorpus.Articles);
            driver = workload.CreateDriver(trackSteps: false).RunGenerators(workload.Compilation);
            edit = new ArticleEdit(workload.Texts[EditedArticle]);
        }

        [Benchmark]
        public GeneratorDriver RerunAfterEditingOneArticle()
        {
            driver = edit.Apply(driver).RunGenerators(workload.Compilation);
            return driver;
        }
    }
}
