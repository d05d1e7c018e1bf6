using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// Splits a stretch of text into words, numbers, punctuation and whole quotations. Words keep
    /// their inner apostrophes and hyphens (<c>don’t</c>, <c>al-Kadhimi</c>) and initialisms their
    /// periods (<c>U.S.</c>). One pass, no lookbehind beyond a character.
    /// </summary>
    internal static class Tokenizer
    {
        public static List<Token> Tokenize(string text, int start, int end, IReadOnlyList<QuoteRegion> regions, ref int regionCursor)
        {
            var tokens = new List<Token>();
            while (regionCursor < regions.Count && regions[regionCursor].Start < start) regionCursor++;
            int i = start;
            while (i < end)
            {
                char c = text[i];
                while (regionCursor < regions.Count && regions[regionCursor].Start < i) regionCursor++; // began inside a word
                if (regionCursor < regions.Count && regions[regionCursor].Start == i)
                {
                    QuoteRegion region = regions[regionCursor];
                    int inner = region.Start + region.OpenLength;
                    int innerEnd = region.End - region.CloseLength;
                    if (innerEnd < inner) innerEnd = inner;
                    tokens.Add(new Token(TokenKind.Quote, region.Start, region.End, text.Substring(inner, innerEnd - inner), regionCursor));
                    i = region.End;
                    regionCursor++;
                    continue;
                }

                if (char.IsWhiteSpace(c) || c == '\0' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
                {
                    i++;
                }
                else if (char.IsLetter(c))
                {
                    int s = i;
                    i = ScanWord(text, i, end);
                    tokens.Add(new Token(TokenKind.Word, s, i, text.Substring(s, i - s), -1));
                }
                else if (char.IsDigit(c))
                {
                    int s = i;
                    i++;
                    while (i < end && (char.IsLetterOrDigit(text[i]) || ((text[i] == ',' || text[i] == '.' || text[i] == ':' || text[i] == '/') && i + 1 < end && char.IsDigit(text[i + 1])))) i++;
                    tokens.Add(new Token(TokenKind.Number, s, i, text.Substring(s, i - s), -1));
                }
                else
                {
                    int s = i;
                    i += char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                    tokens.Add(new Token(TokenKind.Punct, s, i, text.Substring(s, i - s), -1));
                }
            }

            return tokens;
        }

        private static int ScanWord(string text, int i, int end)
        {
            int s = i;
            i++;
            bool initialism = false;
            while (i < end)
            {
                char c = text[i];
                if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
                {
                    i++;
                }
                else if ((c == '\'' || c == '’' || c == '-' || c == '‐') && i + 1 < end && char.IsLetter(text[i + 1]))
                {
                    i++;
                }
                else if (c == '.' && i + 2 < end && char.IsLetter(text[i + 1]) && text[i + 2] == '.' && (i - s == 1 || initialism))
                {
                    // U.S. / N.L.: letters and periods alternate.
                    initialism = true;
                    i += 2;
                }
                else
                {
                    break;
                }
            }

            if (initialism && i < end && text[i] == '.') i++;
            return i;
        }
    }
}
