using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>"the company", "the firm" is a business, never the last place, market, court, show or public body named.</summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>Words in the names of what is no business: places and markets, public bodies, courts, events.</summary>
        private static readonly WordSet NonBusinessWords = new WordSet(
            "street", "house", "lords", "commons", "parliament", "congress", "senate", "court", "commission", "exchange",
            "show", "festival", "awards", "cup", "games", "olympics", "championship", "unions", "government",
            "ministry", "department", "council", "committee", "police", "university", "city", "federation", "republic",
            "kingdom", "nations", "states", "association", "office", "administration", "authority", "agency");

        /// <summary>
        /// Whether the last organisation named, <paramref name="e"/>, cannot be what "the company" or
        /// "the firm" stands for: the fallback to the organisation last named gave "The company said"
        /// to "Wall Street", "the House of Lords", "the International Motor Show", "the London Stock
        /// Exchange" and "Securities and Exchange Commission". The quote then has no speaker: not "the
        /// company" as a typed one, nor an older organisation (passing over to the one before gave
        /// "the company" said of a drug firm to a hedge fund, and of Exxon Mobil to the Bank of
        /// Japan). "union" is no such word: "Norwich Union" is an insurer.
        /// </summary>
        private static bool NoBusinessFor(Entity e, string head)
        {
            if (!head.Equals("company", StringComparison.OrdinalIgnoreCase) && !head.Equals("firm", StringComparison.OrdinalIgnoreCase)) return false;
            foreach (string w in e.Name.Split(' '))
            {
                if (NonBusinessWords.Contains(w)) return true;
            }

            return false;
        }
    }
}
