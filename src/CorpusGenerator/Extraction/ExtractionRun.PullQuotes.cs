using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>Pull quotes: a quotation from the body repeated in a box, with its speaker on a line of its own.</summary>
    internal sealed partial class ExtractionRun
    {
        /// <summary>The article's quotation regions, as the scanner found them.</summary>
        private List<QuoteRegion> quoteRegions = new List<QuoteRegion>();

        /// <summary>How many quotations open with each run of words (up to <see cref="PullQuoteProbe"/> characters); built on first need.</summary>
        private Dictionary<string, int>? quoteOpenings;

        /// <summary>Words at most in a pull quote's attribution line: "Dean Baker, Center for Economic and Policy Research."</summary>
        private const int PullQuoteLineWords = 8;

        /// <summary>Characters of a quotation's opening compared with the others': enough to tell quotations apart.</summary>
        private const int PullQuoteProbe = 30;

        /// <summary>
        /// The openings of every quotation, counted once per article: linear in the text, since each
        /// opening is at most <see cref="PullQuoteProbe"/> characters.
        /// </summary>
        private Dictionary<string, int> QuoteOpenings()
        {
            if (quoteOpenings is not null) return quoteOpenings;
            quoteOpenings = new Dictionary<string, int>(System.StringComparer.Ordinal);
            foreach (QuoteRegion region in quoteRegions)
            {
                TextRange inside = DirectQuoteText.Inside(text, new TextRange(region.Start, region.End));
                if (inside.End - inside.Start < PullQuoteProbe) continue;
                string opening = text.Substring(inside.Start, PullQuoteProbe);
                quoteOpenings[opening] = quoteOpenings.TryGetValue(opening, out int n) ? n + 1 : 1;
            }

            return quoteOpenings;
        }

        /// <summary>
        /// "“I worry that we may see ...\nDean Baker, Center for Economic and Policy Research.”": a
        /// quotation whose last line, inside the marks, is only a short attribution ending in a
        /// period, and whose opening words open another quotation of the article too, is a pull
        /// quote set off from the body to repeat what someone said there. It is the same quotation
        /// again, not another: the body's copy is the one to extract.
        /// </summary>
        private bool IsPullQuote(Token quote)
        {
            TextRange inside = DirectQuoteText.Inside(text, new TextRange(quote.Start, quote.End));
            int lineBreak = text.LastIndexOf('\n', inside.End - 1, inside.End - inside.Start);
            if (lineBreak <= inside.Start) return false;

            // The last line: a capitalised attribution of a few words ending in a period.
            int words = 0;
            bool inWord = false;
            for (int i = lineBreak + 1; i < inside.End; i++)
            {
                bool letter = !char.IsWhiteSpace(text[i]);
                if (letter && !inWord && ++words > PullQuoteLineWords) return false;
                inWord = letter;
            }

            int first = lineBreak + 1;
            while (first < inside.End && char.IsWhiteSpace(text[first])) first++;
            if (words == 0 || first >= inside.End || !char.IsUpper(text[first]) || text[inside.End - 1] != '.') return false;

            // The opening words open another quotation of the article too.
            if (lineBreak - inside.Start < PullQuoteProbe) return false;
            return QuoteOpenings().TryGetValue(text.Substring(inside.Start, PullQuoteProbe), out int count) && count > 1;
        }
    }
}
