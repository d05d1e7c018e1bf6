using System;
using System.Collections.Generic;

namespace CorpusGenerator.Benchmarks.Builds
{
    /// <summary>The `dotnet build` commands the build benchmarks time, in one place so the docs can quote them.</summary>
    internal static class DotnetBuild
    {
        /// <summary>
        /// The first build of an app: restore, and build the generator and runtime projects it
        /// references. Not timed.
        /// </summary>
        public static ProcessResult Prepare(ConsumerApp app) =>
            ProcessRun.Run("dotnet", new[] { "build", app.ProjectFile, "-nodeReuse:false", "-p:UseSharedCompilation=false" }, app.Directory, timeout: TimeSpan.FromMinutes(15));

        /// <summary>
        /// A timed build: everything of the consumer compiled again (--no-incremental), but neither a
        /// restore nor the referenced projects (built by <see cref="Prepare"/>), so the time is the
        /// consumer's. Own csc process (UseSharedCompilation=false) and no MSBuild node reuse: every
        /// build starts cold and alike, with no server warmed or shared by another build on the machine.
        /// </summary>
        public static ProcessResult Measure(ConsumerApp app, bool probeCompilerMemory = false, TimeSpan? timeout = null) =>
            ProcessRun.Run("dotnet", MeasuredArguments(app), app.Directory, probeCompilerMemory, timeout ?? TimeSpan.FromMinutes(15));

        public static IReadOnlyList<string> MeasuredArguments(ConsumerApp app) => new[]
        {
            "build", app.ProjectFile, "--no-incremental", "--no-restore",
            "-p:BuildProjectReferences=false", "-p:UseSharedCompilation=false", "-nodeReuse:false",
        };

        /// <summary>Runs the built app once, a fresh process, so what it times is cold.</summary>
        public static ProcessResult RunApp(ConsumerApp app) =>
            ProcessRun.Run("dotnet", new[] { app.OutputAssembly }, app.Directory, timeout: TimeSpan.FromMinutes(5));
    }
}
