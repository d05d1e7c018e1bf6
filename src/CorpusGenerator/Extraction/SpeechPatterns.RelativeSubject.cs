using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// A subject that carries a relative clause before its cue, read by one mechanism:
    /// "officials who spoke with The Huffington Post said", "Many of the local GOP leaders who'd
    /// rather be working now on a general election campaign for Cruz or Rubio or Ben Carson said",
    /// "progressive organizations that have endorsed him say". One walk back from the cue
    /// (<see cref="FindRelativeClause"/>) finds where the clause opens, one reader
    /// (<see cref="RelativePronoun"/>) reads its pronoun, and one record
    /// (<see cref="RelativeClause"/>) keeps what was found for the two readings of it:
    /// <list type="bullet">
    /// <item>the antecedent (<see cref="AntecedentOfRelativeClause"/>): the subject reader took a
    /// name inside the clause, its object ("The Huffington Post"), for the subject; the phrase
    /// before "who" speaks;</item>
    /// <item>the phrase with its clause (<see cref="SubjectWithRelativeClause"/>): no subject
    /// was found, the clause's verbs and pronoun hiding the phrase before it from the plain walk;
    /// the phrase and its clause speak, named as written.</item>
    /// </list>
    /// The clause ends at the cue, so a walk of a few dozen tokens at most per cue.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>What a relative pronoun is, as <see cref="RelativePronoun"/> reads it.</summary>
        private enum RelativeKind
        {
            None,

            /// <summary>"who", or "who" with its auxiliary contracted on: "who'd", "who’ve", "who's".</summary>
            Who,
            Whom,
            Whose,
            Which,

            /// <summary>"that", a relative pronoun only where a clause's verb follows it ("that have endorsed").</summary>
            That,
        }

        /// <summary>
        /// The one reading of a relative pronoun: "who" (also "who'd", "who’ve", "who's"),
        /// "whom", "whose", "which" or "that" (which may be no pronoun at all: see
        /// <see cref="SubjectRelativeAt"/>).
        /// </summary>
        private static RelativeKind RelativePronoun(Token w)
        {
            if (!w.IsWord || w.Text.Length < 3) return RelativeKind.None;
            char first = w.Text[0];
            if (first == 't' || first == 'T') return w.Is("that") ? RelativeKind.That : RelativeKind.None;
            if (first != 'w' && first != 'W') return RelativeKind.None;
            if (IsWho(w)) return RelativeKind.Who;
            if (w.Is("whom")) return RelativeKind.Whom;
            if (w.Is("whose")) return RelativeKind.Whose;
            return w.Is("which") ? RelativeKind.Which : RelativeKind.None;
        }

        /// <summary>"who", "whom", "whose" or "which": a pronoun that opens a clause about the phrase before it, whatever follows.</summary>
        private static bool IsRelative(Token w)
        {
            RelativeKind kind = RelativePronoun(w);
            return kind != RelativeKind.None && kind != RelativeKind.That;
        }

        /// <summary>
        /// The relative pronoun at <paramref name="i"/> as the subject of its clause may be: "that"
        /// counts only when a verb follows it before <paramref name="end"/> ("groups that have
        /// backed", not "a caveat that Rubio").
        /// </summary>
        private static RelativeKind SubjectRelativeAt(List<Token> t, int i, int end)
        {
            RelativeKind kind = RelativePronoun(t[i]);
            return kind != RelativeKind.That || i + 1 < end && OpensRelativeVerb(t[i + 1]) ? kind : RelativeKind.None;
        }

        /// <summary>"who", or "who" with its auxiliary contracted on: "who'd", "who’ve", "who's".</summary>
        private static bool IsWho(Token w)
        {
            if (!w.IsWord || w.Text.Length < 3 || !w.Text.StartsWith("who", System.StringComparison.OrdinalIgnoreCase)) return false;
            if (w.Text.Length == 3) return true;
            char apostrophe = w.Text[3];
            return (apostrophe == '\'' || apostrophe == '’') && Contractions.Contains(w.Text, 4, w.Text.Length - 4);
        }

        /// <summary>A word right after "that" that makes it a subject relative: an auxiliary ("that have endorsed") or a past form ("that endorsed").</summary>
        private static bool OpensRelativeVerb(Token w) =>
            w.IsWord && !w.IsCapitalized && (Auxiliaries.Contains(w.Text) || w.Text.EndsWith("ed", System.StringComparison.Ordinal));

        /// <summary>
        /// Tokens walked back from a cue over a relative clause on its subject, the subject's
        /// phrase included: "Current and former officials who spoke with The Huffington Post said"
        /// is 9 tokens, "Many of the local GOP leaders who'd rather be working now on a general
        /// election campaign for Cruz or Rubio or Ben Carson said" 18.
        /// </summary>
        private const int RelativeClauseReach = 28;

        /// <summary>
        /// What the walk back from a cue found of a relative clause on its subject: the clause
        /// runs from its pronoun (<see cref="Pronoun"/>) to <see cref="End"/>, and the record
        /// keeps what stands inside it, which each reading judges for itself.
        /// </summary>
        private readonly struct RelativeClause
        {
            public RelativeClause(int cue, int end, int pronoun, int comma, int wordsEnd, bool holdsCue)
            {
                Cue = cue;
                End = end;
                Pronoun = pronoun;
                Comma = comma;
                WordsEnd = wordsEnd;
                HoldsCue = holdsCue;
            }

            /// <summary>The cue the clause's subject goes with.</summary>
            public int Cue { get; }

            /// <summary>The token right after the clause: the cue, or the first of its modifiers.</summary>
            public int End { get; }

            /// <summary>
            /// Where the clause opens: the farthest subject relative pronoun ("who", "whose",
            /// "whom", "that" before a verb) that its words, numbers, hyphens and commas lead back
            /// to, past no lower-case cue; -1 when none.
            /// </summary>
            public int Pronoun { get; }

            /// <summary>The farthest comma after a word among those tokens; -1 when none.</summary>
            public int Comma { get; }

            /// <summary>
            /// Where the words alone that lead back from the clause's end stop: the nearest token
            /// that is no word (a comma, a number), a lower-case cue or a conjunction joining
            /// clauses (<see cref="PostmodifierStop"/>); -1 when none.
            /// </summary>
            public int WordsEnd { get; }

            /// <summary>Whether a cue word ("Post" in a newspaper's name too) stands among those tokens.</summary>
            public bool HoldsCue { get; }

            /// <summary>
            /// The pronoun when it is a "who" that words alone lead back to, past
            /// <see cref="WordsEnd"/> ("officials who spoke with The Huffington Post said"): the
            /// antecedent reading's; -1 otherwise.
            /// </summary>
            public int Who(List<Token> t) =>
                Pronoun > WordsEnd && Pronoun < End - 1 && RelativePronoun(t[Pronoun]) == RelativeKind.Who ? Pronoun : -1;
        }

        /// <summary>
        /// The one walk back from <paramref name="last"/>, the word before the cue at
        /// <paramref name="cue"/> (or before its modifiers), over a relative clause on the subject,
        /// within <see cref="RelativeClauseReach"/>. The clause opens at the farthest pronoun
        /// reached: "officials who met families who lost homes said" is one clause on "officials".
        /// </summary>
        private static RelativeClause FindRelativeClause(List<Token> t, Sentence s, int cue, int last)
        {
            int pronoun = -1, comma = -1, wordsEnd = -1;
            bool holdsCue = false;
            for (int i = last; i > s.First && last - i < RelativeClauseReach; i--)
            {
                Token w = t[i];
                if (wordsEnd < 0 && PostmodifierStop(t, i, last)) wordsEnd = i;

                // "The judges who ruled that ..., for instance, said", "voters who have listened to
                // his speeches over the decades, on television or at campaign events, said": commas
                // may set off pieces inside the relative clause, which must open before them.
                if (w.IsPunct(',') && t[i - 1].IsWord)
                {
                    comma = i;
                    continue;
                }

                if (!(w.IsWord || w.Kind == TokenKind.Number || IsJoiningHyphen(t, i, last + 1) || IsAbbreviationStop(t, i))) break;
                if (w.IsWord && CueLexicon.IsCue(w.Text))
                {
                    // "who said" or "officials say that people who": the clause holds a cue of
                    // its own; a capitalised one may be a name's word ("The Daily Post").
                    holdsCue = true;
                    if (!w.IsCapitalized) break;
                }
                else if (SubjectRelativeAt(t, i, last + 1) is RelativeKind kind && kind != RelativeKind.None && kind != RelativeKind.Which)
                {
                    pronoun = i;
                }
            }

            return new RelativeClause(cue, last + 1, pronoun, comma, wordsEnd, holdsCue);
        }

        /// <summary>
        /// Where a walk back over a postmodifier stops: a token that is no word, a lower-case cue
        /// (its own verb of speech), or a conjunction that joins clauses rather than phrases.
        /// </summary>
        private static bool PostmodifierStop(List<Token> t, int i, int last)
        {
            Token token = t[i];
            return !token.IsWord || CueLexicon.IsCue(token.Text) && !token.IsCapitalized || ClauseOpeners.Contains(token.Text) && !JoinsPhrases(t, i, last);
        }

        /// <summary>
        /// The speaker the relative clause gives when the subject reader found
        /// <paramref name="found"/>, a phrase that opens no clause, or nothing: a participle phrase
        /// or the clause's antecedent (<see cref="PostmodifiedSubject"/>); else, when a phrase
        /// other than a name was found, the phrase before the clause with the clause
        /// (<see cref="SubjectWithRelativeClause"/>), <paramref name="unnamed"/> then.
        /// </summary>
        private static Mention? RelativeClauseSubject(string text, List<Token> t, Sentence s, RelativeClause clause, int phraseEnd, Mention? found, out bool unnamed)
        {
            unnamed = false;
            Mention? postmodified = PostmodifiedSubject(text, t, s, clause, phraseEnd);
            if (postmodified is not null || found is null || found.Kind == MentionKind.Name) return postmodified;
            Mention? whole = SubjectWithRelativeClause(text, t, s, clause);
            unnamed = whole is not null;
            return whole;
        }

        /// <summary>
        /// The antecedent of the clause's "who" (<see cref="RelativeClause.Who"/>), which speaks:
        /// "An official with the agency who was present in court told ...", "Many of the local GOP
        /// leaders who'd rather be working for Cruz or Rubio or Ben Carson said": the relative
        /// clause, however long, ends at the cue, so a name inside it is its object. Null when
        /// no "who" was found.
        /// </summary>
        private static Mention? AntecedentOfRelativeClause(string text, List<Token> t, Sentence s, RelativeClause clause)
        {
            int i = clause.Who(t);
            if (i < 0) return null;

            // "The man who Smith said was a thief" has a subject of its own after "who": no
            // relative clause of the subject.
            if (!t[i + 1].IsWord || t[i + 1].IsCapitalized || NounPhrases.IsPronoun(t[i + 1])) return null;

            // "Mr Galloway, who on Thursday won damages from the Daily Telegraph said": a
            // clause set off by a comma that the writer left unclosed before the cue
            // speaks of the name before that comma, when the name opens the sentence;
            // further in ("its founder, Mikhail Khodorkovsky, who is now in jail facing
            // separate fraud charges") the clause may end the sentence, its last word no cue.
            if (t[i - 1].IsPunct(',')) return i - 2 >= s.First && SubjectEndingAt(text, t, s, i - 2) is Mention named && named.Kind == MentionKind.Name && OpensSentence(t, s, named) ? named : null;
            Mention? antecedent = SubjectEndingAt(text, t, s, i - 1);
            if (antecedent is not null) antecedent = WithJoinedModifier(text, t, s, antecedent);
            return antecedent is null || antecedent.Kind == MentionKind.Pronoun || !OpensClause(t, s, antecedent) ? null : antecedent;
        }

        /// <summary>
        /// "The state officials whose laws have been invalidated say ...", "Friends of Mr. Clinton's
        /// who have seen him on the trail say that ...", "progressive organizations that have
        /// endorsed him say ...": a subject phrase that opens its clause, then a relative clause,
        /// then a verb that only reports words. The relative clause hides the phrase from the plain
        /// walk (its verbs and "who" are no subject words), so the phrase before the relative
        /// pronoun (<see cref="RelativeClause.Pronoun"/>) is read as a plain subject and named
        /// with its clause, as written. Only a subject relative counts ("who", "whose", "whom",
        /// or "that" before a verb), so "Polls show that voters say" stays no subject; the clause
        /// may hold no cue, quotation, comma or dash. This finds a subject where none was found;
        /// where the walk took a name inside the clause for the subject, the antecedent reading
        /// (<see cref="AntecedentOfRelativeClause"/>) comes first.
        /// </summary>
        private static Mention? SubjectWithRelativeClause(string text, List<Token> t, Sentence s, RelativeClause clause)
        {
            int cue = clause.Cue, end = clause.End, relative = clause.Pronoun, comma = clause.Comma;
            if (!PlainSayings.Contains(t[cue].Text) || end > cue || end - 1 <= s.First || clause.HoldsCue) return null;
            RelativeKind kind = relative >= 0 ? RelativePronoun(t[relative]) : RelativeKind.None;

            // Past a comma only "who" surely opens a relative clause about a person ("The only parts
            // that would keep going, said the operators, were ..." sets off an inverted attribution).
            if (comma >= 0 && (relative > comma || kind == RelativeKind.That)) return null;

            // "who said" is the relative clause's own cue; the clause must hold more than its pronoun.
            // "hackers who U.S. officials say is tied", "a man whose lawyers say": the cue is the
            // relative clause's own, so the pronoun must start a verb phrase ("who have seen") and
            // "whose" a noun and then its verb ("whose laws have been invalidated").
            if (relative < 0 || end - relative < (kind == RelativeKind.Whose ? 4 : 3)) return null;
            if (kind != RelativeKind.Whose && !OpensRelativeVerb(t[relative + 1]) && !(t[relative + 1].IsWord && !t[relative + 1].IsCapitalized && !WordLists.StopWords.Contains(t[relative + 1].Text))) return null;
            for (int i = relative + 1; i < end; i++)
            {
                // "a caveat that negated what he had just said": a clause of its own before the cue.
                if (t[i].IsWord && ClauseWords.Contains(t[i].Text)) return null;
            }

            Mention? head = PlainSubjectBefore(text, t, s, cue, relative);
            if (head is null || head.End != relative) return null;
            for (int i = head.First + 1; i < head.End; i++)
            {
                // "Rubio seemed to offer a caveat that ...": a verb in the phrase makes it a clause.
                Token w = t[i];
                if (w.IsWord && !w.IsCapitalized && (w.Is("to") || w.Text.EndsWith("ed", System.StringComparison.Ordinal) && !WordLists.Determiners.Contains(t[i - 1].Text))) return null;
            }

            return Unnamed(text, t, head.First, end);
        }

        /// <summary>Words that open a clause of their own inside a relative clause: a question word or a subject pronoun.</summary>
        private static readonly WordSet ClauseWords = new WordSet("what", "which", "whether", "if", "than", "i", "we", "you", "he", "she", "they", "it", "there");
    }
}
