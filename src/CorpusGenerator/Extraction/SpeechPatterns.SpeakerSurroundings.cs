using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// What stands around a speaker and its cue without being either: party tags, places,
    /// modifiers before a name, asides between subject and verb, the quotation a cue introduces.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>"Gov. John Kasich (R-OH), said": the name ends before its party tag.</summary>
        private static int SkipPartyTagBack(List<Token> t, int last, int first)
        {
            if (last <= first || !t[last].IsPunct(')')) return last;
            for (int open = last - 1; open > first && last - open <= 8; open--)
            {
                if (t[open].IsPunct('(')) return open - 1;
            }

            return last;
        }

        /// <summary>
        /// "Clinton, during a meeting in Columbus, Ohio, said": the name after the comma is the
        /// state of a place named after a preposition, not an appositive naming the speaker.
        /// </summary>
        private static bool IsPlaceAfterPlace(string text, List<Token> t, Sentence s, int comma)
        {
            if (comma - 1 <= s.First || !t[comma - 1].IsCapitalized) return false;
            Mention? place = NounPhrases.EndingAt(text, t, comma - 1, s.First);
            if (place is null || place.Kind != MentionKind.Name || place.First <= s.First) return false;
            Token before = t[place.First - 1];
            return before.IsWord && WordLists.Prepositions.Contains(before.Text);
        }

        /// <summary>
        /// "Jane Roe, 45, of Dayton, Ohio, who ...": <paramref name="name"/> is the state of a
        /// hometown set off by commas (", of Dayton, Ohio"), not whom the relative clause is about.
        /// A place opening the sentence ("In October, Mr. Paulson, who ...") is no hometown.
        /// </summary>
        private static bool ClosesHometown(string text, List<Token> t, Sentence s, Mention name)
        {
            int comma = name.First - 1;
            if (comma - 1 <= s.First || !t[comma].IsPunct(',') || !t[comma - 1].IsCapitalized) return false;
            Mention? place = NounPhrases.EndingAt(text, t, comma - 1, s.First);
            if (place is null || place.Kind != MentionKind.Name || place.First - 2 <= s.First) return false;
            Token preposition = t[place.First - 1];
            return (preposition.Is("of") || preposition.Is("from")) && t[place.First - 2].IsPunct(',');
        }

        /// <summary>Modifiers looked past before the name an inverted cue introduces.</summary>
        private const int NameModifierLookahead = 4;

        /// <summary>
        /// "“Q,” said Florida’s Rick Wilson", "said master of ceremonies Asab Al-Tabchi", "said 9/11
        /// widow Terry Strada": after a quote and its cue the speaker is the phrase that follows, so
        /// a few words the phrase reader does not take (a place's possessive, a role in lower case,
        /// a number) may stand before the name. Only a name is taken this way, never a description.
        /// </summary>
        private static Mention? NameAfterModifiers(string text, List<Token> t, int first, int end)
        {
            for (int i = first + 1; i < end && i - first <= NameModifierLookahead; i++)
            {
                Token before = t[i - 1];
                if (before.Kind != TokenKind.Number && !before.IsWord && !(i - 2 >= first && NounPhrases.IsPluralPossessor(t, i - 2))) return null; // past the apostrophe of "Ladbrokes' Warren Lush"

                // "wrote a Trump supporter", "said one New Hampshire Democrat": after an article the
                // name only modifies an unnamed person.
                if (before.Is("a") || before.Is("an") || before.Is("the") || before.Is("one") || before.Is("another")) return null;
                if (!t[i].IsCapitalized || NounPhrases.IsPronoun(t[i])) continue;
                if (IsPossessorEnd(t, i, first)) continue; // "said ABN Amro's Eddie Wong": the owner's last word (PossessorSpeakers)
                Mention? m = NounPhrases.StartingAt(text, t, i, end);
                if (m is null || m.Kind != MentionKind.Name) return null;

                // "said Florida’s Rick Wilson, a consultant", "of Washington": the phrase ends at the
                // name; "a Cruz slate card" goes on to the noun the name modifies.
                bool ends = m.End >= end || !t[m.End].IsWord || WordLists.StopWords.Contains(t[m.End].Text);
                return ends ? m : null;
            }

            return null;
        }

        /// <summary>"Rep. Hakeem Jeffries (D-N.Y.) reacted": past the party tag after a name.</summary>
        private static int SkipPartyTag(List<Token> t, int i, int limit)
        {
            if (i >= limit || !t[i].IsPunct('(')) return i;
            for (int j = i + 1; j < limit && j - i <= 8; j++)
            {
                if (t[j].IsPunct(')')) return j + 1;
            }

            return i;
        }

        /// <summary>Sentence adverbs and emphatic pronouns that stand between a subject and its verb.</summary>
        private static readonly WordSet Asides = new WordSet(
            "however", "though", "meanwhile", "too", "instead", "nonetheless", "nevertheless", "therefore", "indeed",
            "himself", "herself", "themselves", "itself");

        /// <summary>Tokens looked past after a cue for the quotation it introduces ("saying during the debate last week, “Q”").</summary>
        private const int QuotationLookahead = 8;

        /// <summary>Whether a quotation set off by a comma or colon follows within a few words of <paramref name="from"/>.</summary>
        private static bool QuotationFollows(List<Token> t, Sentence s, int from)
        {
            for (int i = from; i < s.End && i - from <= QuotationLookahead; i++)
            {
                if (t[i].Kind == TokenKind.Quote) return i == from || t[i - 1].IsPunct(',') || t[i - 1].IsPunct(':');
                if (!t[i].IsWord && t[i].Kind != TokenKind.Number && !t[i].IsPunct(',')) return false;
                if (t[i].IsWord && CueLexicon.IsCue(t[i].Text)) return false;
            }

            return false;
        }
    }
}
