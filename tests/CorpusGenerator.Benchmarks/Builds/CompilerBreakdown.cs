using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CorpusGenerator.Benchmarks.Corpus;
using static CorpusGenerator.Benchmarks.Builds.Statistics;

namespace CorpusGenerator.Benchmarks.Builds
{
    /// <summary>
    /// Where the BBC app's compiler process spends its time: its csc command line (captured from a
    /// build) run again on its own with parts taken out, alternating, so the differences price the
    /// generator (run cold, as a fresh compiler process runs it), the SDK's analyzers and the
    /// compiler's own work on the generated code. <c>--compiler-breakdown [rounds]</c>.
    /// The analyzers are priced on the real build (with and without the SDK's code analyzers):
    /// given the generated files as sources instead, the SDK's own source generators (regex, JSON,
    /// interop) would scan them too, which they never do to another generator's output.
    /// </summary>
    internal static class CompilerBreakdown
    {
        public static void Run(int rounds, Action<string> log)
        {
            ConsumerApp none = ConsumerAppWriter.WriteEmpty();
            ConsumerApp bbc = ConsumerAppWriter.WriteBbc();
            foreach (ConsumerApp app in new[] { none, bbc })
            {
                ProcessResult prepared = DotnetBuild.Prepare(app);
                if (prepared.ExitCode != 0) throw new InvalidOperationException("Preparing " + app.Name + " failed:\n" + prepared.Output);
            }

            string work = Path.Combine(RepositoryPaths.Work, "compiler-breakdown");
            string generated = Path.Combine(work, "generated");
            if (Directory.Exists(generated)) Directory.Delete(generated, recursive: true);
            log("Capturing the compiler command lines (a build of each app)");
            CompilerCommand withArticles = CompilerCommand.Capture(bbc, "-p:EmitCompilerGeneratedFiles=true", "-p:CompilerGeneratedFilesOutputPath=" + generated);
            CompilerCommand withoutArticles = CompilerCommand.Capture(none);
            string[] generatedFiles = Directory.GetFiles(generated, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToArray();
            if (generatedFiles.Length == 0) throw new InvalidOperationException("The build wrote no generated file to " + generated);

            static bool IsOurGenerator(string a) => a.StartsWith("/analyzer:", StringComparison.Ordinal) && a.EndsWith("CorpusGenerator.dll", StringComparison.Ordinal);
            static bool IsAnalyzer(string a) => a.StartsWith("/analyzer:", StringComparison.Ordinal);
            static bool IsCodeAnalyzer(string a) => IsAnalyzer(a) && a.EndsWith("NetAnalyzers.dll", StringComparison.Ordinal);
            static bool IsArticle(string a) => a.StartsWith("/additionalfile:", StringComparison.Ordinal);

            var variants = new (string Name, ConsumerApp App, CompilerCommand Command)[]
            {
                ("no articles (the none app)", none, withoutArticles),
                ("everything (the bbc app)", bbc, withArticles),
                ("generator, no analyzers", bbc, withArticles.Without(a => IsAnalyzer(a) && !IsOurGenerator(a))),
                ("everything but the code analyzers", bbc, withArticles.Without(IsCodeAnalyzer)),
                ("generated files only", bbc, withArticles.Without(a => IsAnalyzer(a) || IsArticle(a), generatedFiles)),
                ("generated files except People", bbc, withArticles.Without(a => IsAnalyzer(a) || IsArticle(a), generatedFiles.Where(f => Path.GetFileName(f) != "People.g.cs"))),
                ("neither articles nor analyzers", none, withoutArticles.Without(IsAnalyzer)),
                ("no articles, no code analyzers", none, withoutArticles.Without(IsCodeAnalyzer)),
            };

            var wall = variants.Select(_ => new List<double>()).ToArray();
            var cpu = variants.Select(_ => new List<double>()).ToArray();
            for (int round = 1; round <= rounds; round++)
            {
                for (int v = 0; v < variants.Length; v++)
                {
                    string folder = Path.Combine(work, "variant" + v.ToString(CultureInfo.InvariantCulture));
                    Directory.CreateDirectory(folder);
                    IReadOnlyList<string> arguments = variants[v].Command.ResponseFileArguments(Path.Combine(folder, "csc.rsp"), folder);
                    ProcessResult run = ProcessRun.Run(variants[v].Command.Compiler, arguments, variants[v].App.Directory);
                    if (run.ExitCode != 0) throw new InvalidOperationException(variants[v].Name + " failed:\n" + run.Output);
                    wall[v].Add(run.Seconds);
                    cpu[v].Add(run.CpuSeconds);
                }

                log("  round " + round + "/" + rounds + ": " + string.Join(", ", variants.Select((x, v) => x.Name + " " + F(wall[v][^1]) + " s")));
            }

            log("Median wall / CPU seconds of the compiler process (" + rounds + " rounds, alternating):");
            for (int v = 0; v < variants.Length; v++) log("  " + variants[v].Name.PadRight(34) + F(Median(wall[v])) + " / " + F(Median(cpu[v])));
            double Diff(int a, int b, List<double>[] s) => Median(s[a]) - Median(s[b]);
            log("What the articles add, wall / CPU seconds:");
            log("  in all                             " + F(Diff(1, 0, wall)) + " / " + F(Diff(1, 0, cpu)));
            log("  the generator, cold                " + F(Diff(2, 4, wall)) + " / " + F(Diff(2, 4, cpu)) + "   (generator, no analyzers - generated files only)");
            log("  the analyzers on generated code    " + F(Diff(1, 3, wall) - Diff(0, 7, wall)) + " / " + F(Diff(1, 3, cpu) - Diff(0, 7, cpu)) + "   (what the code analyzers cost the bbc app - what they cost the none app)");
            log("  compiling the generated code       " + F(Diff(4, 6, wall)) + " / " + F(Diff(4, 6, cpu)) + "   (generated files only - neither articles nor analyzers)");
            log("  of which People.g.cs               " + F(Diff(4, 5, wall)) + " / " + F(Diff(4, 5, cpu)));
        }

        private static string F(double seconds) => seconds.ToString("F2", CultureInfo.InvariantCulture);
    }
}
