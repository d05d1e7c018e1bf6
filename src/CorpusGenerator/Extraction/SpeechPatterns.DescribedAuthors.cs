using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "according to research from message analysts the Radicati Group", "according to figures
    /// released by CES organisers the CEA on Tuesday": a writing's author named with "the"
    /// after words that say what it is. The determiner ended the describing words
    /// (AccordingToDescribedName) and the role's name (PremodifiedRoles), so the source phrase
    /// named no one.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Capitalised words at most before the describing words: "CES organisers".</summary>
        private const int MaxDescriptionModifiers = 2;

        /// <summary>
        /// The name after "the" that closes the phrase from <paramref name="first"/> (a short
        /// description ending in a role or source noun, perhaps after a capitalised modifier), or null. Reads at most a dozen tokens.
        /// </summary>
        private static Mention? NameAfterDescriptionAndThe(string text, List<Token> t, Sentence s, int first)
        {
            int i = first;
            while (i < s.End && i - first < MaxDescriptionModifiers && t[i].IsWord && t[i].IsCapitalized) i++;
            int described = i;
            while (i < s.End && i - described < MaxDescribingWords && t[i].IsWord && !t[i].IsCapitalized &&
                   !WordLists.StopWords.Contains(t[i].Text) && !WordLists.Determiners.Contains(t[i].Text))
            {
                i++;
            }

            // Not past a comma ("by CES organisers, the CEA, on Tuesday"): the source phrase then
            // ran on past the content's close and took the report with it.
            if (i == described || !IsDescribedRole(t[i - 1].Text)) return null;
            if (i + 1 >= s.End || !t[i].Is("the") || !t[i + 1].IsCapitalized) return null;
            Mention? name = NounPhrases.StartingAt(text, t, i + 1, s.End);
            if (name is null || name.Kind != MentionKind.Name || name.Conjoined) return null;
            int after = name.End;
            if (!(after >= s.End || IsPhraseClose(t[after]) || DateClosesAuthor(t, after, s.End) || AcronymAfter(t, after, s.End))) return null;
            return new Mention(MentionKind.Name, name.First, name.End, name.Span, name.Text) { NameWords = name.NameWords, Article = t[i].Text };
        }

        /// <summary>"analysts", "organisers", "researchers": a role or source noun that describes who follows.</summary>
        private static bool IsDescribedRole(string w) =>
            RoleLexicon.IsSourceNoun(w) || RoleLexicon.IsTitle(w) || w.EndsWith("ers", System.StringComparison.Ordinal) ||
            w.EndsWith("ors", System.StringComparison.Ordinal) || w.EndsWith("ists", System.StringComparison.Ordinal);
    }
}
