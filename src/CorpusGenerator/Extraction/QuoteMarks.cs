namespace CorpusGenerator.Extraction
{
    /// <summary>The quotation mark characters the engine knows, straight and typographic.</summary>
    internal static class QuoteMarks
    {
        public static bool IsDouble(char c) =>
            c == '"' || c == '“' || c == '”' || c == '„' || c == '‟' || c == '«' || c == '»' || c == '″';

        public static bool IsSingle(char c) => c == '\'' || c == '‘' || c == '’' || c == '‚' || c == '‛' || c == '‹' || c == '›';

        /// <summary>Glyphs that can only open (whatever their surroundings suggest).</summary>
        public static bool IsOpeningGlyph(char c) => c == '“' || c == '„' || c == '«' || c == '‟';

        /// <summary>Glyphs that can only close.</summary>
        public static bool IsClosingGlyph(char c) => c == '”' || c == '»';
    }
}
