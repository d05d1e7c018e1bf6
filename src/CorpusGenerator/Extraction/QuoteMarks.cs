namespace CorpusGenerator.Extraction
{
    /// <summary>The quotation mark characters the engine knows, straight and typographic.</summary>
    internal static class QuoteMarks
    {
        public static bool IsDouble(char c) =>
            c == '"' || c == '“' || c == '”' || c == '„' || c == '‟' || c == '«' || c == '»' || c == '″';

        public static bool IsSingle(char c) => c == '\'' || c == '‘' || c == '’' || c == '‚' || c == '‛' || c == '‹' || c == '›';

        /// <summary>
        /// Whether <paramref name="c"/> may be a double or single mark: of ASCII, only <c>"</c> and
        /// <c>'</c> are, so the scanners skip the rest with two comparisons.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.InlineIntoOptimizedCaller)]
        public static bool MayBeMark(char c) => c < 0x80 ? c == '"' || c == '\'' : IsDouble(c) || IsSingle(c);

        /// <summary>Glyphs that can only open (whatever their surroundings suggest).</summary>
        public static bool IsOpeningGlyph(char c) => c == '“' || c == '„' || c == '«' || c == '‟';

        /// <summary>Glyphs that can only close.</summary>
        public static bool IsClosingGlyph(char c) => c == '”' || c == '»';
    }
}
