using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// Snapshot tests of a generator run in Verify.SourceGenerators 2.x's layout:
    /// <c>{TestClass}.{TestMethod}#{hint name}.verified.cs</c> per generated source and
    /// <c>{TestClass}.{TestMethod}.verified.txt</c> when diagnostics were reported. Moving to the
    /// real package later is <c>return Verify(driver);</c> with no snapshot rewritten.
    /// </summary>
    public static class SourceGeneratorSnapshot
    {
        /// <summary>Verifies the driver's last run (<see cref="GeneratorDriver.GetRunResult"/>).</summary>
        /// <param name="driver">A driver after <c>RunGenerators</c>.</param>
        /// <param name="settings">Directory, naming, scrubbing and accepting; <see langword="null"/> for defaults.</param>
        /// <param name="sourceFile">Filled in by the compiler: the test's source file.</param>
        /// <param name="testMethod">Filled in by the compiler: the test method's name.</param>
        public static Task Verify(
            GeneratorDriver driver,
            SnapshotSettings? settings = null,
            [CallerFilePath] string sourceFile = "",
            [CallerMemberName] string testMethod = "")
        {
            if (driver is null)
            {
                throw new ArgumentNullException(nameof(driver));
            }

            return Verify(driver.GetRunResult(), settings, sourceFile, testMethod);
        }

        /// <summary>Verifies a generator run's sources and diagnostics; a generator exception is rethrown and nothing is written.</summary>
        /// <param name="runResult">The run to verify.</param>
        /// <param name="settings">Directory, naming, scrubbing and accepting; <see langword="null"/> for defaults.</param>
        /// <param name="sourceFile">Filled in by the compiler: the test's source file.</param>
        /// <param name="testMethod">Filled in by the compiler: the test method's name.</param>
        public static async Task Verify(
            GeneratorDriverRunResult runResult,
            SnapshotSettings? settings = null,
            [CallerFilePath] string sourceFile = "",
            [CallerMemberName] string testMethod = "")
        {
            var targets = GeneratorSnapshotTargets.From(runResult, settings?.IgnoredGeneratedSources ?? []);
            await Snapshot.Verify(targets, settings, sourceFile, testMethod).ConfigureAwait(false);
        }
    }
}
