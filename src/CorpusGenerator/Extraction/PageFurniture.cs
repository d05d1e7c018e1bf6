namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// Paragraphs that belong to the page rather than the story: video and photo labels
    /// ("WATCH BELOW: ...") and captions ending in a photo credit ("... (Chantelle Bellrichard/CBC)").
    /// They stay paragraphs, but their words are never read as speech.
    /// </summary>
    internal static class PageFurniture
    {
        private static readonly WordSet Labels = new WordSet(
            "watch", "watch below", "watch above", "photo", "photos", "video", "gallery", "listen", "read more", "related",
            "click here", "see also", "editor's note", "subscribe", "advertisement", "file photo", "image",
            // Reading lists between paragraphs: "Relevant Reading: How To Talk About Sexism". Their
            // titles hold capitalized words that would otherwise be taken for a person just named.
            "relevant reading", "recommended reading", "further reading", "suggested reading", "also read", "read also",
            "related story", "related stories", "related article", "related articles", "more coverage", "most read", "trending");

        public static bool IsFurniture(string text, TextRange paragraph)
        {
            return StartsWithLabel(text, paragraph) || EndsWithCredit(text, paragraph) || IsSignOff(text, paragraph);
        }

        /// <summary>
        /// "Follow Pam Key on Twitter @pamkeyNEN": the writer's sign-off, a line of the page; inside
        /// a quoted transcript it opens with a mark too, and is no one's speech.
        /// </summary>
        private static bool IsSignOff(string text, TextRange paragraph)
        {
            int start = paragraph.Start;
            if (start < paragraph.End && QuoteMarks.IsDouble(text[start])) start++;
            const string Follow = "Follow ";
            if (paragraph.End - start > 80 || string.CompareOrdinal(text, start, Follow, 0, Follow.Length) != 0) return false;
            int on = text.IndexOf(" on ", start, paragraph.End - start, System.StringComparison.Ordinal);
            return on > 0 && text.IndexOf('@', on, paragraph.End - on) > 0;
        }

        /// <summary>"WATCH BELOW:", "PHOTO:", "Related:" — a short label and a colon.</summary>
        private static bool StartsWithLabel(string text, TextRange paragraph)
        {
            int limit = System.Math.Min(paragraph.End, paragraph.Start + 20);
            for (int i = paragraph.Start; i < limit; i++)
            {
                if (text[i] == ':') return Labels.Contains(text.Substring(paragraph.Start, i - paragraph.Start).Trim());
                if (!char.IsLetter(text[i]) && text[i] != ' ' && text[i] != '\'' && text[i] != '’') return false;
            }

            return false;
        }

        /// <summary>A photo credit closes the paragraph: "(Name/Outlet)".</summary>
        private static bool EndsWithCredit(string text, TextRange paragraph)
        {
            if (paragraph.Length < 3 || text[paragraph.End - 1] != ')') return false;
            int open = text.LastIndexOf('(', paragraph.End - 1, System.Math.Min(60, paragraph.Length));
            if (open < 0) return false;
            int slash = text.IndexOf('/', open, paragraph.End - open);
            return slash > open + 1 && slash < paragraph.End - 2 && char.IsUpper(text[open + 1]);
        }
    }
}
