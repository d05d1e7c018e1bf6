using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using CorpusGenerator.Diagnostics;
using CorpusGenerator.Naming;
using CorpusGenerator.Reading;

namespace CorpusGenerator.Cli
{
    /// <summary>
    /// <c>corpus check PATH...</c>: the diagnostics the generator would report for these articles,
    /// in the compiler's <c>file(line,col): warning ID: message</c> form, without compiling.
    /// </summary>
    internal static class CheckCommand
    {
        /// <summary>Which findings make the command fail.</summary>
        public enum FailOn
        {
            /// <summary>Warnings and errors (the default: a corpus check is a linter).</summary>
            Warning,

            /// <summary>Errors only, as the build would.</summary>
            Error,

            /// <summary>Never; report only.</summary>
            Never,
        }

        public static Command Create()
        {
            var paths = new Argument<string[]>("paths")
            {
                Description = "Article files (.txt) or folders of them (searched recursively)",
                Arity = ArgumentArity.OneOrMore,
            };
            var maxBytes = new Option<long>("--max-article-bytes")
            {
                Description = "Skip and report articles larger than this, as CorpusMaxArticleBytes does",
                DefaultValueFactory = _ => ArticleAnalysis.DefaultMaxBytes,
            };
            var failOn = new Option<FailOn>("--fail-on")
            {
                Description = "Exit with 1 when a finding of this severity or worse is found: Warning, Error or Never",
                DefaultValueFactory = _ => FailOn.Warning,
            };
            var command = new Command("check", "Report the diagnostics the generator would give these articles") { paths, maxBytes, failOn };
            command.SetAction(parse => Run(parse.GetValue(paths) ?? Array.Empty<string>(), parse.GetValue(maxBytes), parse.GetValue(failOn), Console.Out, Console.Error));
            return command;
        }

        public static int Run(IReadOnlyList<string> paths, long maxBytes, FailOn failOn, TextWriter output, TextWriter errors)
        {
            List<string> files = ArticleFiles.Expand(paths, errors).ConvertAll(f => f.Path);
            if (files.Count == 0)
            {
                errors.WriteLine("corpus: no article files found");
                return 1;
            }

            int warnings = 0, failures = 0;
            var problems = new List<(string File, int Line, int Column, DiagnosticKind Kind, string Message)>();
            var nameRequests = new List<ArticleNameRequest>();
            foreach (string file in files)
            {
                nameRequests.Add(new ArticleNameRequest(file, null));
                string text;
                System.Text.Encoding encoding;
                try
                {
                    text = ArticleFiles.Read(file, out encoding);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    problems.Add((file, 1, 1, DiagnosticCatalog.Unreadable, DiagnosticCatalog.Unreadable.Format(e.Message)));
                    continue;
                }

                var lines = new LineMap(text);
                foreach (ArticleFinding finding in ArticleAnalysis.Analyze(text, Path.GetFileName(file), maxBytes, encoding).Findings)
                {
                    (int line, int column) = lines.Locate(finding.Span.Start);
                    problems.Add((file, line, column, DiagnosticCatalog.Get(finding.Id), finding.Message));
                }
            }

            // The generator names classes across the whole corpus; a clash is an error there too.
            foreach (ArticleName name in ArticleNaming.Assign(nameRequests))
            {
                if (name.ClashesWith != null)
                {
                    problems.Add((name.Path, 1, 1, DiagnosticCatalog.ArticleNameClash, DiagnosticCatalog.ArticleNameClash.Format(name.Path, name.ClashesWith, name.WantedName!)));
                }
            }

            problems.Sort((a, b) => a.File != b.File ? string.CompareOrdinal(a.File, b.File) : a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
            foreach (var problem in problems)
            {
                if (problem.Kind.Level == DiagnosticLevel.Info) continue;
                string severity = problem.Kind.Level == DiagnosticLevel.Error ? "error" : "warning";
                output.WriteLine($"{problem.File}({problem.Line},{problem.Column}): {severity} {problem.Kind.Id}: {problem.Message}");
                if (problem.Kind.Level == DiagnosticLevel.Error) failures++;
                else warnings++;
            }

            output.WriteLine($"{files.Count} article(s) checked: {failures} error(s), {warnings} warning(s)");
            bool failed = failOn switch
            {
                FailOn.Warning => failures + warnings > 0,
                FailOn.Error => failures > 0,
                _ => false,
            };
            return failed ? 1 : 0;
        }
    }
}
