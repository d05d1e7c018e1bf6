using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore
    /// Romano, said": a name set off by commas right after a thing ("newspaper", "company") names
    /// that thing, not the speaker. The walk back from the cue took the name opening the last
    /// stretch for the speaker, as in "Keeper of the Ruler's Seal, Syed Danial, said"; when the
    /// stretch before it is a person's description ("the editor in chief of ...") set off after a
    /// name that opens the clause, that name speaks.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Tokens at most in the description between the speaker's name and the thing's name.</summary>
        private const int ThingDescriptionTokens = 20;

        /// <summary>
        /// The name the description ending at the comma <paramref name="comma"/> describes, when
        /// that description ends with a lower-case noun that is no person's title ("newspaper",
        /// "union") and holds a person's title;
        /// null otherwise, and the name after the comma keeps the quotation.
        /// </summary>
        private static Mention? NameBeforeThingAppositive(string text, List<Token> t, Sentence s, int comma)
        {
            Token thing = t[comma - 1];
            if (comma - 1 <= s.First || !thing.IsWord || thing.IsCapitalized || WordLists.StopWords.Contains(thing.Text) ||
                RoleLexicon.IsTitle(thing.Text)) return null;
            bool person = false;
            for (int c = comma - 2; c > s.First && comma - c <= ThingDescriptionTokens; c--)
            {
                Token w = t[c];
                if (w.Kind == TokenKind.Quote || w.IsPunct(';') || w.IsPunct(':') || IsDash(w)) return null;
                if (w.IsWord && (RoleLexicon.IsTitle(w.Text) || RoleLexicon.IsSourceNoun(w.Text)) && !w.IsCapitalized) person = true;
                if (!w.IsPunct(',')) continue;

                // "Vian, the editor in chief of the Vatican's official newspaper,": a description
                // opening with its determiner after the name.
                if (!person || !t[c + 1].IsWord || !WordLists.Determiners.Contains(t[c + 1].Text)) return null;
                Mention? named = SubjectEndingAt(text, t, s, c - 1);
                return named is not null && named.Kind == MentionKind.Name && StartsClause(t, s, WithDeterminer(t, s, named.First)) ? named : null;
            }

            return null;
        }
    }
}
