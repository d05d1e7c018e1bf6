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
            int colon = -1;
            for (int i = s.First + 1; i < s.End && i - s.First <= 5; i++)
            {
                if (t[i].IsPunct(':'))
                {
                    colon = i;
                    break;
                }

                if (!t[i].IsWord && !t[i].IsPunct('.')) return null;
            }

            if (colon < 0 || colon + 2 >= s.End) return null;
            for (int i = s.First; i < colon; i++)
            {
                if (t[i].IsWord && ColonLabels.Contains(t[i].Text)) return null;
            }

            Mention? speaker = NounPhrases.EndingAt(text, t, colon - 1, s.First);
            if (speaker is null || speaker.First != s.First || speaker.Kind == MentionKind.Pronoun) return null;
            int end = TrimEnd(t, colon + 1, s.End);
            if (CountWords(t, colon + 1, end) < 3) return null;
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
