using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CorpusGenerator.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGenerator.Benchmarks.InProcess
{
    /// <summary>
    /// Where a compilation of the ten-fold corpus keeps its memory, measured in process: the live
    /// heap after a full collection at each stage of what csc does (texts read, generator run,
    /// generated trees parsed, compilation emitted), and what is freed when the generator driver,
    /// which holds every step's cached values, is let go. A profile of retained bytes, not of the
    /// build's peak: csc runs server GC, whose peak sits above the live heap by whatever the
    /// collector lets grow between collections. CORPUS_PROFILE_VARIANT prices parts of the generated
    /// code (<see cref="GeneratedCodeVariants"/>).
    /// </summary>
    internal static class MemoryProfile
    {
        public static void Run(int copies, Action<string> log)
        {
            IReadOnlyList<CorpusArticleFile> articles = Copies(copies);
            long chars = articles.Sum(a => (long)a.Text.Length);
            log("Memory profile: " + articles.Count + " articles, " + chars + " chars of text");

            long start = Live();
            allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            var workload = new GeneratorWorkload(articles);
            long texts = Live();
            log(Line("texts and options (SourceText per file)", texts - start));

            GeneratorDriver driver = workload.CreateDriver(trackSteps: false);
            driver = driver.RunGeneratorsAndUpdateCompilation(workload.Compilation, out Compilation output, out _);
            long generated = Live();
            long generatedChars = output.SyntaxTrees.Sum(t => (long)t.GetText().Length);
            log(Line("generator run: driver state + generated trees", generated - texts) + " (" + generatedChars + " generated chars, " + output.SyntaxTrees.Count() + " trees)");

            IReadOnlyList<string> variants = GeneratedCodeVariants.Requested();
            if (variants.Count > 0)
            {
                output = GeneratedCodeVariants.Apply(output, variants, output.SyntaxTrees.Where(t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)));
                log("variant " + string.Join(",", variants) + ": " + output.SyntaxTrees.Sum(t => (long)t.GetText().Length) + " chars");
            }

            foreach (SyntaxTree tree in output.SyntaxTrees) tree.GetRoot();
            long parsed = Live();
            log(Line("generated trees' syntax realised", parsed - generated));

            int errors;
            using (var peImage = new MemoryStream())
            {
                var result = output.Emit(peImage);
                errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                long emitted = Live();
                log(Line("after emit (bound symbols kept by the compilation)", emitted - parsed) + " (" + errors + " errors, image " + (peImage.Length / 1e6).ToString("F1", CultureInfo.InvariantCulture) + " MB)");
            }

            long beforeRelease = Live();
            GC.KeepAlive(driver);
            driver = null!;
            long released = Live();
            log(Line("freed by letting the driver go (its cached step values)", beforeRelease - released));
            log(Line("total live at the end", released - start));
            log("Process peak resident set (VmHWM): " + PeakResidentMb().ToString("F0", CultureInfo.InvariantCulture) + " MB");
            GC.KeepAlive(output);
            GC.KeepAlive(workload);
        }

        /// <summary>The BBC corpus <paramref name="copies"/> times under new paths and class names, each copy's text a string of its own, as files read from disk are.</summary>
        private static IReadOnlyList<CorpusArticleFile> Copies(int copies)
        {
            var list = new List<CorpusArticleFile>();
            for (int copy = 1; copy <= copies; copy++)
            {
                string prefix = "Copy" + copy.ToString("00", CultureInfo.InvariantCulture);
                foreach (CorpusArticleFile article in BbcCorpus.Articles)
                {
                    string path = Path.Combine(Path.GetDirectoryName(article.Path)!, prefix, Path.GetFileName(article.Path));
                    list.Add(new CorpusArticleFile(path, prefix + article.ClassName, new string(article.Text.AsSpan()), article.Utf8Bytes));
                }
            }

            return list;
        }

        private static long Live()
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            return GC.GetTotalMemory(forceFullCollection: false);
        }

        private static long allocatedBefore;
        private static TimeSpan cpuBefore;

        // Live bytes the stage added, then what it allocated in all (its garbage included) and the
        // process's resident high-water mark so far: a stage whose peak jumps far above what it
        // keeps is one whose garbage makes the peak.
        private static string Line(string what, long bytes)
        {
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            TimeSpan cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            string line = what + ": " + Mb(bytes) + " MB live; " + Mb(allocated - allocatedBefore) + " MB allocated; " +
                (cpu - cpuBefore).TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s CPU; peak resident " + PeakResidentMb().ToString("F0", CultureInfo.InvariantCulture) + " MB";
            allocatedBefore = allocated;
            cpuBefore = cpu;
            return line;
        }

        private static string Mb(long bytes) => (bytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture);

        private static double PeakResidentMb()
        {
            if (!File.Exists("/proc/self/status")) return double.NaN;
            foreach (string line in File.ReadLines("/proc/self/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                string kb = line.Substring(6).Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) / 1024.0;
            }

            return double.NaN;
        }
    }
}
