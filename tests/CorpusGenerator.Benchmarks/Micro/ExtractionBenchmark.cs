using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using CorpusGenerator.Benchmarks.Corpus;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Benchmarks.Micro
{
    /// <summary>The extraction engine alone, one thread, over every BBC article: what extract_mb_per_s divides.</summary>
    public class ExtractionBenchmark
    {
        private string[] texts = System.Array.Empty<string>();

        [GlobalSetup]
        public void LoadCorpus()
        {
            IReadOnlyList<CorpusArticleFile> articles = BbcCorpus.Articles;
            texts = new string[articles.Count];
            for (int i = 0; i < texts.Length; i++) texts[i] = articles[i].Text;
        }

        [Benchmark]
        public int ExtractAllArticles()
        {
            // Returns a count so the work cannot be skipped.
            int paragraphs = 0;
            foreach (string text in texts) paragraphs += ArticleExtractor.Extract(text).Paragraphs.Count;
            return paragraphs;
        }
    }
}
