using System.Globalization;
using System.Text;

namespace CorpusGenerator.Emit
{
    /// <summary>
    /// The one way article text reaches generated C#. Text from articles is data, never code:
    /// literals are written in printable ASCII with every other character escaped, and doc comment
    /// text has no character that could end the comment line or the XML element it stands in.
    /// </summary>
    internal static class CSharpText
    {
        /// <summary>Longest text a doc comment shows before it is cut with an ellipsis.</summary>
        public const int DocTextLength = 160;

        /// <summary>
        /// A regular string literal's body (without the quotes). Only printable ASCII is written as
        /// is, so no line break, bidi control or look-alike character ever reaches the source.
        /// </summary>
        public static string EscapeLiteralBody(string text) => EscapeLiteralBody(text, forUtf8: false);

        /// <summary>A regular string literal, quotes included.</summary>
        public static string StringLiteral(string text) => "\"" + EscapeLiteralBody(text, forUtf8: false) + "\"";

        /// <summary>
        /// The body of a string literal given as an attribute argument, which the compiler stores in
        /// metadata as UTF-8. UTF-8 cannot carry an unpaired surrogate, so each becomes U+FFFD, one
        /// code unit for one, and the string read back has the length the generator counted. Every
        /// escape has a fixed length, so bodies written one by one can be joined into one literal.
        /// </summary>
        public static string AttributeStringBody(string text) => EscapeLiteralBody(text, forUtf8: true);

        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        private static string EscapeLiteralBody(string text, bool forUtf8)
        {
            var builder = new StringBuilder(text.Length + 16);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    case '\0': builder.Append("\\0"); break;
                    default:
                        if (c >= ' ' && c < '\u007F')
                        {
                            builder.Append(c);
                        }
                        else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        {
                            builder.Append("\\U").Append(char.ConvertToUtf32(c, text[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
                            i++;
                        }
                        else if (forUtf8 && char.IsSurrogate(c))
                        {
                            builder.Append("\\uFFFD");
                        }
                        else
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }

                        break;
                }
            }

            return builder.ToString();
        }

        /// <summary>
        /// Text for a <c>///</c> comment: one line, XML-escaped, cut at <paramref name="maxLength"/>.
        /// Line breaks of every kind the compiler knows become spaces (a U+2028 would otherwise end the
        /// comment and turn the rest into code); characters XML forbids, and bidi controls that could
        /// make the comment read differently from what it is, become U+FFFD.
        /// </summary>
        public static string DocText(string text, int maxLength = DocTextLength)
        {
            var builder = new StringBuilder(System.Math.Min(text.Length, maxLength) + 8);
            int kept = 0;
            bool lastWasSpace = false;
            for (int i = 0; i < text.Length; i++)
            {
                if (kept >= maxLength)
                {
                    builder.Append('\u2026');
                    break;
                }

                char c = text[i];
                if (IsLineBreak(c) || c == '\t' || c == ' ')
                {
                    if (!lastWasSpace && kept > 0) builder.Append(' ');
                    lastWasSpace = true;
                    continue;
                }

                lastWasSpace = false;
                kept++;
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[i + 1]);
                    i++;
                    continue;
                }

                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    default: builder.Append(IsUnsafeInComment(c) ? '\uFFFD' : c); break;
                }
            }

            return builder.ToString().TrimEnd(' ');
        }

        private static bool IsLineBreak(char c) => c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\f' || c == '\v';

        private static bool IsUnsafeInComment(char c) =>
            c < ' ' || c == '\u007F' || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
            || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
