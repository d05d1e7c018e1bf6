using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "A US government claim accusing the country's biggest tobacco companies ...", "if he got a
    /// greater say in how it is run", "Rohit Gupta edits a group blog called Dogs without Borders",
    /// "a US government report that showed domestic supplies had risen": after "a" or "an" and the
    /// words of one noun phrase, a cue word in its plain form ("claim", "say", "blog", "report")
    /// is the noun that ends the phrase, since a singular subject would take "claims", "says".
    /// Read as the verb it made "A US government", "a greater", "a group" typed speakers.
    /// A quantity may still take the plain verb ("Nearly a third say", "A mere 9 percent say",
    /// PolNeAR's gold), as may an object after a preposition ("voters in a swing state say"), or
    /// a person after a verb that takes a bare infinitive ("heard a man say ...", "helped an East
    /// German journalist write a book"), unless a preposition or the sentence's end follows the
    /// cue ("have a larger say than they do"). A writing right after its author's name ("a New
    /// York Times report that Donald Trump had a net loss", PolNeAR's gold) is left to the rules
    /// for writings, which give the author as the speaker.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Words at most between the article and the cue: "a US government claim".</summary>
        private const int SingularArticleNounWords = 3;

        /// <summary>Nouns of quantity that take a plural verb after "a": "a third say", "a majority say".</summary>
        private static readonly WordSet QuantityNouns = new WordSet(
            "half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "majority", "minority",
            "number", "percent", "cent", "handful", "dozen", "lot", "couple", "few", "host", "fraction", "proportion");

        /// <summary>Verbs that take an object and then a bare infinitive: "heard a man say", "let a rival claim".</summary>
        private static readonly WordSet BareInfinitiveVerbs = new WordSet(
            "let", "lets", "letting", "make", "makes", "made", "making", "have", "has", "had", "having", "help", "helps",
            "helped", "helping", "hear", "hears", "heard", "hearing", "see", "sees", "saw", "seen", "seeing", "watch",
            "watches", "watched", "watching", "feel", "feels", "felt", "notice", "noticed");

        /// <summary>Whether the cue word at <paramref name="k"/> is a plain-form noun ending a phrase opened by "a" or "an".</summary>
        private static bool PlainCueAfterSingularArticle(List<Token> t, int k, Sentence s)
        {
            Token cue = t[k];
            string w = cue.Text;
            // "He appeared to make an off-color joke about an old house of his": a speech event and
            // its topic, which PolNeAR's gold counts as a report; left to the cue's own reading.
            if (k + 1 < s.End && t[k + 1].Is("about")) return false;
            if (w.EndsWith("s", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal) ||
                cue.Is("said") || cue.Is("told") || cue.Is("wrote") || cue.Is("read")) return false;

            // Most cue words have no "a" or "an" a few words before them: look for one first, with
            // no word set asked (this test runs for every cue word of the corpus).
            bool article = false;
            for (int i = k - 2; i >= s.First && k - i <= SingularArticleNounWords + 1 && !article; i--) article = t[i].Is("a") || t[i].Is("an");
            if (!article) return false;

            for (int i = k - 1; i >= s.First && k - i <= SingularArticleNounWords + 1; i--)
            {
                Token before = t[i];
                if (!before.IsWord) return false;
                if (before.Is("a") || before.Is("an")) return i < k - 1 && !QuantityNouns.Contains(t[k - 1].Text) && !t[k - 1].IsCapitalized && !SubjectAfterArticle(t, i, k, s);
                if (WordLists.StopWords.Contains(before.Text) || CueLexicon.IsCue(before.Text) || before.IsPossessive) return false;
                if (!before.IsCapitalized && before.Text.EndsWith("s", StringComparison.Ordinal) && !before.Text.EndsWith("ss", StringComparison.Ordinal)) return false;
            }

            return false;
        }

        /// <summary>
        /// Whether the phrase opened by the article at <paramref name="article"/> may still be the
        /// subject of a plain verb at <paramref name="k"/>: an object of a preposition before it,
        /// or an object of a bare-infinitive verb with no preposition or end after the cue.
        /// </summary>
        private static bool SubjectAfterArticle(List<Token> t, int article, int k, Sentence s)
        {
            if (article == s.First) return false;
            Token before = t[article - 1];
            if (!before.IsWord) return false;
            if (WordLists.Prepositions.Contains(before.Text)) return true;
            if (!BareInfinitiveVerbs.Contains(before.Text)) return false;
            bool nounEnds = k + 1 >= s.End || !t[k + 1].IsWord || WordLists.Prepositions.Contains(t[k + 1].Text) || t[k + 1].Is("than");
            return !nounEnds;
        }
    }
}
