using System.Runtime.CompilerServices;

namespace CorpusGenerator
{
    /// <summary>
    /// How the hottest methods ask the JIT for optimized code at once. Both ends run cold: the
    /// generator inside the compiler, a fresh process on every command-line build, and the runtime
    /// library when an app first reads its articles. .NET first compiles each method unoptimized
    /// (tier 0) and optimizes it only after many calls and a delay, so the engine's loops, and the
    /// reader building thousands of articles, would spend most of their time in that slow code (a
    /// cold run over the BBC corpus took twice as long with tiering on as with it off). One file,
    /// compiled into the generator and the runtime library.
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
