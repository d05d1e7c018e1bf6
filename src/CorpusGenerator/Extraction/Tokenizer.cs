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
        /// <summary>
        /// The tokens of [<paramref name="start"/>, <paramref name="end"/>), in a list of exactly their
        /// number. <paramref name="scratch"/>, reused from paragraph to paragraph, takes the growing, so
        /// that each paragraph's list is allocated once rather than doubled its way up from four.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        public static List<Token> Tokenize(string text, int start, int end, List<QuoteRegion> regions, ref int regionCursor, List<Token> scratch)
        {
            scratch.Clear();
            Scan(text, start, end, regions, ref regionCursor, scratch);
            return new List<Token>(scratch);
        }

        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        private static void Scan(string text, int start, int end, List<QuoteRegion> regions, ref int regionCursor, List<Token> tokens)
        {
            int regionCount = regions.Count;
            while (regionCursor < regionCount && regions[regionCursor].Start < start) regionCursor++;

            // The next quotation's start, kept at hand: asking the list at every space and token
            // cost more than reading the words.
            int nextRegion = regionCursor < regionCount ? regions[regionCursor].Start : int.MaxValue;
            int i = start;
            while (i < end)
            {
                char c = text[i];
                if (nextRegion <= i)
                {
                    while (regionCursor < regionCount && regions[regionCursor].Start < i) regionCursor++; // began inside a word
                    if (regionCursor < regionCount && regions[regionCursor].Start == i)
                    {
                        QuoteRegion region = regions[regionCursor];
                        int inner = region.Start + region.OpenLength;
                        int innerEnd = region.End - region.CloseLength;
                        if (innerEnd < inner) innerEnd = inner;
                        tokens.Add(new Token(TokenKind.Quote, region.Start, region.End, text.Substring(inner, innerEnd - inner), regionCursor));
                        i = region.End;
                        regionCursor++;
                        nextRegion = regionCursor < regionCount ? regions[regionCursor].Start : int.MaxValue;
                        continue;
                    }

                    nextRegion = regionCursor < regionCount ? regions[regionCursor].Start : int.MaxValue;
                }

                if (c == ' ')
                {
                    i++; // the commonest character first
                }
                else if (IsAsciiLetter(c))
                {
                    // Most words are ASCII letters up to a space or a comma: read them once, packing
                    // them for the common-word table as they go, and leave anything else (digits,
                    // inner apostrophes and hyphens, initialisms, other letters) to ScanWord's full
                    // rules from the word's start. Reading each word twice, once to find its end and
                    // again to look it up, had been the tokenizer's largest cost.
                    int s = i;
                    ulong key = CommonWordTexts.EmptyKey;
                    do
                    {
                        key = CommonWordTexts.Append(key, text[i]);
                        i++;
                    }
                    while (i < end && IsAsciiLetter(text[i]));

                    int letters = i;
                    if (i < end && text[i] != ' ' && text[i] != ',') i = ScanWord(text, s, end);

                    // Only a word of ASCII letters alone can be in the table, whose words are all such.
                    string? common = i == letters && i - s <= CommonWordTexts.LongestWord ? CommonWordTexts.Find(key) : null;
                    tokens.Add(new Token(TokenKind.Word, s, i, common ?? text.Substring(s, i - s), -1));
                }
                else if (char.IsWhiteSpace(c) || c == '\0' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
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
                    tokens.Add(new Token(TokenKind.Punct, s, i, i - s == 1 && c < OneCharTexts.Length ? OneCharTexts[c] : text.Substring(s, i - s), -1));
                }
            }
        }

        /// <summary>
        /// The text of each one-character ASCII token, made once: commas and periods are a good part
        /// of all tokens, and a new one-character string for each was pure allocation.
        /// </summary>
        private static readonly string[] OneCharTexts = MakeOneCharTexts();

        private static string[] MakeOneCharTexts()
        {
            var texts = new string[128];
            for (int c = 0; c < texts.Length; c++) texts[c] = ((char)c).ToString();
            return texts;
        }

        /// <summary>A-Z or a-z: a letter, and neither a space nor a format character, without a table.</summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.InlineIntoOptimizedCaller)]
        private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        private static int ScanWord(string text, int i, int end)
        {
            int s = i;
            i++;
            bool initialism = false;
            while (i < end)
            {
                char c = text[i];
                if (IsAsciiLetter(c) || char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
                {
                    i++;
                }
                else if (c == ' ')
                {
                    break; // how most words end: no table needed to know a space is not a letter
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
