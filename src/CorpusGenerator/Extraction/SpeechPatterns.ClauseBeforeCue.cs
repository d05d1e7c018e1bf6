using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "In New York, ..., the race will be tight, said Dan Gerstein": a clause, not an appositive,
    /// before the cue's comma; also when a "when" or "where" clause ends it ("... would be the key
    /// themes when the UK took over the chairmanship, said Mr Straw").
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// Whether the piece between the comma at <paramref name="comma"/> and the comma, quotation
        /// mark or sentence start before it holds a finite verb ahead of any relative word: "the race
        /// will be tight," is a clause, what was said, so the speaker follows the cue ("..., said Dan
        /// Gerstein"), and no name before it is an appositive's. "a lawyer who has represented him,"
        /// and "who was polled," or "where the school is," describe the speaker, and stay appositives.
        /// </summary>
        private static bool ClauseBeforeComma(List<Token> t, Sentence s, int comma)
        {
            for (int i = comma - 1; i >= s.First; i--)
            {
                Token w = t[i];
                if (w.IsPunct(',') || w.Kind == TokenKind.Quote || IsDash(w)) return false;
                if (!w.IsWord) continue;
                // "Security, stability and prosperity would be the key themes when the UK took over
                // the chairmanship, said Mr Straw": a "when" or "where" clause with no auxiliary of
                // its own may end a clause whose verb stands before it, so the walk goes on back; a
                // piece it opens ("Smith, when he was asked, said") met its auxiliary first, and the
                // walk back from that auxiliary still finds the "when". The speaker had been the list's
                // first word ("Security") and the name after the cue the content.
                if (OpensDescription(w))
                {
                    if (w.Is("when") || w.Is("where")) continue;
                    return false;
                }

                if (FiniteAuxiliaries.Contains(w.Text))
                {
                    // A relative word or "that" further back makes it a description ("who said she was"),
                    // a subordinating word a circumstance ("speaking on condition of anonymity because
                    // they were not authorized"), and so does a participle opening the piece.
                    int j = i - 1;
                    for (; j >= s.First && !t[j].IsPunct(',') && t[j].Kind != TokenKind.Quote && !IsDash(t[j]); j--)
                    {
                        if (t[j].IsWord && (OpensDescription(t[j]) || Subordinators.Contains(t[j].Text))) return false;
                    }

                    return !CueLexicon.IsParticiple(t[j + 1].Text);
                }
            }

            return false;
        }

        /// <summary>"said Dan Gerstein", "said the company's chief executive": a speaker, no pronoun, right after the cue at <paramref name="k"/>.</summary>
        private static bool NamedAfter(string text, List<Token> t, Sentence s, int k) =>
            k + 1 < s.End && NounPhrases.StartingAt(text, t, k + 1, s.End) is Mention after && after.Kind != MentionKind.Pronoun && !VerbAfterName(t, s, after);

        /// <summary>
        /// "..., said Gates described the nonprofit's role ...": a name after the cue with a finite
        /// verb right after it ("have", "would", a past form) is the subject of what was said, not
        /// the speaker, as a pronoun with a verb after it is. So is an irregular past that is no
        /// cue: "A new book, Brown's Britain, says Mr Blair went back on a pledge" was Mr Blair's
        /// report of the book's title.
        /// </summary>
        private static bool VerbAfterName(List<Token> t, Sentence s, Mention name) =>
            name.Kind == MentionKind.Name && name.End < s.End && (IsFiniteVerb(t, name.End, name.First) || IsIrregularPastNoCue(t[name.End]));

        /// <summary>"went", "took", "made": a lower-case irregular past that reports nothing.</summary>
        private static bool IsIrregularPastNoCue(Token w) =>
            w.IsWord && !w.IsCapitalized && IrregularPasts.Contains(w.Text) && !CueLexicon.IsCue(w.Text);

        /// <summary>"who", "which", "that", "where", "when": a word that opens a clause describing the phrase before it.</summary>
        private static bool OpensDescription(Token w) =>
            RelativePronoun(w) != RelativeKind.None || w.Is("where") || w.Is("when") || w.Is("whereas");
    }
}
