using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Biden reminded the crowd of the stakes", "he reminded voters of the six years his family
    /// had lived in Las Vegas", "the attacks reminded foreign policy experts of the gulf between
    /// the president and Mrs. Clinton": "remind someone of something" calls a thing to mind and
    /// reports no words (PolNeAR's gold marks none). "reminded them that ..." stays.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Words at most in the person reminded: "foreign policy experts", "the crowd".</summary>
        private const int RemindedPersonWords = 4;

        /// <summary>Whether the "remind" at the cue takes a person and then "of" a thing.</summary>
        private static bool RemindedOfAThing(List<Token> t, Attribution a)
        {
            if (a.ContentFirst != a.CueEnd || !t[a.Cue].Text.StartsWith("remind", StringComparison.OrdinalIgnoreCase)) return false;
            for (int i = a.ContentFirst; i < a.ContentEnd && i - a.ContentFirst <= RemindedPersonWords; i++)
            {
                if (t[i].Is("of")) return NounPhraseOnly(t, a.ContentFirst, i);
                if (!t[i].IsWord || t[i].Is("that")) return false;
            }

            return false;
        }
    }
}
