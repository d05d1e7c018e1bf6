using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "On Tuesday, traders in Asia said", "Music industry bosses in Norway said": a name governed
    /// by a preposition, before a cue, whose climb to the phrase the preposition modifies found
    /// none the lexicon reads. The name was kept as the speaker; it is inside the subject phrase
    /// and speaks for no one. The phrase from the clause's start to the name speaks, named as
    /// written, as "An official with Animal Protection Services of Saskatchewan" is.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Prepositions of place or direction: "traders in Asia", "a letter sent to Martin Mubanga".</summary>
        private static readonly WordSet PlaceOrListenerPrepositions = new WordSet("in", "at", "on", "to", "into", "near", "among", "inside", "outside", "across", "around");

        /// <summary>
        /// The phrase from the clause's start to <paramref name="last"/> when <paramref name="name"/>
        /// is governed by a preposition of place or direction that follows a lower-case noun opening
        /// its clause; null otherwise.
        /// </summary>
        private static Mention? PhraseAroundHeadlessObject(string text, List<Token> t, Sentence s, Mention name, int last)
        {
            // "by the EOC", "from Reuters", "of Democrats", "for the Lib Dems" may name the author
            // or the group itself; only where someone is, or to whom, is no one who speaks.
            int p = WithDeterminer(t, s, name.First) - 1;
            if (p <= s.First || !t[p].IsWord || t[p].IsCapitalized || !PlaceOrListenerPrepositions.Contains(t[p].Text)) return null;
            Token head = t[p - 1];
            if (!head.IsWord || head.IsCapitalized && p - 1 != s.First || WordLists.StopWords.Contains(head.Text) || LooksVerbal(head)) return null;
            int first = NounPhrases.DeterminerOpening(t, p - 1, s.First);
            if (first < 0 || !StartsClause(t, s, first)) first = StartsClause(t, s, p - 1) ? p - 1 : -1;
            if (first < 0) return null;

            // "The party offered fresh ammunition to Republicans": a verb between the determiner
            // and the head makes the stretch a clause, not a phrase.
            for (int i = first + 1; i < p - 1; i++)
            {
                if (LooksVerbal(t[i])) return null;
            }

            var span = new TextRange(t[first].Start, t[last].IsPossessive ? t[last].End - 2 : t[last].End);
            return new Mention(MentionKind.Group, first, last + 1, span, span.Of(text)) { NameWords = new[] { head.Text } };
        }

        /// <summary>A cue, auxiliary, past form or participle: "unveiled", "offered", "is", "saying".</summary>
        private static bool LooksVerbal(Token w) =>
            w.IsWord && (CueLexicon.IsCue(w.Text) || Auxiliaries.Contains(w.Text) || IrregularPasts.Contains(w.Text) ||
                         w.Text.EndsWith("ed", System.StringComparison.OrdinalIgnoreCase) || CueLexicon.IsParticiple(w.Text));
    }
}
