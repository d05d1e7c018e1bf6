using BenchmarkDotNet.Attributes;
using CorpusGenerator.Benchmarks.Corpus;
using CorpusGenerator.Benchmarks.InProcess;
using Microsoft.CodeAnalysis;

namespace CorpusGenerator.Benchmarks.Micro
{
    /// <summary>
    /// A build's generator run with nothing cached (a fresh driver): every article read, extracted
    /// and emitted, the index written, and the output parsed by the driver as the compiler does.
    /// Step tracking is off, as in a command-line build.
    /// </summary>
    [MemoryDiagnoser]
    public class GeneratorFullRunBenchmark
    {
        private GeneratorWorkload workload = null!;

        [GlobalSetup]
        public void CreateWorkload() => workload = new GeneratorWorkload(BbcCorpus.Articles);

        [Benchmark]
        public GeneratorDriver RunGeneratorOverAllArticles() => workload.CreateDriver(trackSteps: false).RunGenerators(workload.Compilation);
    }
}
