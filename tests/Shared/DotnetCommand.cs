using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace CorpusGenerator.TestInfrastructure
{
    /// <summary>What a command printed and how it ended.</summary>
    internal sealed record CommandResult(string CommandLine, int ExitCode, string Output)
    {
        public bool Succeeded => ExitCode == 0;

        public override string ToString() => "$ " + CommandLine + " (exit " + ExitCode + ")" + Environment.NewLine + Output;

        /// <summary>Fails the test with everything printed when the command did not succeed.</summary>
        public CommandResult EnsureSuccess()
        {
            Assert.True(ExitCode == 0, ToString());
            return this;
        }
    }

    /// <summary>
    /// Runs the same <c>dotnet</c> that runs the tests, as a user would from a terminal. One source
    /// file (tests/Shared), compiled into each test project that builds real consumer projects.
    /// </summary>
    internal static class DotnetCommand
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

        public static string Executable =>
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

        /// <summary>The dotnet executable's real path (through symbolic links), for DOTNET_ROOT.</summary>
        public static string ResolvedExecutable
        {
            get
            {
                string path = Executable;
                if (!Path.IsPathRooted(path))
                {
                    path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
                        .Select(dir => Path.Combine(dir, path))
                        .FirstOrDefault(File.Exists) ?? path;
                }

                return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
            }
        }

        /// <param name="workingDirectory">Where the command runs.</param>
        /// <param name="environment">Variables to set on top of the isolated environment; a null value removes one.</param>
        /// <param name="arguments">The arguments after <c>dotnet</c>.</param>
        public static CommandResult Run(string workingDirectory, IEnumerable<KeyValuePair<string, string?>>? environment, params string[] arguments)
        {
            var start = new ProcessStartInfo(Executable)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments) start.ArgumentList.Add(argument);
            Isolate(start.Environment);
            if (environment != null)
            {
                foreach (var pair in environment)
                {
                    if (pair.Value is null) start.Environment.Remove(pair.Key);
                    else start.Environment[pair.Key] = pair.Value;
                }
            }

            var output = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("dotnet " + string.Join(' ', arguments) + " ran over " + Timeout + ":" + Environment.NewLine + output);
            }

            process.WaitForExit();
            lock (output) return new CommandResult("dotnet " + string.Join(' ', arguments), process.ExitCode, output.ToString());
        }

        /// <summary>
        /// The test host runs under an MSBuild that set variables for itself (MSBuildSDKsPath,
        /// MSBuildExtensionsPath...); a user's terminal has none, and an inner build should not
        /// inherit the outer one's. Node reuse is off so no build process outlives the tests.
        /// </summary>
        private static void Isolate(IDictionary<string, string?> environment)
        {
            foreach (string name in environment.Keys.ToList())
            {
                if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                {
                    environment.Remove(name);
                }
            }

            environment["MSBUILDDISABLENODEREUSE"] = "1";
            environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            environment["DOTNET_NOLOGO"] = "1";
            environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        }
    }
}
