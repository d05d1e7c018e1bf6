using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Speculation suggests ...", "Forecasts predict ...": a common noun capitalised only because it opens the sentence names no one.</summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>Writings and guesses that "predict" or "show" without an author: "Forecasts predict that ...".</summary>
        private static readonly WordSet OpeningGuessNouns = new WordSet(
            "forecast", "forecasts", "predictions", "projections", "estimates", "rumours", "rumors", "speculation");

        /// <summary>
        /// Whether <paramref name="mention"/> is a single capitalised word at the start of its
        /// sentence that is a common noun, not a name, so the quote is left without a speaker as
        /// "Reports suggest" is (<see cref="IsOpeningWriting"/>): an abstract noun in -ation,
        /// -ction, -ssion ("Speculation suggests that ...") or a forecast's noun ("Forecasts
        /// predict that ..."). Read as lone names these became the typed speakers "Speculation"
        /// and "Forecasts" in BBC. A word that some full name of the article ends with is that
        /// person's surname.
        /// </summary>
        private bool IsOpeningCommonWord(Mention mention)
        {
            if (mention.Kind != MentionKind.Name || mention.NameWords.Length != 1 || mention.Titled || mention.Article is not null) return false;
            string word = mention.NameWords[0];
            if (word.Length < 3 || !char.IsUpper(word[0]) || !OpensSentence(mention.Span.Start)) return false;
            if (bySurname.ContainsKey(SurnameKey(word))) return false;
            return OpeningGuessNouns.Contains(word) || IsAbstractNoun(word);
        }

        /// <summary>"Speculation", "Discussions": a lower-case word ending in -tion or -ssion, in a single letter case after its capital.</summary>
        private static bool IsAbstractNoun(string word)
        {
            if (word.Length < 7) return false;
            for (int k = 1; k < word.Length; k++)
            {
                if (!char.IsLower(word[k])) return false;
            }

            // "-ation", "-ction", "-ssion", not "-ision": "Macrovision" is a firm.
            string w = word.EndsWith("s", StringComparison.Ordinal) ? word.Substring(0, word.Length - 1) : word;
            return w.EndsWith("ation", StringComparison.Ordinal) || w.EndsWith("ition", StringComparison.Ordinal) || w.EndsWith("ution", StringComparison.Ordinal) ||
                w.EndsWith("ction", StringComparison.Ordinal) || w.EndsWith("ssion", StringComparison.Ordinal);
        }
    }
}
