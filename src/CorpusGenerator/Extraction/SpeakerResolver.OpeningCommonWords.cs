using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Speculation suggests ...", "Forecasts predict ...", "Addressing claims that ...": a common noun or a participle capitalised only because it opens the sentence names no one.</summary>
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
            return OpeningGuessNouns.Contains(word) || IsAbstractNoun(word) || (IsOpeningParticiple(word) && ObjectNounAfter(mention.Span.End));
        }

        /// <summary>
        /// "Addressing claims that the new law was unenforceable, Mr Michael told ...": a word in
        /// -ing opening the sentence is a participle whose subject comes later, read as the lone name
        /// "Addressing" that "claims". Only before a noun of what is said (<see cref="ObjectNounAfter"/>):
        /// "Beijing says" is a place in -ing that speaks. Seven letters at least, all lower case after the capital
        /// ("King", "Ewing" are shorter; a surname in -ing the article writes in full, "Fleming",
        /// is kept by the surname check above).
        /// </summary>
        /// <summary>Nouns of what is said that a participle takes as its object and the cue reading takes for a verb: "Addressing claims that", "Rejecting reports that".</summary>
        private static readonly WordSet ParticipleObjectNouns = new WordSet(
            "claims", "charges", "reports", "calls", "suggestions", "allegations", "accusations", "warnings", "fears", "concerns", "questions");

        /// <summary>
        /// Whether the word after the space at <paramref name="end"/> is such a noun: "Beijing says
        /// Taiwan is part of ..." is a place that speaks, whose next word is a verb and no object.
        /// </summary>
        private bool ObjectNounAfter(int end)
        {
            if (end >= text.Length || text[end] != ' ') return false;
            int k = end + 1;
            while (k < text.Length && char.IsLetter(text[k])) k++;
            return k - end - 1 >= 5 && ParticipleObjectNouns.Contains(text.Substring(end + 1, k - end - 1));
        }

        private static bool IsOpeningParticiple(string word)
        {
            if (word.Length < 7 || !word.EndsWith("ing", StringComparison.Ordinal)) return false;
            for (int k = 1; k < word.Length; k++)
            {
                if (!char.IsLower(word[k])) return false;
            }

            return true;
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
