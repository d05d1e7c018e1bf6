using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>A quotation the attribution interrupts mid-sentence, picked up again after it.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Tokens after the cue searched for the quote that resumes: an attribution's tail, not a new clause.</summary>
        private const int ResumeLookahead = 16;

        /// <summary>
        /// The quote that resumes the sentence a fronted quote broke off: the fronted one ends in a
        /// comma (<c>“Every time you say that,”</c>) and the next quote after the cue starts in
        /// lower case (<c>“you give ammunition ...”</c>), so both are one sentence cut by the
        /// attribution. Returns the resuming quote's token, or null. "“We tried,” he said, “and
        /// failed.”" is the plain case (handled where the right content is that quote alone); this
        /// one lets the attribution run on first ("said during a rally in Kenansville, N.C.,",
        /// "said, referring to the excuse,", "said, but").
        /// </summary>
        private static int? ResumedQuote(List<Token> t, Attribution a, int leftEnd, int limit)
        {
            if (leftEnd < 1 || !EndsWithComma(t, leftEnd)) return null;
            int from = a.SpeakerAfterCue && a.Speaker is not null ? a.Speaker.End : a.CueEnd;
            for (int i = from; i < limit && i - from <= ResumeLookahead; i++)
            {
                if (t[i].Kind != TokenKind.Quote) continue;
                if (i == from || !StartsInLowerCase(t[i].Text)) return null;

                // Only a quote after a comma or a joining word continues: "he said of" + quote is an aside's object.
                Token before = t[i - 1];
                bool joined = before.IsPunct(',') || before.Is("but") || before.Is("and") || before.Is("or");
                return joined ? i : (int?)null;
            }

            return null;
        }

        /// <summary>Whether the fronted content ends in a comma, inside its closing mark or just after it.</summary>
        private static bool EndsWithComma(List<Token> t, int leftEnd)
        {
            Token last = t[leftEnd - 1];
            if (last.Kind != TokenKind.Quote) return false;
            string inner = last.Text.TrimEnd();
            if (inner.Length > 0 && inner[inner.Length - 1] == ',') return true;
            return leftEnd < t.Count && t[leftEnd].IsPunct(',') && t[leftEnd].Start == last.End;
        }

        private static bool StartsInLowerCase(string quoted)
        {
            foreach (char c in quoted)
            {
                if (char.IsLetter(c)) return char.IsLower(c);
                if (char.IsDigit(c)) return false;
            }

            return false;
        }
    }
}
