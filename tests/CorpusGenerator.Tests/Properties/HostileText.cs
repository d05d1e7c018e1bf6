using CsCheck;

namespace CorpusGenerator.Tests.Properties
{
    /// <summary>
    /// Generators of article text built to break a code generator: every kind of quotation mark,
    /// raw-string and comment delimiters, preprocessor lines, braces, escapes, control characters,
    /// lone surrogates, Unicode line separators, bidi controls, XML markup, mixed line endings and,
    /// now and then, a line of 100 KB.
    /// </summary>
    internal static class HostileText
    {
        /// <summary>Fragments that mean something to C#, XML or the compiler's reading of a line.</summary>
        public static readonly string[] Fragments =
        {
            "\"", "\"\"\"", "\"\"\"\"", "'", "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u201E", "\u2039", "\u203A", "\u300C", "\u300D",
            "*/", "/*", "//", "///", "#if DEBUG", "#endif", "\n#if false\n", "\n#error boom\n", "\n#define X\n", "\n#nullable disable\n", "#pragma warning disable\n", "#line 1 \"x\"\n", "#region\n",
            "{", "}", "{{", "}}", "{0}", "$\"", "@\"", "u8", "\\", "\\u0041", "\\U0001F600", "\\\"", "\\n", "\\0",
            "\0", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D\uDE00", "\uFEFF", "\uFFFE", "\uFFFF", "\uFFFD", "\u007F", "\u0001", "\u001B", "\t", "\f", "\v",
            "\u2028", "\u2029", "\u0085", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C", "\u200B", "\u00AD",
            "<", ">", "&", "&amp;", "&#0;", "<summary>", "</summary>", "<![CDATA[", "]]>", "<!--", "-->", "<see cref=\"System.Object\"/>", "<c>",
            "\"; } class Evil { //", "\"u8; } public static class Evil { } //", "\u2028 class Evil {}", "\n} class Evil { static void M() { } }\n", "*/ class Evil { } /*",
            "\"We will build it,\" said Jane Doe, the mayor.", "\u201CNo comment,\u201D he said.", "\u201CUnclosed, said Smith.", "\"Never closed", "according to officials",
            "WASHINGTON (AP) \u2014 ", "Mr. O'Brien", "Jean-Luc Picard", "Nguy\u1EC5n V\u0103n A", "\u041F\u0443\u0442\u0438\u043D", "\u0645\u062D\u0645\u062F", "\u4E60\u8FD1\u5E73",
        };

        private static readonly Gen<string> Word = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:-"], 1, 14];

        private static readonly Gen<string> LineBreak = Gen.OneOf("\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r", "\n\r");

        /// <summary>Any single UTF-16 code unit, lone surrogates and control characters included.</summary>
        private static readonly Gen<string> AnyCodeUnit = Gen.Int[0, 0xFFFF].Select(i => ((char)i).ToString());

        /// <summary>Any Unicode scalar beyond ASCII, as one or two code units.</summary>
        private static readonly Gen<string> AnyScalar = Gen.Int[0x80, 0x10FFFF].Where(i => i < 0xD800 || i > 0xDFFF).Select(char.ConvertFromUtf32);

        private static readonly Gen<string> Piece = Gen.Frequency(
            (6, (IGen<string>)Gen.OneOf(Fragments)),
            (5, Word),
            (2, LineBreak),
            (1, AnyCodeUnit),
            (1, AnyScalar));

        /// <summary>An article: mostly up to 80 pieces; one in 40 carries a line of about 100 KB.</summary>
        public static readonly Gen<string> Article = Gen.Frequency(
            (39, Piece.Array[0, 80].Select(string.Concat)),
            (1, Gen.Select(Piece.Array[1, 6], Gen.Int[100_000, 110_000], Piece.Array[0, 10], (line, length, rest) => Repeat(string.Concat(line), length) + string.Concat(rest))));

        /// <summary><paramref name="unit"/> repeated to <paramref name="length"/> code units, with no line break.</summary>
        private static string Repeat(string unit, int length)
        {
            unit = unit.Replace("\r", " ").Replace("\n", " ").Replace("\u2028", " ").Replace("\u2029", " ").Replace("\u0085", " ");
            if (unit.Length == 0) unit = "x";
            var builder = new System.Text.StringBuilder(length + unit.Length);
            while (builder.Length < length) builder.Append(unit);
            return builder.ToString();
        }
    }
}
