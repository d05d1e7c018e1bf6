using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace CorpusGenerator.Benchmarks.Builds
{
    /// <summary>
    /// The compiler command line a build ran for an app, as MSBuild logs it at normal verbosity,
    /// split into arguments so parts of it can be taken out and the rest run again on its own.
    /// </summary>
    /// <param name="Compiler">The compiler executable (the SDK's <c>csc</c>).</param>
    /// <param name="Arguments">Every argument after it, quoted as logged (csc reads the same quoting back from a response file).</param>
    internal sealed record CompilerCommand(string Compiler, IReadOnlyList<string> Arguments)
    {
        /// <summary>Runs a full build of <paramref name="app"/> (its own csc, as the benchmark does) and returns the csc command it logged.</summary>
        public static CompilerCommand Capture(ConsumerApp app, params string[] properties)
        {
            var arguments = DotnetBuild.MeasuredArguments(app).Concat(properties).Append("-v:n").ToArray();
            ProcessResult build = ProcessRun.Run("dotnet", arguments, app.Directory, timeout: TimeSpan.FromMinutes(15));
            if (build.ExitCode != 0) throw new InvalidOperationException("Building " + app.Name + " failed:\n" + build.Output);
            string? line = build.Output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("/csc ", StringComparison.Ordinal) && l.Contains(" /out:", StringComparison.Ordinal));
            if (line is null) throw new InvalidOperationException("The build of " + app.Name + " logged no csc command line.");
            List<string> tokens = Split(line);
            return new CompilerCommand(tokens[0], tokens.Skip(1).ToArray());
        }

        /// <summary>This command with the arguments <paramref name="drop"/> matches removed and <paramref name="add"/> appended.</summary>
        public CompilerCommand Without(Func<string, bool> drop, IEnumerable<string>? add = null) =>
            this with { Arguments = Arguments.Where(a => !drop(a)).Concat(add ?? Array.Empty<string>()).ToArray() };

        /// <summary>
        /// Writes the arguments to a response file, one per line, with the outputs sent to
        /// <paramref name="outputDirectory"/> (so the app's own build is untouched) and no copy of
        /// the generated files written; returns the arguments to run the compiler with.
        /// </summary>
        public IReadOnlyList<string> ResponseFileArguments(string responseFile, string outputDirectory)
        {
            var lines = new StringBuilder();
            foreach (string argument in Arguments)
            {
                if (argument == "/noconfig" || argument.StartsWith("/generatedfilesout:", StringComparison.Ordinal)) continue;
                string line = argument.StartsWith("/out:", StringComparison.Ordinal) ? "/out:" + Path.Combine(outputDirectory, "app.dll")
                    : argument.StartsWith("/refout:", StringComparison.Ordinal) ? "/refout:" + Path.Combine(outputDirectory, "ref", "app.dll")
                    : argument;
                lines.Append(line).Append('\n');
            }

            Directory.CreateDirectory(Path.Combine(outputDirectory, "ref"));
            File.WriteAllText(responseFile, lines.ToString());
            return new[] { "/noconfig", "@" + responseFile };
        }

        /// <summary>Splits at spaces outside double quotes, keeping the quotes (as in <c>/features:"a;b"</c>).</summary>
        private static List<string> Split(string line)
        {
            var tokens = new List<string>();
            var current = new StringBuilder();
            bool quoted = false;
            foreach (char c in line)
            {
                if (c == '"') quoted = !quoted;
                if (c == ' ' && !quoted)
                {
                    if (current.Length > 0) tokens.Add(current.ToString());
                    current.Clear();
                    continue;
                }

                current.Append(c);
            }

            if (current.Length > 0) tokens.Add(current.ToString());
            return tokens;
        }
    }
}
