using System;
using System.CommandLine;
using System.Diagnostics;
using System.IO;

namespace CorpusGenerator.Cli
{
    /// <summary>
    /// <c>corpus evaluate GOLD_DIR [--kinds direct,mixed] [--score PATH]</c>: extracts a gold
    /// folder and scores it with the corpus's own score.py, so the figures are the official ones.
    /// </summary>
    internal static class EvaluateCommand
    {
        private const string ScoreScriptFromRoot = "../shared/corpus/score.py";

        public static Command Create()
        {
            var gold = new Argument<string>("gold-dir") { Description = "Folder of NAME.txt and NAME.gold.json files" };
            var kinds = new Option<string?>("--kinds") { Description = "Score only these kinds, comma-separated (direct,mixed,indirect)" };
            var score = new Option<string?>("--score") { Description = "Path of score.py (default: ../shared/corpus/score.py from the repository root)" };
            var command = new Command("evaluate", "Score the extractor against a gold folder with score.py") { gold, kinds, score };
            command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(kinds), parse.GetValue(score)));
            return command;
        }

        private static int Run(string goldDir, string? kinds, string? scorePath)
        {
            if (!Directory.Exists(goldDir))
            {
                Console.Error.WriteLine("corpus: no such folder: " + goldDir);
                return 1;
            }

            string? script = scorePath ?? FindScoreScript();
            if (script is null || !File.Exists(script))
            {
                Console.Error.WriteLine("corpus: score.py not found" + (script is null ? string.Empty : " at " + script) +
                                        "; pass --score PATH (it lives in ../shared/corpus/ beside the repository)");
                return 1;
            }

            string output = Path.Combine(Path.GetTempPath(), "corpus-evaluate-" + Guid.NewGuid().ToString("N") + ".json");
            try
            {
                using (FileStream stream = File.Create(output))
                {
                    int rc = ExtractCommand.Run(new[] { goldDir }, json: true, stream, Console.Error);
                    if (rc != 0) return rc;
                }

                var start = new ProcessStartInfo("python3") { UseShellExecute = false };
                start.ArgumentList.Add(script);
                start.ArgumentList.Add(goldDir);
                start.ArgumentList.Add(output);
                if (!string.IsNullOrEmpty(kinds))
                {
                    start.ArgumentList.Add("--kinds");
                    start.ArgumentList.Add(kinds);
                }

                using Process? python = Process.Start(start);
                if (python is null)
                {
                    Console.Error.WriteLine("corpus: cannot start python3");
                    return 1;
                }

                python.WaitForExit();
                return python.ExitCode;
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                Console.Error.WriteLine("corpus: cannot start python3: " + e.Message);
                return 1;
            }
            finally
            {
                File.Delete(output);
            }
        }

        /// <summary>Looks for ../shared/corpus/score.py above the current folder and the tool's folder.</summary>
        private static string? FindScoreScript()
        {
            foreach (string origin in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (DirectoryInfo? dir = new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
                {
                    string candidate = Path.GetFullPath(Path.Combine(dir.FullName, ScoreScriptFromRoot));
                    if (File.Exists(candidate)) return candidate;
                    string inside = Path.Combine(dir.FullName, "shared", "corpus", "score.py");
                    if (File.Exists(inside)) return inside;
                }
            }

            return null;
        }
    }
}
