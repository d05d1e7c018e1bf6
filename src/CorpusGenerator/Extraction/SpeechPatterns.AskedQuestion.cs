using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Asked if her email practices were illegal, 46 percent said yes.", "When asked about his
    /// taxes, Trump said ...": a question put to the main clause's subject opens the sentence.
    /// Its asker is unnamed, and the question, up to the comma that closes the opening, is what
    /// was asked.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Words that open the question after "asked": "if", "whether", "what", "about", "to" ...</summary>
        private static readonly WordSet QuestionOpeners = new WordSet(
            "if", "whether", "what", "why", "how", "who", "whom", "where", "when", "which", "about", "to");

        /// <summary>Tokens at most in the question of an opening "Asked ...".</summary>
        private const int AskedQuestionTokens = 40;

        /// <summary>
        /// The attribution of an opening "Asked ..." or "When asked ..." at <paramref name="k"/>,
        /// its content fixed to the question; null unless a question word follows (past a day) and
        /// a comma closes the question within reach, with the main clause after it.
        /// </summary>
        private static Attribution? AskedQuestion(string text, List<Token> t, Sentence s, int k)
        {
            if (!t[k].Is("asked")) return null;
            bool opening = OpensWithAsked(t, s, k);
            bool closing = !opening && k - 2 >= s.First && t[k - 1].Is("when") && PutToQuotedSpeaker(t, s, k - 1);
            if (!opening && !closing) return null;

            int i = QuestionStart(t, s, k + 1);
            if (i < 0) return null;
            int first = t[i].Is("about") ? i + 1 : i;
            if (first >= s.End) return null; // "... when asked about": no question left

            int end = first + 1;
            while (end < s.End && end - first < AskedQuestionTokens && !t[end].IsPunct(',') && !EndsWithComma(t, end)) end++;
            if (end - first >= AskedQuestionTokens) return null;
            if (closing && end >= s.End)
            {
                // "..., Christie said when asked whether he would issue a quarantine.": the question
                // closes the sentence, its stop aside.
                while (end > first + 1 && t[end - 1].Kind == TokenKind.Punct) end--;
            }
            else if (end + 1 >= s.End)
            {
                return null;
            }

            // The question closes at the comma, or with the quotation that holds it.
            return QuestionAsked(text, t, k, i, first, end);
        }

        /// <summary>
        /// The attribution of the question [<paramref name="first"/>, <paramref name="end"/>)
        /// asked at the cue <paramref name="k"/>, opening at <paramref name="question"/>:
        /// "Asked by Matt Lauer whether ...", "was asked by host John Dickerson whether ...":
        /// an asker named after "by" asks it; otherwise the asker is unnamed.
        /// </summary>
        private static Attribution QuestionAsked(string text, List<Token> t, int k, int question, int first, int end)
        {
            var a = new Attribution(k, k + 1) { ContentFixed = true };
            Set(t, a, first, end);
            if (k + 2 < question && t[k + 1].Is("by") && NounPhrases.StartingAt(text, t, k + 2, question) is Mention asker && asker.Kind != MentionKind.Pronoun)
            {
                a.Speaker = asker;
                a.SpeakerAfterCue = true;
            }

            return a;
        }

        /// <summary>
        /// Whether the "asked" at <paramref name="k"/> opens the sentence ("Asked ...", "When
        /// asked ..."), past an opening conjunction ("And when asked who ...", "But asked whether ...").
        /// </summary>
        private static bool OpensWithAsked(List<Token> t, Sentence s, int k)
        {
            int start = PastOpeningConjunction(t, s, k);
            return k == start || (k == start + 1 && t[start].Is("when"));
        }

        /// <summary>"Asked by Matt Lauer whether ...": an opening "asked by" the asker and a question is no passive.</summary>
        private static bool OpeningAskedBy(List<Token> t, Sentence s, int k) =>
            t[k].Is("asked") && OpensWithAsked(t, s, k) && QuestionStart(t, s, k + 1) >= 0;
    }
}
