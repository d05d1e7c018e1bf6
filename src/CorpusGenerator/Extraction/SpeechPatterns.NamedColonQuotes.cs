using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "The timing of Sanders' surge doesn't surprise Republican pollster Daron Shaw: “Historically,
    /// lesser-known candidates ...”", "Pollsters agree - Carl Bialik: “One of the biggest lessons
    /// ...” [538.]": a name right before a colon, and after it a whole quotation, are that
    /// person's words, though no cue verb stands in the sentence. The Colon pattern reads a name
    /// and a colon only when the name opens its line; here the name ends a longer lead-in.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Prepositions that make the name before a colon someone spoken to or about ("a letter to Tony Blair:", "his thanks for Smith:").</summary>
        private static readonly WordSet ColonNameGoverners = new WordSet(
            "to", "for", "with", "against", "about", "on", "at", "into", "toward", "towards", "over", "like",
            "than", "as", "between", "among", "after", "before", "under", "behind", "beside", "near", "via", "in");

        /// <summary>
        /// The attribution of a sentence with no cue whose colon follows a name and precedes one
        /// whole quotation (a bracketed source after it aside: "[HuffPost.]"); null otherwise.
        /// </summary>
        private static Attribution? NamedColonQuotation(string text, List<Token> t, Sentence s)
        {
            int colon = -1;
            for (int i = s.First + 1; i < s.End - 1; i++)
            {
                if (t[i].IsPunct(':'))
                {
                    colon = i;
                    break;
                }
            }

            if (colon < 0 || t[colon + 1].Kind != TokenKind.Quote) return null;

            // Nothing but stops and a bracketed source after the quotation.
            int depth = 0;
            for (int i = colon + 2; i < s.End; i++)
            {
                if (t[i].IsPunct('[')) depth++;
                else if (t[i].IsPunct(']')) depth--;
                else if (depth == 0 && !(t[i].Kind == TokenKind.Punct && ".,;!?".IndexOf(t[i].Text[0]) >= 0)) return null;
            }

            Mention? speaker = NounPhrases.EndingAt(text, t, colon - 1, s.First);
            if (speaker is null || speaker.Kind != MentionKind.Name || speaker.End != colon) return null;
            if (speaker.First + 1 == speaker.End && RoleLexicon.IsNationality(t[speaker.First].Text)) return null; // "quoting Leonardo da Vinci in Italian:"

            // "to the Dutch newspaper NRC Handelsblad:", "But told BBC News:": the name after a
            // preposition or a cue, and the words it governs, is the one spoken to.
            for (int i = speaker.First - 1; i >= s.First && i >= speaker.First - 4 && t[i].IsWord; i--)
            {
                if (ColonNameGoverners.Contains(t[i].Text) || CueLexicon.IsCue(t[i].Text)) return null;
            }

            if (TranscriptTurn.IsLabel(text, speaker.Span.Start, speaker.Span.End)) return null; // "HIGHER THAN EXPECTED TURNOUT:": a heading in capitals
            return new Attribution(colon, colon + 1)
            {
                Speaker = speaker,
                ContentFirst = colon + 1,
                ContentEnd = colon + 2,
                Kind = QuoteKind.Direct,
                Span = new TextRange(t[colon + 1].Start, t[colon + 1].End),
            };
        }
    }
}
