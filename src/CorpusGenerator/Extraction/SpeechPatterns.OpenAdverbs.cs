using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "She has traditionally argued that", "Republicans have long complained that", "she has since
    /// stressed that", "Trump and Sanders have both argued that": an adverb the closed list of verb
    /// modifiers does not hold may stand between the subject (or its auxiliary) and the cue. Manner
    /// and frequency adverbs are an open class ("consistently", "traditionally", "vehemently"), so
    /// an -ly word is taken for one by its ending, where a word before it shows it cannot be the
    /// subject's own noun: an auxiliary, a pronoun or a name. Nouns and adjectives that end in -ly
    /// ("the family said", "the elderly say") are listed and never skipped.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Words ending in -ly that are nouns or adjectives, never adverbs before a verb.</summary>
        private static readonly WordSet LyNouns = new WordSet(
            "family", "assembly", "supply", "monopoly", "anomaly", "homily", "belly", "bully", "jelly", "folly", "rally",
            "ally", "reply", "apply", "imply", "comply", "rely", "multiply", "fly", "elderly", "likely", "unlikely",
            "early", "daily", "weekly", "monthly", "yearly", "quarterly", "hourly", "nightly", "holy", "lovely",
            "lonely", "friendly", "deadly", "costly", "silly", "ugly", "curly", "orderly", "scholarly", "only",
            "underbelly", "panoply", "melancholy", "gully", "tally", "doily", "bodily", "manly", "womanly", "lowly",
            "sickly", "kindly", "surly", "burly", "wily", "jolly", "smelly", "hilly", "chilly", "sly", "july", "italy");

        /// <summary>
        /// Adverbs that negate what they modify ("he barely mentioned climate change", "Trump hardly
        /// clarified the matter"): a cue after one reports nothing said, so the walk stops at them.
        /// </summary>
        private static readonly WordSet NegativeAdverbs = new WordSet("hardly", "barely", "scarcely", "rarely", "seldom");

        /// <summary>Adverbs of time and number that stand after an auxiliary or a plural subject: "has since said", "have long argued", "they both said".</summary>
        private static readonly WordSet SpanAdverbs = new WordSet("since", "long", "soon", "both", "all", "ever", "twice", "consistently");

        /// <summary>Whether the word at <paramref name="j"/> is an adverb between a subject and the cue after it.</summary>
        private static bool IsOpenAdverb(List<Token> t, int j, Sentence s)
        {
            Token w = t[j];
            if (!w.IsWord || w.IsCapitalized || j - 1 < s.First) return false;
            bool ly = w.Text.Length >= 5 && w.Text.EndsWith("ly", System.StringComparison.Ordinal) && !LyNouns.Contains(w.Text) && !NegativeAdverbs.Contains(w.Text);
            if (!ly && !SpanAdverbs.Contains(w.Text)) return false;
            Token before = t[j - 1];

            // "Neither the palace nor the government had officially confirmed": a subject under
            // "neither ... nor" denies, it reports nothing.
            if (NorBefore(t, j, s)) return false;
            if (!before.IsWord) return before.IsPunct(')'); // "Rep. Gwen Moore (D-Wis.) repeatedly said"
            if (WordLists.VerbModifiers.Contains(before.Text)) return !before.Is("that"); // "has traditionally argued"
            if (NounPhrases.IsPronoun(before) || before.Is("i") || before.Is("we") || before.Is("you")) return !before.Is("it") || ly;
            return before.IsCapitalized && !before.IsPossessive; // "Clinton consistently argued"
        }

        /// <summary>Whether "nor" stands in the few words before <paramref name="j"/>, inside its clause.</summary>
        private static bool NorBefore(List<Token> t, int j, Sentence s)
        {
            for (int i = j - 1; i >= s.First && j - i <= 6; i--)
            {
                if (t[i].Is("nor")) return true;
                if (!t[i].IsWord) return false;
            }

            return false;
        }
    }
}
