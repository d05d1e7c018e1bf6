using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "In an interview last week, Trump was asked what he thought Clinton could do.", "Clinton
    /// was asked about securing the border.", "When voters were asked who would bring change,
    /// Trump led.": a passive "asked" with its question reports a question put to the subject by
    /// someone unnamed (or named after "by"). The passive made the cue speakerless, so the
    /// question was lost; like an opening "Asked whether ...", the question is what was asked,
    /// and the asker is its speaker. A request ("was asked to resign") is left alone.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Forms of "be" that make "asked" passive.</summary>
        private static readonly WordSet PassiveAskedBe = new WordSet("was", "were", "is", "are", "been", "being");

        /// <summary>"Sanders was asked by host John Dickerson whether ...": a passive "asked by" the asker and a question is a cue still.</summary>
        private static bool PassiveAskedBy(List<Token> t, Sentence s, int k) =>
            t[k].Is("asked") && k - 1 > s.First && t[k - 1].IsWord && PassiveAskedBe.Contains(t[k - 1].Text) && QuestionStart(t, s, k + 1) is int i && i >= 0 && !t[i].Is("to");

        /// <summary>
        /// The attribution of a passive "was asked" + question at <paramref name="k"/>, its
        /// content fixed to the question, which runs to the comma that closes it or to the
        /// sentence's end; null unless a question word ("whether", "what", "about" ...) follows.
        /// </summary>
        private static Attribution? PassiveAskedQuestion(string text, List<Token> t, Sentence s, int k)
        {
            if (!t[k].Is("asked") || t[k].IsCapitalized) return null;

            // "was asked", "was also asked", "were repeatedly asked": "be", then at most one adverb.
            int be = k - 1;
            if (be > s.First && t[be].IsWord && (t[be].Text.EndsWith("ly", System.StringComparison.Ordinal) || t[be].Is("also") || t[be].Is("then") || t[be].Is("later") || t[be].Is("again"))) be--;
            if (be <= s.First || !t[be].IsWord || !PassiveAskedBe.Contains(t[be].Text)) return null;

            int i = QuestionStart(t, s, k + 1);
            if (i < 0 || t[i].Is("to")) return null; // "was asked to resign": a request, no question
            int first = t[i].Is("about") ? i + 1 : i;
            if (first >= s.End || !(t[first].IsWord || t[first].Kind == TokenKind.Quote || t[first].Kind == TokenKind.Number) || t[first].Is("to")) return null;

            int end = first + 1;
            while (end < s.End && end - first < AskedQuestionTokens && !t[end].IsPunct(',') && !t[end].IsPunct(';') && !EndsWithComma(t, end))
            {
                // "when Lomu was asked whether he was taking a risk he replied: “Q”": the answer's
                // own cue, or a colon, follows the question; what is said there is not asked.
                if (t[end].IsPunct(':') || t[end].IsWord && CueLexicon.IsCue(t[end].Text)) return null;
                end++;
            }

            if (end - first >= AskedQuestionTokens) return null;
            while (end > first + 1 && t[end - 1].Kind == TokenKind.Punct) end--;

            return QuestionAsked(text, t, k, i, first, end); // as an opening "Asked ..." does
        }
    }
}
