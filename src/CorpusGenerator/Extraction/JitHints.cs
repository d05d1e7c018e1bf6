using System.Runtime.CompilerServices;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// How the engine's hottest methods ask the JIT for optimized code at once. The generator runs
    /// inside the compiler, a fresh process on every command-line build, where .NET first compiles
    /// each method unoptimized (tier 0) and optimizes it only after many calls and a delay; the
    /// engine's loops spend most of a build in that slow code (a cold run over the BBC corpus took
    /// twice as long with tiering on as with it off).
    /// </summary>
    internal static class JitHints
    {
        /// <summary>
        /// <c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name; the
        /// .NET runtime honours the value, and runtimes that do not know it ignore it.
        /// </summary>
        public const MethodImplOptions OptimizeAtOnce = (MethodImplOptions)512;
    }
}
