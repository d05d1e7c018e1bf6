using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"According to the statistics office, Destatis, C": the source's name in apposition is no part of C.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Words at most in a name set off after an opening "according to" phrase.</summary>
        private const int MaxAppositiveNameWords = 4;

        /// <summary>
        /// "According to the statistics office, Destatis, rising exports were outweighed ...",
        /// "According to technology analysts, TDG Research, there will be ...": when the opening
        /// phrase ends in a word for a body or a source ("office", "watchdog", "analysts") and a
        /// short name follows it between commas, the name is that source's, and the report starts
        /// after its comma. "According to analysts' forecasts, HSBC, the biggest UK bank, will
        /// report ...": a forecast is no body, and a name followed by its own appositive is the
        /// subject, so both stay in the report. <paramref name="comma"/> is the comma closing the
        /// opening phrase, <paramref name="source"/> the source's mention; returns where the report starts.
        /// </summary>
        private static int PastSourceName(List<Token> t, Mention source, int comma, int limit)
        {
            if (comma <= 0 || comma >= limit || !t[comma].IsPunct(',') || comma < source.End) return comma;

            // "According to The Guardian, an email was sent from the club's director, Jeremy Boreing,
            // to ...": the comma must be the first after the source, closing the opening phrase.
            for (int j = source.End; j < comma; j++)
            {
                if (t[j].IsPunct(',')) return comma;
            }

            // "According to the report, Intifada, Closures and ...: An Assessment, there is ...": a
            // document's title, commas and all, is no body's name.
            Token head = t[comma - 1];
            if (!head.IsWord || head.IsCapitalized || RoleLexicon.IsDocument(head.Text) ||
                !(RoleLexicon.IsSourceNoun(head.Text) || RoleLexicon.IsOrganisationWord(head.Text)))
            {
                return comma;
            }

            int i = comma + 1;
            if (i >= limit || !NounPhrases.IsNameish(t[i]) || WordLists.AdverbialStarters.Contains(t[i].Text) ||
                t[i].Text.EndsWith("ly", System.StringComparison.OrdinalIgnoreCase))
            {
                return comma;
            }

            while (i < limit && i - comma <= MaxAppositiveNameWords && NounPhrases.IsNameish(t[i])) i++;
            if (i >= limit || !t[i].IsPunct(',') || CountWords(t, i + 1, limit) < 3) return comma;

            // "HSBC, the biggest UK bank by value, will report": the name has an appositive of its own.
            Token next = t[i + 1];
            if (next.Is("the") || next.Is("a") || next.Is("an"))
            {
                for (int j = i + 2; j < limit && j - i <= 12; j++)
                {
                    if (t[j].IsPunct(',')) return comma;
                }
            }

            return i;
        }
    }
}
