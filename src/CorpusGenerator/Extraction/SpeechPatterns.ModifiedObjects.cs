using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "But the chairman of the working party, Ambassador Stefan Johannesson of Iceland, warned",
    /// "Creditors of South Korea's top credit card firm have said", "A report by the Commons work
    /// and pensions committee called for": the object of a preposition whose noun has modifiers
    /// the description walk does not take ("working", "top", "pensions") was read as its bare
    /// noun, so the climb from the phrase nearest the cue to the head of its prepositional
    /// phrases stopped at the modifier, and the typed speaker was `party`, `firm`, `committee`
    /// (BBC). A singular noun with no determiner is no phrase of its own (a plural may be: "after the match ended fans said"): its modifiers run back
    /// to the determiner or owner that opens it, and the preposition before that is where the
    /// climb goes on.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Tokens read back from a bare noun for the opening of its phrase.</summary>
        private const int ObjectModifierReach = 6;

        /// <summary>Words that open a noun phrase as "the" does: "of its security team".</summary>
        private static readonly WordSet ObjectOpeners = new WordSet("the", "a", "an", "his", "her", "its", "their", "our");

        /// <summary>
        /// For the bare lower-case noun <paramref name="m"/> with modifiers before it, the token the
        /// climb reads next: the opening determiner ("the" of "of the working party"), or the
        /// preposition before a capitalised owner ("of" of "of South Korea's top credit card
        /// firm"), when a preposition stands before that opening. Else <paramref name="before"/>.
        /// Crossed: capitalised words, and lower-case words that are no stop word, cue or adverb
        /// in -ly; "and" between two of them ("work and pensions"). Reads at most six tokens back.
        /// </summary>
        private static int PastObjectModifiers(List<Token> t, Sentence s, Mention m, int before)
        {
            if (m.Kind == MentionKind.Name || m.Kind == MentionKind.Pronoun || m.End - m.First != 1 || before != m.First - 1) return before;
            Token noun = t[m.First];
            // A plural needs no determiner: "after the match ended fans said" ends its phrase at "fans".
            if (!noun.IsWord || noun.IsCapitalized || noun.IsPossessive || (noun.Text.EndsWith("s", StringComparison.Ordinal) && !noun.Text.EndsWith("ss", StringComparison.Ordinal))) return before;
            // Only a source noun: "a college football title game many are calling" is a count
            // after its own phrase. Not a person's title: "a retired general who suggested", "The
            // account from the CIA base chief adds" are the person's words.
            if (!RoleLexicon.IsSourceNoun(noun.Text) || NounPhrases.IsCountWord(noun.Text) || RoleLexicon.IsTitle(noun.Text)) return before;
            for (int k = before; k >= s.First && m.First - k <= ObjectModifierReach; k--)
            {
                Token w = t[k];
                if (!w.IsWord) return before;
                if (ObjectOpeners.Contains(w.Text))
                {
                    return k < before && IsClimbedPreposition(t, s, k - 1) ? k : before;
                }

                if (w.IsPossessive)
                {
                    if (!w.IsCapitalized) return before;
                    int open = k;
                    while (open - 1 >= s.First && t[open - 1].IsCapitalized && !t[open - 1].IsPossessive && m.First - open < ObjectModifierReach) open--;
                    if (open - 1 >= s.First && t[open - 1].Is("the")) return IsClimbedPreposition(t, s, open - 2) ? open - 1 : before;
                    return IsClimbedPreposition(t, s, open - 1) ? open - 1 : before;
                }

                if (w.IsCapitalized) continue;
                if (w.Is("and") && k < before && k - 1 >= s.First && t[k - 1].IsWord && !WordLists.StopWords.Contains(t[k - 1].Text)) continue;
                if (WordLists.StopWords.Contains(w.Text) || CueLexicon.IsCue(w.Text) || w.Text.EndsWith("ly", StringComparison.Ordinal)) return before;
            }

            return before;
        }

        /// <summary>
        /// Whether token <paramref name="k"/> is a preposition the climb goes past. Not "by": its
        /// object wrote or sent what is quoted ("A report by the Commons work and pensions
        /// committee called for", "A message sent by Google's security team said"), and the
        /// writing it climbed to named no one.
        /// </summary>
        private static bool IsClimbedPreposition(List<Token> t, Sentence s, int k) =>
            k >= s.First && t[k].IsWord && WordLists.Prepositions.Contains(t[k].Text) && !t[k].Is("by");
    }
}
