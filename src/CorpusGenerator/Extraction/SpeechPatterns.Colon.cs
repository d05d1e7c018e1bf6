using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Name: what they said": headline and transcript attributions.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Labels that stand before a colon without being a speaker ("WATCH: ...", "Photo: ...", "CLARIFICATION: ...").</summary>
        private static readonly WordSet ColonLabels = new WordSet(
            "watch", "photo", "photos", "video", "update", "updated", "note", "related", "read", "listen", "source",
            "sources", "warning", "breaking", "exclusive", "analysis", "opinion", "correction", "file", "editor",
            "q", "a", "question", "answer", "image", "credit", "caption", "below", "more", "also", "see", "example",
            "for", "and", "but", "or", "so", "here", "there", "this", "that", "these", "those", "what", "why", "how",
            "reading", "relevant", "recommended", "further", "previously", "trending", "sponsored", "advertisement",
            "subscribe", "sign", "follow", "share", "click", "tip", "tips", "quiz", "clarification", "clarifications",
            "corrections", "disclosure", "disclaimer", "postscript", "plus", "remember");

        /// <summary>"Pence: Gennifer Flowers won't be at the debate" — a name, a colon, what they said.</summary>
        private static Attribution? ColonAttribution(string text, List<Token> t, Sentence s)
        {
            // A quoted transcript's turn opens with a stray mark ("PENCE: ...): the label follows it.
            int first = s.First;
            while (first < s.End && first - s.First < 2 && IsStrayMark(t[first])) first++;

            // At most five words before the colon, a party tag aside: "Rep. Trey Gowdy (R-S.C.):".
            int colon = -1, words = 0, depth = 0;
            for (int i = first + 1; i < s.End && i - first <= 14; i++)
            {
                if (t[i].IsPunct(':') && depth == 0)
                {
                    colon = i;
                    break;
                }

                if (t[i].IsPunct('(')) depth++;
                else if (t[i].IsPunct(')')) depth--;
                else if (!t[i].IsWord && !t[i].IsPunct('.') && !(depth > 0 && t[i].IsPunct('-'))) return null;
                if (t[i].IsWord && depth == 0 && ++words > 5) return null;
            }

            if (colon < 0 || colon + 1 >= s.End || depth != 0) return null;
            for (int i = first; i < colon; i++)
            {
                if (t[i].IsWord && ColonLabels.Contains(t[i].Text)) return null;
            }

            // "Rep. Trey Gowdy (R-S.C.): ...": the name before its party tag.
            Mention? speaker = NounPhrases.EndingAt(text, t, SkipPartyTagBack(t, colon - 1, first), first);

            // "Carly Fiorina: 'Bill Clinton's fair game.'": a first name the name reader does not know opens the label.
            if (speaker is not null && speaker.First == first + 1) speaker = WithUnknownFirstName(text, t, speaker, first);
            if (speaker is null || speaker.First != first || speaker.Kind == MentionKind.Pronoun) return null;
            int end = TrimEnd(t, colon + 1, first > s.First ? TrimStrayMark(t, colon + 1, s.End) : s.End);

            // A few words after a name and colon may be a label's; a whole quotation is what they said.
            if (CountSaidWords(t, colon + 1, end) < 3 && !IsSingleQuote(t, colon + 1, end)) return null;
            if (IsRoster(t, colon + 1, end) || IsLineup(t, colon + 1, end)) return null;
            var a = new Attribution(colon, colon + 1) { Speaker = speaker, ContentFirst = colon + 1, ContentEnd = end };
            if (IsSingleQuote(t, colon + 1, end))
            {
                int q = FirstQuote(t, colon + 1, end);
                a.Kind = QuoteKind.Direct;
                a.Span = new TextRange(t[q].Start, t[q].End);
            }
            else
            {
                a.Kind = HasQuote(t, colon + 1, end) ? QuoteKind.Mixed : QuoteKind.Indirect;
                if (a.Kind == QuoteKind.Indirect && speaker.Kind == MentionKind.Name && !OpensParagraph(text, t, s.First)) return null; // a title and its subtitle (ColonTitles)
                a.Span = new TextRange(t[colon + 1].Start, t[end - 1].End);
            }

            return a;
        }

        /// <summary>
        /// Words after the colon, a quotation's own words counted each: "Bill Clinton: Hillary
        /// 'Better Qualified to Be President for This Time Than I Was When I Ran.'" says more than
        /// two words, where a label's "Venue: Wembley" does not.
        /// </summary>
        private static int CountSaidWords(List<Token> t, int first, int end)
        {
            int n = 0;
            for (int i = first; i < end; i++)
            {
                if (t[i].Kind == TokenKind.Quote) n += 1 + CountBlanks(t[i].Text);
                else if (t[i].Kind != TokenKind.Punct) n++;
            }

            return n;
        }

        private static int CountBlanks(string s)
        {
            int n = 0;
            foreach (char c in s)
            {
                if (c == ' ') n++;
            }

            return n;
        }

        /// <summary>The quoted transcript's closing mark after its last turn ("... the White House."): no part of the turn.</summary>
        private static int TrimStrayMark(List<Token> t, int start, int end)
        {
            while (end > start && IsStrayMark(t[end - 1])) end--;
            return end;
        }

        /// <summary>A quotation mark the tokenizer left as punctuation: a quoted transcript's opening or closing mark.</summary>
        private static bool IsStrayMark(Token token) =>
            token.Kind == TokenKind.Punct && (QuoteMarks.IsDouble(token.Text[0]) || token.Text[0] == '\'');

        /// <summary>
        /// Whether <paramref name="a"/> is a transcript's turn: a label in capitals and a colon
        /// ("PENCE: Well, ...", "JAKE TAPPER: ..."), the way interviews are printed. A headline's
        /// "Pence: Gennifer Flowers Won't Be at Debate" names its speaker in ordinary case.
        /// </summary>
        public static bool IsTranscriptTurn(string text, List<Token> t, Attribution a) =>
            a.Speaker is not null && t[a.Cue].IsPunct(':') && a.ContentFirst == a.CueEnd &&
            TranscriptTurn.IsLabel(text, t[a.Speaker.First].Start, t[a.Speaker.End - 1].End);

        /// <summary>
        /// A transcript's turn runs to its paragraph's end: the speaker's every sentence, not the
        /// first only, is what they said (<paramref name="end"/>: after the paragraph's last token).
        /// </summary>
        public static void ExtendTurn(List<Token> t, Attribution a, int end)
        {
            end = TrimEnd(t, a.ContentFirst, TrimStrayMark(t, a.ContentFirst, end));
            if (end <= a.ContentEnd) return;
            a.ContentEnd = end;
            a.Kind = HasQuote(t, a.ContentFirst, end) ? QuoteKind.Mixed : QuoteKind.Indirect;
            a.Span = new TextRange(t[a.ContentFirst].Start, t[end - 1].End);
        }
    }
}
