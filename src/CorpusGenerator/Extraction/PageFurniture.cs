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

        /// <summary>A photo credit closes the paragraph: "(Name/Outlet)", or "Name/OUTLET" in capitals.</summary>
        private static bool EndsWithCredit(string text, TextRange paragraph)
        {
            if (paragraph.Length < 3) return false;
            if (text[paragraph.End - 1] != ')') return EndsWithAgencyCredit(text, paragraph);
            int open = text.LastIndexOf('(', paragraph.End - 1, System.Math.Min(60, paragraph.Length));
            if (open < 0) return false;
            int slash = text.IndexOf('/', open, paragraph.End - open);
            return slash > open + 1 && slash < paragraph.End - 2 && char.IsUpper(text[open + 1]);
        }

        /// <summary>Characters looked back for a credit without brackets.</summary>
        private const int CreditReach = 60;

        /// <summary>
        /// "... said the video is the nicest thing. Quyen Cheng/THE CANADIAN PRESS": a caption's
        /// credit without brackets, the photographer and the agency in capitals after a slash.
        /// Speech never ends on a capitalised agency name after a slash.
        /// </summary>
        private static bool EndsWithAgencyCredit(string text, TextRange paragraph)
        {
            int i = paragraph.End - 1;
            int letters = 0;
            while (i > paragraph.Start && paragraph.End - i < CreditReach && (char.IsUpper(text[i]) || text[i] == ' ' || text[i] == '.' || text[i] == '-'))
            {
                if (char.IsUpper(text[i])) letters++;
                i--;
            }

            if (text[i] != '/' || letters < 3 || i + 1 >= paragraph.End || text[i + 1] == ' ') return false;

            // The photographer: one to three capitalised words right before the slash, after a
            // sentence's stop or the paragraph's start.
            int slash = i;
            int words = 0;
            int end = slash;
            while (words < 3)
            {
                int w = end - 1;
                while (w >= paragraph.Start && (char.IsLetter(text[w]) || text[w] == '-' || text[w] == '\'')) w--;
                if (w + 1 >= end || !char.IsUpper(text[w + 1])) return false;
                words++;
                if (w < paragraph.Start) return true;
                if (text[w] != ' ') return false;
                if (w - 1 < paragraph.Start || text[w - 1] == '.' || text[w - 1] == '!' || text[w - 1] == '?') return true;
                end = w;
            }

            return false;
        }
    }
}
