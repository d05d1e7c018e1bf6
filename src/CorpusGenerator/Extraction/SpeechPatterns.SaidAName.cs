using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Users will be able to request a film just by saying the actor's name", "asked the woman to
    /// raise her voice and say the word louder": "say" with a name or a word as its object utters
    /// it, and reports nothing anyone claimed (the first made "Users" a typed speaker). What was
    /// said as a quotation ("said the words “I am sorry”") or a clause stays a report.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>What is uttered rather than claimed: a name, a word.</summary>
        private static readonly WordSet UtteredThings = new WordSet("name", "names", "word", "words");

        /// <summary>Words at most in the object before its head: "the actor's name".</summary>
        private const int UtteredObjectWords = 4;

        /// <summary>Whether the "say" at the cue takes a name or a word as its whole object.</summary>
        private static bool SaidAName(List<Token> t, Attribution a)
        {
            if (a.ContentFirst != a.CueEnd || !CueLexicon.IsSay(t[a.Cue].Text) || t[a.Cue].Text.StartsWith("add", StringComparison.OrdinalIgnoreCase)) return false;
            Token first = t[a.ContentFirst];
            if (!first.IsWord || !(WordLists.Determiners.Contains(first.Text) || first.IsPossessive)) return false;
            for (int i = a.ContentFirst + 1; i < a.ContentEnd && i - a.ContentFirst <= UtteredObjectWords; i++)
            {
                if (!t[i].IsWord) return false;
                if (UtteredThings.Contains(t[i].Text))
                {
                    // Nothing more, or one word of manner: "say the word louder", "said his name aloud".
                    int rest = a.ContentEnd - i - 1;
                    return rest == 0 || rest == 1 && t[i + 1].IsWord && !WordLists.StopWords.Contains(t[i + 1].Text) && !CueLexicon.IsCue(t[i + 1].Text);
                }

                if (WordLists.StopWords.Contains(t[i].Text) && !t[i].IsPossessive) return false;
            }

            return false;
        }
    }
}
