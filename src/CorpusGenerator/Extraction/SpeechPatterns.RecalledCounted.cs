using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "GM is also recalling 19,924 Cadillac XLR coupes, SRX SUVs and Pontiac Grand Prix sedans",
    /// "Zambia have shown their determination to win this final by recalling nine of their
    /// foreign-based players": "recall" with a counted object calls things or players back, a
    /// product recall or a team selection; one remembers an event, a time, a person, never
    /// "19,924" of them. Remembering ("recalled the time he and his father visited her",
    /// "recalled numerous telephone calls with Trump", PolNeAR's gold) stays a report.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Cardinal numbers written as words: "nine of their players", "thousands of cars".</summary>
        private static readonly WordSet CardinalWords = new WordSet(
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
            "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozen", "dozens");

        /// <summary>
        /// Whether the "recall" at <paramref name="k"/> takes a counted object: things or players
        /// called back. Such a "recall" is no cue at all, so that it takes no quotation before it
        /// either ("“Q,” ... Zambia have shown their determination by recalling nine of ...").
        /// </summary>
        private static bool RecalledCounted(List<Token> t, int k, Sentence s)
        {
            if (k + 1 >= s.End || !t[k].Text.StartsWith("recall", StringComparison.OrdinalIgnoreCase)) return false;
            Token first = t[k + 1];
            return first.Kind == TokenKind.Number || first.IsWord && CardinalWords.Contains(first.Text);
        }
    }
}
