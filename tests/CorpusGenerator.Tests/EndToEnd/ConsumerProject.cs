using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using CorpusGenerator.Tests.Infrastructure;

namespace CorpusGenerator.Tests.EndToEnd
{
    /// <summary>One diagnostic line of <c>dotnet build</c> output: <c>path(line,col): warning ID: message</c>.</summary>
    internal sealed record BuildDiagnostic(string Path, int Line, int Column, string Severity, string Id, string Message);

    /// <summary>
    /// A throwaway consumer project in a temporary folder that uses the repository's generator the way
    /// the sample does (build/ props and targets, the generator as an analyzer, the runtime as a
    /// reference), so a test can write article files, run <c>dotnet build</c> and read what it prints.
    /// </summary>
    internal sealed class ConsumerProject : IDisposable
    {
        private static readonly Regex DiagnosticLine = new(
            @"^\s*(?<path>.+?)\((?<line>\d+),(?<col>\d+)(?:,\d+,\d+)?\): (?<severity>warning|error|info) (?<id>[A-Z]+[0-9]+): (?<message>.*?)(?: \[[^\]]*\])?$",
            RegexOptions.Compiled);

        public ConsumerProject(string projectXmlBody)
        {
            Root = Path.Combine(Path.GetTempPath(), "corpus-e2e-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Root);

            // Stop MSBuild's search for Directory.Build.* and NuGet's for nuget.config at this folder,
            // so whatever sits above /tmp cannot change the build; restore uses the repository's sources,
            // and finds every package in the machine's cache after the repository's own restore.
            File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />");
            File.Copy(Path.Combine(RepositoryPaths.Root, "nuget.config"), Path.Combine(Root, "nuget.config"));
            if (File.Exists(Path.Combine(RepositoryPaths.Root, "global.json"))) File.Copy(Path.Combine(RepositoryPaths.Root, "global.json"), Path.Combine(Root, "global.json"));

            string repo = RepositoryPaths.Root.Replace('\\', '/');
            File.WriteAllText(Path.Combine(Root, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="{repo}/build/CorpusGenerator.props" />
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <OutputType>Library</OutputType>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>disable</ImplicitUsings>
                    <GenerateDocumentationFile>true</GenerateDocumentationFile>
                  </PropertyGroup>
                {projectXmlBody}
                  <ItemGroup>
                    <ProjectReference Include="{repo}/src/CorpusGenerator/CorpusGenerator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                    <ProjectReference Include="{repo}/src/CorpusGenerator.Runtime/CorpusGenerator.Runtime.csproj" />
                  </ItemGroup>
                  <Import Project="{repo}/build/CorpusGenerator.targets" />
                </Project>
                """);
        }

        /// <summary>The project folder.</summary>
        public string Root { get; }

        /// <summary>Writes a file under the project folder, creating its folders.</summary>
        public string Write(string relativePath, byte[] bytes)
        {
            string path = Path.Combine(Root, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
            return path;
        }

        public string Write(string relativePath, string text) => Write(relativePath, new UTF8Encoding(false).GetBytes(text));

        /// <summary>Runs <c>dotnet build</c> and returns its exit code, output and the diagnostics it printed (once each).</summary>
        public (int ExitCode, string Output, IReadOnlyList<BuildDiagnostic> Diagnostics) Build()
        {
            // The SDK that runs the tests tells its children where its host is; a bare "dotnet" is the fallback.
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                WorkingDirectory = Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };

            // No build servers: nothing outlives the test, and the compiler loads the generator just built.
            // No vulnerability audit: it is the one part of restore that wants the network.
            foreach (string arg in new[] { "build", "Consumer.csproj", "-nologo", "-clp:NoSummary", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-p:NuGetAudit=false", "--disable-build-servers" })
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(300_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("dotnet build took over 5 minutes:\n" + output);
            }

            output += error.Result;
            var diagnostics = output.Split('\n')
                .Select(line => DiagnosticLine.Match(line.TrimEnd('\r')))
                .Where(match => match.Success)
                .Select(m => new BuildDiagnostic(
                    Path.GetFullPath(m.Groups["path"].Value),
                    int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                    int.Parse(m.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture),
                    m.Groups["severity"].Value,
                    m.Groups["id"].Value,
                    m.Groups["message"].Value))
                .Distinct()
                .ToList();
            return (process.ExitCode, output, diagnostics);
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a dying process: the temp folder is cleaned by the system.
            }
        }
    }
}
