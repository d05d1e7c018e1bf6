using System.Runtime.CompilerServices;

namespace CorpusGenerator
{
    /// <summary>
    /// How the runtime library's hottest methods ask the JIT for optimized code at once. An app
    /// reads its articles once, cold: .NET first compiles each method unoptimized (tier 0) and
    /// optimizes it only after many calls and a delay, so the reader building thousands of articles
    /// would spend most of the first enumeration in that slow code (BBC app: 188-194 ms without,
    /// 168-173 ms with). Not used in the extraction engine: there it made cold compiler runs
    /// cheaper (a cold `corpus check` over the BBC corpus 1.10-1.29 s CPU without, 0.86-0.95 s
    /// with) but warm ones 8% slower, since such methods never get the profile-guided tier, and
    /// the IDE runs the generator warm. One file, compiled into the runtime library and, with the
    /// line map and the packed table that use it, into the generator.
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
