using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// Where the question of an "asked" starts. Besides "Asked if ...", "When asked on Monday
    /// about ...", news prose names the asker or the manner first: "Asked by Stephanopoulos to
    /// respond to ...", "when asked specifically what ...", "when asked in May if ...". And the
    /// question need not open the sentence: "Christie said when asked whether he would ...",
    /// "Sarandon told MSNBC when asked about concerns that ..." put the question to the main
    /// clause's subject after it, running to the sentence's end (or the comma that closes it, as
    /// in "Cruz, when asked what is wrong, responded that ...").
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Tokens at most in the asker's name after "asked by".</summary>
        private const int AskerTokens = 5;

        /// <summary>Prepositions that open a phrase of place or time between "asked" and its question.</summary>
        private static readonly WordSet AskedPlacePrepositions = new WordSet("in", "on", "at", "during");

        /// <summary>Tokens at most in that phrase, the question word included.</summary>
        private const int AskedPlaceTokens = 7;

        /// <summary>Words of time or manner that may stand between "asked" and its question.</summary>
        private static readonly WordSet AskedModifiers = new WordSet("later", "again", "repeatedly", "specifically", "directly", "pointedly", "once", "twice");

        /// <summary>
        /// Whether the "when" at <paramref name="when"/> puts its question to a speaker: after a
        /// comma that sets it off ("Cruz, when asked ..., responded"), or closing the attribution
        /// of a quotation that opens the sentence ("“Q,” Christie said when asked ..."). Inside
        /// reported words ("said the videos show Scott leaving his car when asked to do so") or
        /// after a refusal ("wouldn't comment when asked if") it is part of what is told.
        /// </summary>
        private static bool PutToQuotedSpeaker(List<Token> t, Sentence s, int when) =>
            t[when - 1].IsPunct(',') || t[s.First].Kind == TokenKind.Quote;

        /// <summary>The index of the question word after "asked" (past a day, a month, a manner adverb or "by" and the asker), or -1.</summary>
        private static int QuestionStart(List<Token> t, Sentence s, int i)
        {
            // "Asked in Iowa recently whether", "when asked at the business conference about the
            // merger", "asked during a debate if": a short phrase of place or time, unbroken by
            // punctuation, between "asked" and its question word.
            if (i < s.End && t[i].IsWord && AskedPlacePrepositions.Contains(t[i].Text))
            {
                for (int q = i + 1; q < s.End && q - i <= AskedPlaceTokens && (t[q].IsWord || t[q].Kind == TokenKind.Number); q++)
                {
                    if (QuestionOpeners.Contains(t[q].Text) && !t[q].Is("to") && !t[q].Is("which"))
                    {
                        i = q;
                        break;
                    }
                }
            }

            if (i + 1 < s.End && (t[i].Is("on") || t[i].Is("in")) && (WordLists.Weekdays.Contains(t[i + 1].Text) || t[i + 1].IsCapitalized)) i += 2;
            else if (i < s.End && t[i].IsWord && WordLists.Weekdays.Contains(t[i].Text)) i++;
            if (i < s.End && t[i].IsWord && AskedModifiers.Contains(t[i].Text)) i++;
            if (i < s.End && t[i].Is("by"))
            {
                // "Asked by Stephanopoulos to respond", "asked by a reporter whether": the asker, then the question.
                int asker = i + 1;
                while (asker < s.End && asker - i <= AskerTokens && t[asker].IsWord && !QuestionOpeners.Contains(t[asker].Text)) asker++;
                if (asker == i + 1 || asker - i > AskerTokens) return -1;
                i = asker;
            }

            return i < s.End && t[i].IsWord && QuestionOpeners.Contains(t[i].Text) ? i : -1;
        }
    }
}
