using System.Runtime.CompilerServices;

namespace CorpusGenerator
{
    /// <summary>
    /// How the hottest methods ask the JIT for optimized code at once. .NET first compiles each
    /// method unoptimized (tier 0), then with profiling probes, and optimizes it only after
    /// many calls and a delay that restarts whenever new code is compiled, so code that runs
    /// once over thousands of articles in a fresh process spends most of that run in the slow
    /// tiers. The runtime library's reader (BBC app's first enumeration 188-194 ms without,
    /// 168-173 ms with) and, in the generator, the engine's small methods that run per
    /// character, token or word lookup, the checks that read each article's text once, and the
    /// literal escaping: with them the BBC app's whole <c>csc</c> command took 0.3-0.5 s less
    /// (medians of seven and eight alternating runs), for about 10% less warm extraction
    /// (BenchmarkDotNet, two alternating runs each: 30.4-30.6 MB/s without, 27.4-27.7 with),
    /// since such methods never get the profile-guided tier. A build in a fresh compiler (CI,
    /// the first build of a compiler server) gains 0.3-0.5 s; a warm full run (each build of a
    /// running compiler server) loses 12-46 ms (316-317 ms without, 329-363 ms with); an edit
    /// in the IDE re-runs one article, a cost the change does not measurably move. The engine's
    /// larger methods are left to the tiers: adding them gained nothing more cold and cost
    /// about 11% more warm; on all 264 engine methods the whole command moved by less than its
    /// spread (docs/performance.md). One file, compiled into the runtime library and, with the
    /// line map and the packed table that use it, into the generator.
    /// </summary>
    internal static class JitHints
    {
        /// <summary>
        /// <c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name; the
        /// .NET runtime honours the value, and runtimes that do not know it ignore it.
        /// </summary>
        public const MethodImplOptions OptimizeAtOnce = (MethodImplOptions)512;

        /// <summary>
        /// For one-line tests asked per character or per word lookup whose every caller is
        /// <see cref="OptimizeAtOnce"/>: the JIT does not inline a method marked with that, so
        /// each such test had been a call of its own (3% of extraction for the quotation marks'
        /// test alone). Inlined, they come optimized with their caller, warm or cold.
        /// </summary>
        public const MethodImplOptions InlineIntoOptimizedCaller = MethodImplOptions.AggressiveInlining;
    }
}
