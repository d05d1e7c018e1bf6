using System.Diagnostics;
using System.Text;

namespace CorpusGenerator.Testing.Tests.EndToEnd
{
    /// <summary>What a command printed and how it ended.</summary>
    internal sealed record CommandResult(string CommandLine, int ExitCode, string Output)
    {
        public bool Succeeded => ExitCode == 0;

        public override string ToString() => "$ " + CommandLine + " (exit " + ExitCode + ")" + Environment.NewLine + Output;

        /// <summary>Fails the test with everything printed when the command did not succeed.</summary>
        public CommandResult EnsureSuccess()
        {
            Assert.True(Succeeded, ToString());
            return this;
        }
    }

    /// <summary>
    /// Runs the <c>dotnet</c> that runs these tests, as a user would in a terminal, with an
    /// environment set explicitly: these tests run under <c>CI=true</c> on the build server and
    /// without it on a laptop, and a child that inherited either would mean something else.
    /// </summary>
    internal static class DotnetProcess
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

        /// <summary>Variables the snapshot harness reads: always set by the caller, never inherited.</summary>
        private static readonly string[] SnapshotVariables =
        {
            SnapshotEnvironment.ContinuousIntegrationVariable,
            SnapshotEnvironment.AcceptVariable,
            SnapshotEnvironment.DiffToolDisabledVariable,
        };

        private static string Executable =>
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

        /// <param name="workingDirectory">Where the command runs.</param>
        /// <param name="variables">Variables to set on top of the isolated environment; a null value removes one.</param>
        /// <param name="arguments">The arguments after <c>dotnet</c>.</param>
        public static CommandResult Run(string workingDirectory, IReadOnlyDictionary<string, string?> variables, params string[] arguments)
        {
            var start = new ProcessStartInfo(Executable)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            Isolate(start.Environment);
            foreach (var (name, value) in variables)
            {
                if (value is null) start.Environment.Remove(name);
                else start.Environment[name] = value;
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
        /// The test host runs under an MSBuild that set variables for itself; a user's terminal has
        /// none. The snapshot variables are removed (callers set what they mean), no diff tool may
        /// open, and node reuse is off so that no build process outlives the tests.
        /// </summary>
        private static void Isolate(IDictionary<string, string?> environment)
        {
            foreach (var name in environment.Keys.ToList())
            {
                if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                {
                    environment.Remove(name);
                }
            }

            foreach (var name in SnapshotVariables) environment.Remove(name);
            environment[SnapshotEnvironment.DiffToolDisabledVariable] = "true";
            environment["MSBUILDDISABLENODEREUSE"] = "1";
            environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            environment["DOTNET_NOLOGO"] = "1";
            environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        }
    }
}
