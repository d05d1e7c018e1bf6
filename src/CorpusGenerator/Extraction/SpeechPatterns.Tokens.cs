using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>Small questions about runs of tokens, shared by the pattern readers.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// A dash that parts clauses, in any of the glyphs news sites set it in: em dash, en dash
        /// between spaces, or the horizontal bar ("― Trump boasted").
        /// </summary>
        private static bool IsDash(Token token) => token.IsPunct('—') || token.IsPunct('–') || token.IsPunct('―');

        private static int TrimEnd(List<Token> t, int start, int end)
        {
            while (end > start && t[end - 1].Kind == TokenKind.Punct && ".,;:—–-!?(".IndexOf(t[end - 1].Text[0]) >= 0) end--;
            return end;
        }

        private static int SkipLeadingJunk(List<Token> t, int start, int end)
        {
            while (start < end && t[start].Kind == TokenKind.Punct && ",;:—–-".IndexOf(t[start].Text[0]) >= 0) start++;
            return start;
        }

        private static int CountWords(List<Token> t, int first, int end)
        {
            int n = 0;
            for (int i = first; i < end; i++)
            {
                if (t[i].Kind != TokenKind.Punct) n++;
            }

            return n;
        }

        private static bool IsSingleQuote(List<Token> t, int first, int end)
        {
            int quotes = 0;
            for (int i = first; i < end; i++)
            {
                if (t[i].Kind == TokenKind.Quote) quotes++;
                else if (t[i].Kind != TokenKind.Punct) return false;
            }

            return quotes == 1;
        }

        private static bool HasQuote(List<Token> t, int first, int end)
        {
            for (int i = first; i < end; i++)
            {
                if (t[i].Kind == TokenKind.Quote) return true;
            }

            return false;
        }

        /// <summary>Words a title leaves in lower case: "Face the Nation", "Gang of Eight".</summary>
        private static readonly WordSet TitleMinorWords = new WordSet(
            "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "by", "from");

        /// <summary>Words in a quoted title at most: "Good Morning America", "Fox News Sunday".</summary>
        private const int MaxTitleWords = 6;

        /// <summary>
        /// A quoted name, not quoted words: a show's or a book's title ("Morning Joe", "Meet the
        /// Press") in title case, short, with no stop or comma of a sentence in it.
        /// </summary>
        private static bool IsQuotedTitle(Token quote) => IsTitleText(quote.Text);

        /// <summary>
        /// A quoted title that closes the sentence, the sentence's stop or comma inside its marks as
        /// American style puts it: "said Wednesday on MSNBC's “Morning Joe.”"
        /// </summary>
        private static bool IsClosingQuotedTitle(Token quote)
        {
            string s = quote.Text;
            return s.Length > 1 && (s[s.Length - 1] == '.' || s[s.Length - 1] == ',') && IsTitleText(s.Substring(0, s.Length - 1));
        }

        private static bool IsTitleText(string s)
        {
            if (s.Length == 0 || !char.IsUpper(s[0])) return false;
            int words = 0;
            int i = 0;
            while (i < s.Length)
            {
                int start = i;
                while (i < s.Length && s[i] != ' ') i++;
                if (i > start)
                {
                    if (++words > MaxTitleWords) return false;
                    char first = s[start];
                    if (!char.IsUpper(first) && !char.IsDigit(first) && !TitleMinorWords.Contains(s.Substring(start, i - start))) return false;
                    char last = s[i - 1];
                    if (last == '.' || last == ',' || last == '!' || last == '?' || last == ';' || last == ':') return false;
                }

                i++;
            }

            return words > 0;
        }

        private static int FirstQuote(List<Token> t, int first, int end)
        {
            for (int i = first; i < end; i++)
            {
                if (t[i].Kind == TokenKind.Quote) return i;
            }

            return first;
        }
    }
}
