using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Paramount, Universal and Warner Brothers said": the pair before the verb is the end of a longer list, all of whom speak.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Names at most taken before a pair: the walk back stays short.</summary>
        private const int MaxListedNames = 6;

        /// <summary>
        /// The first name of the list that the pair starting at <paramref name="pairFirst"/> ends:
        /// names joined by commas before it ("Morrisons, Woolworths, House of Fraser, Marks &amp;
        /// Spencer and Big Food all said", "Mr Afzal, Mr Islam and Mr Kazi deny"). Only the last two
        /// were taken for the speakers, so the typed speaker was "Marks &amp; Spencer and Big Food"
        /// or "Universal and Warner Brothers". A name a preposition governs ("In London, Smith and
        /// Jones said") or no name before a comma ends the list. Null when no name comes before it.
        /// </summary>
        private static Mention? ListStart(string text, List<Token> t, Sentence s, int pairFirst)
        {
            int first = pairFirst;
            Mention? start = null;
            for (int n = 0; n < MaxListedNames; n++)
            {
                int comma = first - 1;
                if (comma - 1 < s.First || !t[comma].IsPunct(',')) break;
                Mention? listed = NounPhrases.EndingAt(text, t, comma - 1, s.First);
                if (listed is null || listed.Kind != MentionKind.Name || (listed.Titled && listed.Role is not null) || AfterPreposition(t, s, listed.First)) break;
                first = listed.First;
                start = listed;
            }

            return start;
        }

        /// <summary>"In London", "for the BBC": a preposition, of either case, before the name or its determiner.</summary>
        private static bool AfterPreposition(List<Token> t, Sentence s, int first)
        {
            int p = first - 1;
            if (p > s.First && t[p].IsWord && WordLists.Determiners.Contains(t[p].Text)) p--;
            return p >= s.First && t[p].IsWord && WordLists.Prepositions.Contains(t[p].Text);
        }
    }
}
