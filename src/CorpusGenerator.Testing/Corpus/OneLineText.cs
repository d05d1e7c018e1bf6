using System.Globalization;
using System.Text;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// Keeps a value on one line of the corpus snapshot: a quote that spans a paragraph break must
    /// still be one line, or a changed word would move every line after it in a diff. Line breaks,
    /// tabs and other control characters become C#-style escapes; a backslash is doubled so that an
    /// escape in the snapshot always means the article held that character.
    /// </summary>
    internal static class OneLineText
    {
        public static string Escape(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var character in text)
            {
                switch (character)
                {
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (char.IsControl(character) || character is '\u2028' or '\u2029')
                        {
                            builder.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(character);
                        }

                        break;
                }
            }

            return builder.ToString();
        }
    }
}
