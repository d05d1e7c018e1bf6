using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Name: what they said": headline and transcript attributions.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Labels that stand before a colon without being a speaker ("WATCH: ...", "Photo: ...").</summary>
        private static readonly WordSet ColonLabels = new WordSet(
            "watch", "photo", "photos", "video", "update", "updated", "note", "related", "read", "listen", "source",
            "sources", "warning", "breaking", "exclusive", "analysis", "opinion", "correction", "file", "editor",
            "q", "a", "question", "answer", "image", "credit", "caption", "below", "more", "also", "see", "example",
            "for", "and", "but", "or", "so", "here", "there", "this", "that", "these", "those", "what", "why", "how",
            "reading", "relevant", "recommended", "further", "previously", "trending", "sponsored", "advertisement",
            "subscribe", "sign", "follow", "share", "click", "tip", "tips", "quiz");

        /// <summary>"Pence: Gennifer Flowers won't be at the debate" — a name, a colon, what they said.</summary>
        private static Attribution? ColonAttribution(string text, List<Token> t, Sentence s)
        {
            // At most five words before the colon, a party tag aside: "Rep. Trey Gowdy (R-S.C.):".
            int colon = -1, words = 0, depth = 0;
            for (int i = s.First + 1; i < s.End && i - s.First <= 14; i++)
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
            for (int i = s.First; i < colon; i++)
            {
                if (t[i].IsWord && ColonLabels.Contains(t[i].Text)) return null;
            }

            // "Rep. Trey Gowdy (R-S.C.): ...": the name before its party tag.
            Mention? speaker = NounPhrases.EndingAt(text, t, SkipPartyTagBack(t, colon - 1, s.First), s.First);
            if (speaker is null || speaker.First != s.First || speaker.Kind == MentionKind.Pronoun) return null;
            int end = TrimEnd(t, colon + 1, s.End);

            // A few words after a name and colon may be a label's; a whole quotation is what they said.
            if (CountWords(t, colon + 1, end) < 3 && !IsSingleQuote(t, colon + 1, end)) return null;
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
                a.Span = new TextRange(t[colon + 1].Start, t[end - 1].End);
            }

            return a;
        }
    }
}
