using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "rated 32% of Republican claims as false": a share counts people who say, in the plural, so
    /// a cue word in -s after it ("claims", "calls", "reports") is the plural noun it counts, not
    /// its verb. Only "says" agrees with a share read as one body ("5% of the public says").
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Whether <paramref name="speaker"/> is a share ("32%", "40 percent of voters") and the cue after it a plural noun in -s.</summary>
        private static bool ShareBeforePluralNoun(List<Token> t, Mention speaker, Token cue)
        {
            if (speaker.Kind != MentionKind.Group || !cue.Text.EndsWith("s", System.StringComparison.Ordinal) || cue.Is("says")) return false;
            for (int i = speaker.First; i < speaker.End; i++)
            {
                if (NounPhrases.IsPercentSign(t, i) || t[i].Is("percent")) return true;
            }

            return false;
        }
    }
}
