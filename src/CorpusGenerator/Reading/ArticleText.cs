using System.Collections.Generic;
using System.Text;
using CorpusGenerator.Diagnostics;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Reading
{
    /// <summary>An article's text made safe to compile, and what was wrong with it.</summary>
    /// <param name="Text">The text to extract from, or null when the file is no article text at all.</param>
    /// <param name="Problems">Problems found (not text, empty, characters replaced).</param>
    public sealed record CheckedText(string? Text, EquatableArray<ArticleProblem> Problems);

    /// <summary>
    /// The checks every article's text passes before extraction, in the generator and the command-line
    /// tool alike: binary files are refused, unpaired surrogates (which UTF-8 cannot carry, so the
    /// compiled text could not round-trip) are replaced by U+FFFD, a stray NUL is reported but kept,
    /// and an empty article is reported.
    /// </summary>
    public static class ArticleText
    {
        /// <summary>How much of a file is sampled to tell text from binary data, as git does.</summary>
        private const int BinarySampleLength = 8000;

        /// <summary>Checks <paramref name="text"/>, the file's content as decoded.</summary>
        /// <param name="text">The decoded content.</param>
        /// <param name="fileName">The file's name, for messages.</param>
        public static CheckedText Check(string text, string fileName)
        {
            var problems = new List<ArticleProblem>();
            if (LooksBinary(text))
            {
                problems.Add(new ArticleProblem(DiagnosticIds.Unreadable, new TextRange(0, 0), "it holds binary data (NUL or control characters), not text"));
                return new CheckedText(null, new EquatableArray<ArticleProblem>(problems.ToArray()));
            }

            string safe = ReplaceUnpairedSurrogates(text, out int replaced, out int firstReplaced);
            int nuls = CountNuls(text, out int firstNul);
            if (replaced + nuls > 0)
            {
                // Located at the first bad character, so the editor shows where the damage starts.
                int first = firstReplaced < 0 ? firstNul : firstNul < 0 ? firstReplaced : System.Math.Min(firstNul, firstReplaced);
                problems.Add(new ArticleProblem(DiagnosticIds.InvalidCharacters, new TextRange(first, first + 1), (replaced + nuls).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            if (IsBlank(safe))
            {
                problems.Add(new ArticleProblem(DiagnosticIds.EmptyArticle, new TextRange(0, 0), fileName));
            }

            return new CheckedText(safe, new EquatableArray<ArticleProblem>(problems.ToArray()));
        }

        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        private static bool LooksBinary(string text)
        {
            int sample = text.Length < BinarySampleLength ? text.Length : BinarySampleLength;
            int control = 0;
            for (int i = 0; i < sample; i++)
            {
                char c = text[i];
                if (c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') control++;
            }

            // A few stray control characters are damage in a text; a tenth of the sample is a binary file.
            return sample > 0 && control * 10 > sample;
        }

        /// <summary>NUL is kept (it round-trips through UTF-8) but reported: in a news article it is damage.</summary>
        private static int CountNuls(string text, out int first)
        {
            first = text.IndexOf('\0');
            if (first < 0) return 0;
            int count = 0;
            for (int i = first; i < text.Length; i++)
            {
                if (text[i] == '\0') count++;
            }

            return count;
        }

        private static bool IsBlank(string text)
        {
            foreach (char c in text)
            {
                if (!char.IsWhiteSpace(c)) return false;
            }

            return true;
        }

        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        private static string ReplaceUnpairedSurrogates(string text, out int replaced, out int first)
        {
            replaced = 0;
            first = -1;
            StringBuilder? builder = null;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder?.Append(c).Append(text[i + 1]);
                    i++;
                    continue;
                }

                if (!char.IsSurrogate(c))
                {
                    builder?.Append(c);
                    continue;
                }

                if (builder is null)
                {
                    builder = new StringBuilder(text.Length);
                    builder.Append(text, 0, i);
                    first = i;
                }

                // One code unit for one: every offset after it stays where it was.
                builder.Append('\uFFFD');
                replaced++;
            }

            return builder?.ToString() ?? text;
        }
    }
}
