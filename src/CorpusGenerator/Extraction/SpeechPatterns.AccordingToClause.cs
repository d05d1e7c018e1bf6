using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "According to written documents, he fell ill after his arrival, describing the conditions
    /// as unsanitary": when "according to" opens the sentence, the whole main clause is what the
    /// source reports, and a participle clause in it belongs to that clause's subject, not to the
    /// source, and is part of the report.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// "According to analysts' forecasts, HSBC will report ...": the apostrophe of a plural
        /// possessive, written against the word before it, is part of the source's phrase, so the
        /// content still starts after the comma that closes that phrase (it started at "' forecasts").
        /// </summary>
        private static bool IsPluralPossessiveMark(string text, List<Token> t, int i)
        {
            Token m = t[i];
            if (i == 0 || m.End - m.Start != 1 || m.Start != t[i - 1].End || !t[i - 1].IsWord) return false;
            char c = text[m.Start];
            return (c == '\'' || c == '’') && t[i - 1].Text.EndsWith("s", System.StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Whether <paramref name="a"/> is an "according to" that opens its sentence.</summary>
        private static bool OpensWithAccordingTo(List<Token> t, Sentence s, Attribution a) =>
            t[a.Cue].Is("according") && (a.Cue == PastOpeningConjunctionAndComma(t, s) || OpensInnerClause(t, s, a.Cue));

        /// <summary>
        /// "(According to the police, C.)", "... after, according to him, C", "because, according
        /// to Trump, C": right after an opening bracket, or after a subordinator and its comma,
        /// "according to" opens the clause it reports as it does at the sentence's start; the
        /// words before it are no part of that report. After "that" it may stand inside a
        /// relative clause ("a PC that, according to PC Pro, has ..."), so "that" is left out.
        /// </summary>
        private static bool OpensInnerClause(List<Token> t, Sentence s, int cue)
        {
            if (cue - 1 < s.First) return false;
            if (t[cue - 1].IsPunct('(')) return true;
            return cue - 2 > s.First && t[cue - 1].IsPunct(',') && t[cue - 2].IsWord && !t[cue - 2].IsCapitalized &&
                   Subordinators.Contains(t[cue - 2].Text) && !t[cue - 2].Is("as") && !t[cue - 2].Is("whether");
        }

        /// <summary>
        /// Where the sentence's first clause starts past an opening conjunction and its comma:
        /// "But according to the poll, C", "Yet, according to aides, C" open with "according to"
        /// as much as "According to the poll, C" does, and report the clause after its comma.
        /// </summary>
        private static int PastOpeningConjunctionAndComma(List<Token> t, Sentence s)
        {
            int i = s.First;
            if (i + 1 < s.End && t[i].IsWord && OpeningConjunctions.Contains(t[i].Text))
            {
                i++;
                if (i + 1 < s.End && t[i].IsPunct(',')) i++;
            }

            return i;
        }

        /// <summary>Whether the cue at <paramref name="cue"/> stands in the clause an opening "according to" reports.</summary>
        private static bool InsideOpeningAccordingTo(List<Token> t, Sentence s, Attribution opening, int cue) =>
            OpensWithAccordingTo(t, s, opening) && opening.Speaker is Mention source && source.End < cue;
    }
}
