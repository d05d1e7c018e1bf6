using System.Runtime.CompilerServices;

namespace CorpusGenerator
{
    /// <summary>
    /// How the hottest methods ask the JIT for optimized code at once. .NET first compiles each
    /// method unoptimized (tier 0), then with profiling probes, and optimizes it only after many
    /// calls and a delay that restarts whenever new code is compiled, so code that runs once over
    /// thousands of articles in a fresh process spends most of that run in the slow tiers.
    /// The runtime library's reader (BBC app's first enumeration 188-194 ms without, 168-173 ms
    /// with) and, in the generator, the engine's methods that run per character, token or
    /// sentence (chosen by a sampled profile of the extraction) and the literal escaping: the BBC
    /// app's whole <c>csc</c> command took 0.36-0.40 s less (two rounds of eight alternating runs),
    /// for about 2% less throughput warm, where such methods miss the profile-guided tier (the IDE
    /// runs the generator warm, but re-runs one article per edit). On all 264 engine methods the
    /// same command moved by less than its spread (docs/performance.md). One file, compiled into the
    /// runtime library and, with the line map and the packed table that use it, into the generator.
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
