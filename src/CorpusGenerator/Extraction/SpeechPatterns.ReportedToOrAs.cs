using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "He must also surrender his passport and report daily to a local police station", "Mr.
    /// Mannix reported daily to Louis B. Mayer": to report somewhere or to someone, with how often
    /// or how, is to present oneself or to answer to a superior, and says nothing. "a stake in AOL
    /// Europe, which it had reported as advertising revenue": to report a sum as something is to
    /// book it in the accounts. Each made "daily to a local police station" and "as advertising
    /// revenue" a reported content. A report says what ("reported a 6% rise in profits", "reported
    /// earnings") or that ("reported to police that ..."); content that opens with an adverb and
    /// "to", or with "as" and a noun phrase, is neither.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        private static readonly WordSet ReportForms = new WordSet("report", "reports", "reported", "reporting");

        /// <summary>Whether the content of the "report" at the cue is only where one reports to ("daily to a police station") or what a sum was booked as ("as advertising revenue").</summary>
        private static bool ReportedToOrAs(List<Token> t, Attribution a)
        {
            if (a.ContentFirst != a.CueEnd || a.Kind != QuoteKind.Indirect || !ReportForms.Contains(t[a.Cue].Text)) return false;
            Token first = t[a.ContentFirst];
            bool adverbThenTo = first.IsWord && !first.IsCapitalized && first.Text.EndsWith("ly", StringComparison.Ordinal) &&
                                a.ContentFirst + 1 < a.ContentEnd && t[a.ContentFirst + 1].Is("to");
            bool bookedAs = first.Is("as") && a.ContentFirst + 1 < a.ContentEnd && t[a.ContentFirst + 1].IsWord && !AsConnectives.Contains(t[a.ContentFirst + 1].Text);
            if (!adverbThenTo && !bookedAs) return false;
            for (int i = a.ContentFirst + 1; i < a.ContentEnd; i++)
            {
                if (t[i].Is("that") || t[i].Kind == TokenKind.Quote) return false;
            }

            int end = a.ContentFirst + 2;
            while (end < a.ContentEnd && !t[end].IsPunct(',')) end++;
            return NounPhraseOnly(t, a.ContentFirst + 2, end);
        }

        /// <summary>Words after "as" that make it a connective or a report's manner, not "booked as": "as if", "as saying", "as well as".</summary>
        private static readonly WordSet AsConnectives = new WordSet("if", "though", "well", "much", "many", "far", "soon", "long", "saying", "having", "being", "it", "he", "she", "they", "we", "i", "you");
    }
}
