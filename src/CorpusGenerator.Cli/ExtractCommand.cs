using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using CorpusGenerator.Reading;

namespace CorpusGenerator.Cli
{
    /// <summary><c>corpus extract [--json] PATH...</c>: what the generator would see in these articles.</summary>
    internal static class ExtractCommand
    {
        /// <summary>Above this many files, progress goes to stderr.</summary>
        private const int ProgressThreshold = 50;

        public static Command Create()
        {
            var paths = new Argument<string[]>("paths")
            {
                Description = "Article files (.txt) or folders of them (searched recursively)",
                Arity = ArgumentArity.OneOrMore,
            };
            var json = new Option<bool>("--json") { Description = "Print the JSON array score.py reads instead of a summary" };
            var command = new Command("extract", "Extract the structure, speakers and quotes of articles") { paths, json };
            command.SetAction(parse =>
            {
                using Stream stdout = Console.OpenStandardOutput();
                return Run(parse.GetValue(paths) ?? Array.Empty<string>(), parse.GetValue(json), stdout, Console.Error);
            });
            return command;
        }

        public static int Run(IReadOnlyList<string> paths, bool json, Stream output, TextWriter errors)
        {
            List<ArticleFile> files = ArticleFiles.Expand(paths, errors);
            if (files.Count == 0)
            {
                errors.WriteLine("corpus: no article files found");
                return 1;
            }

            int failures = 0;
            JsonReport? report = json ? new JsonReport(output) : null;
            using var text = json ? null : new StreamWriter(output, new System.Text.UTF8Encoding(false)) { AutoFlush = false };
            try
            {
                for (int i = 0; i < files.Count; i++)
                {
                    if (files.Count > ProgressThreshold && !Console.IsErrorRedirected && (i % 100 == 0 || i == files.Count - 1))
                    {
                        errors.Write("\rcorpus: " + (i + 1) + "/" + files.Count + " articles");
                        if (i == files.Count - 1) errors.WriteLine();
                    }

                    string content;
                    System.Text.Encoding encoding;
                    try
                    {
                        content = ArticleFiles.Read(files[i].Path, out encoding);
                    }
                    catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                    {
                        errors.WriteLine("corpus: " + files[i].Path + ": " + e.Message);
                        failures++;
                        continue;
                    }

                    // The same analysis the generator runs, so the diagnostics are the build's.
                    string name = files[i].Name;
                    ArticleAnalysis analysis = ArticleAnalysis.Analyze(content, Path.GetFileName(files[i].Path), ArticleAnalysis.DefaultMaxBytes, encoding);
                    if (report is not null) report.Write(name, content, analysis);
                    else SummaryReport.Write(text!, name, content, analysis);
                }
            }
            finally
            {
                report?.Dispose();
                text?.Flush();
            }

            return failures == 0 ? 0 : 1;
        }
    }
}
