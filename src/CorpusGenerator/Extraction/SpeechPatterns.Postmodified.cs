using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// Subjects with something between them and their cue: a relative clause ("An official who
    /// was present in court told"), a participle ("People arrested last week said"), or an
    /// absolute phrase ("with a spokesperson for the camp describing"). Unnamed people are named
    /// by their whole description, as news readers (and the gold) name them: "a spokesperson for
    /// the camp", not "a spokesperson". Every walk is bounded by a few tokens.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Prepositions that open a phrase saying who someone unnamed is: "a spokesman for", "officials at", "a member of".</summary>
        private static readonly WordSet PostmodifierPrepositions = new WordSet("of", "for", "at", "from", "with", "in", "on", "by");

        /// <summary>Tokens walked back from a cue to the participle that opens a postmodifier.</summary>
        private const int PostmodifierReach = 10;

        /// <summary>
        /// The subject of a cue when a relative clause or a participle phrase separates them, walking
        /// back from the clause's last word; null when none does. Whichever is nearer the cue
        /// reads the subject: a participle within <see cref="PostmodifierReach"/>, or the
        /// <paramref name="clause"/>'s "who", whose antecedent speaks
        /// (<see cref="AntecedentOfRelativeClause"/>). A participle phrase is named up to
        /// <paramref name="phraseEnd"/>, its time included ("People arrested last week").
        /// </summary>
        private static Mention? PostmodifiedSubject(string text, List<Token> t, Sentence s, RelativeClause clause, int phraseEnd)
        {
            int last = clause.End - 1, who = clause.Who(t);
            for (int i = last; i > s.First && i > who && last - i < PostmodifierReach; i--)
            {
                if (PostmodifierStop(t, i, last)) return null;
                if (i < last && IsActiveParticipleAfterNoun(t, i, s))
                {
                    // "Another intelligence source speaking to Fox News said", "Two aides working
                    // for Smith said": the participle's object, a name, is no subject; the noun
                    // the participle modifies is, named with the whole phrase.
                    Mention? head = i - 1 == s.First && t[i - 1].IsCapitalized ? Word(text, t, i - 1) : NounPhrases.EndingAt(text, t, i - 1, s.First);
                    if (head is null || head.Kind == MentionKind.Pronoun || head.Kind == MentionKind.Name) return null;
                    if (OpensClause(t, s, head)) return Extended(text, t, head, phraseEnd);

                    // "Another intelligence source": lower-case nouns before the head, which the
                    // phrase reader leaves out, up to the determiner that opens the clause.
                    int determiner = NounPhrases.DeterminerOpening(t, i - 1, s.First);
                    if (determiner < 0 || !StartsClause(t, s, determiner)) return null;
                    var span = new TextRange(t[determiner].Start, t[phraseEnd].End);
                    return new Mention(MentionKind.Group, determiner, phraseEnd + 1, span, span.Of(text)) { NameWords = new[] { t[i - 1].Text } };
                }

                if (IsParticipleAfterNoun(t, i, s) && (i == last || IsPassiveComplement(t[i + 1])))
                {
                    // "People arrested last week said", "people arrested at the camp alleged".
                    // Capitalized at the sentence start, "People" is still a noun, not a name.
                    Mention? head = i - 1 == s.First && t[i - 1].IsCapitalized ? Word(text, t, i - 1) : NounPhrases.EndingAt(text, t, i - 1, s.First);
                    if (head is null || head.Kind == MentionKind.Pronoun || head.Kind == MentionKind.Name || !OpensClause(t, s, head)) return null;
                    return Extended(text, t, head, phraseEnd);
                }
            }

            return AntecedentOfRelativeClause(text, t, s, clause);
        }

        /// <summary>Whether <paramref name="name"/> opens its sentence, or the words after an opening quotation.</summary>
        private static bool OpensSentence(List<Token> t, Sentence s, Mention name)
        {
            int first = WithDeterminer(t, s, name.First);
            return first == s.First || t[first - 1].Kind == TokenKind.Quote;
        }

        /// <summary>Modifiers of a group that news prose pairs with "and" or "or": "current and former", "senior and junior".</summary>
        private static readonly WordSet PairedModifiers = new WordSet(
            "current", "former", "past", "present", "future", "senior", "junior", "retired", "active", "serving", "local", "state", "federal",
            "national", "foreign", "male", "female", "young", "old", "older", "younger", "new", "longtime", "veteran", "top", "some");

        /// <summary>
        /// "Current and former officials": one modifier joined by "and" or "or" to the one that
        /// opens an unnamed group, the pair opening the clause, belongs to the group; the phrase
        /// reader stops at the conjunction, and "former officials" alone opens no clause.
        /// </summary>
        private static Mention WithJoinedModifier(string text, List<Token> t, Sentence s, Mention group)
        {
            int first = group.First - 2;
            if (group.Kind != MentionKind.Group || first < s.First || !(t[first + 1].Is("and") || t[first + 1].Is("or"))) return group;
            Token modifier = t[first];

            // "Hawkins and others who want to ban abortion": a name joined to the group is a second
            // subject, no modifier of it; only the modifiers that come in such pairs are read.
            if (!modifier.IsWord || !PairedModifiers.Contains(modifier.Text) || !StartsClause(t, s, first)) return group;
            var span = new TextRange(modifier.Start, group.Span.End);
            return new Mention(group.Kind, first, group.End, span, span.Of(text)) { NameWords = group.NameWords, Role = group.Role };
        }

        /// <summary>
        /// "for Cruz and Rubio", "worked for the party and the campaign": an "and" or "or" at
        /// <paramref name="i"/> before a name, a determiner or a number joins two phrases inside the
        /// clause; before a verb or a pronoun it may join clauses, whose subject would be another.
        /// </summary>
        private static bool JoinsPhrases(List<Token> t, int i, int last)
        {
            if (!(t[i].Is("and") || t[i].Is("or")) || i + 1 > last) return false;
            Token next = t[i + 1];
            return next.Kind == TokenKind.Number || next.IsWord && !NounPhrases.IsPronoun(next) && (next.IsCapitalized || WordLists.Determiners.Contains(next.Text));
        }

        /// <summary>
        /// "People familiar with the talks said", "a source familiar with the FDIC's internal
        /// investigation said", "officials close to the inquiry said": an unnamed source, named by
        /// the adjective's phrase that says who they are; null when no "familiar with" or "close
        /// to" stands within reach before <paramref name="last"/>.
        /// </summary>
        private static Mention? FamiliarSource(string text, List<Token> t, Sentence s, int last, int phraseEnd)
        {
            for (int i = last - 1; i > s.First && last - i < PostmodifierReach; i--)
            {
                Token token = t[i];
                if (!token.IsWord || CueLexicon.IsCue(token.Text) || ClauseOpeners.Contains(token.Text)) return null;
                if (!(token.Is("familiar") && t[i + 1].Is("with") || token.Is("close") && t[i + 1].Is("to"))) continue;
                Mention? head = i - 1 == s.First && t[i - 1].IsCapitalized ? Word(text, t, i - 1) : NounPhrases.EndingAt(text, t, i - 1, s.First);
                if (head is null || head.Kind == MentionKind.Pronoun || head.Kind == MentionKind.Name || !OpensClause(t, s, head)) return null;
                return Extended(text, t, head, phraseEnd);
            }

            return null;
        }

        /// <summary>
        /// Participles that report words whatever follows them, after "with" and a subject: "with
        /// analysts saying sales ...". "adding", "calling", "describing", "reporting" also name
        /// acts ("with China adding 178 million PCs", "with Ferrari claiming the title"), and
        /// "predicting", "complaining" take a figure or a topic ("with the bank predicting 4%
        /// growth", "with citizens complaining of charges"): they still need "that", a colon or a
        /// quotation.
        /// </summary>
        private static readonly WordSet AbsoluteSayings = new WordSet(
            "saying", "arguing", "insisting", "warning", "noting", "admitting", "acknowledging", "explaining", "asserting",
            "contending", "stressing");

        /// <summary>
        /// "..., with a spokesperson for the camp describing the scene as ...": the phrase after
        /// "with" is the subject of the participle cue at <paramref name="cue"/>.
        /// </summary>
        private static Mention? AbsoluteSubject(string text, List<Token> t, Sentence s, int cue)
        {
            for (int w = cue - 2; w >= s.First && cue - w <= 8; w--)
            {
                // "with Sen. John McCain calling it a “Chinese menu.”": the period of a title's or
                // an initial's abbreviation is inside the name, not a break before "with".
                if (!t[w].IsWord && !AbbreviationPeriod(t, s, w)) return null;
                if (!t[w].Is("with")) continue;
                // "with China adding 178 million PCs": no words reported; but "with analysts saying
                // the deficit could ...", "with the Tories claiming the Chancellor has ...": a
                // participle that only reports words reports the clause after it, "that" or not.
                if (!ReportsWords(t, s, cue + 1) && !AbsoluteSayings.Contains(t[cue].Text)) return null;
                Mention? subject = NounPhrases.StartingAt(text, t, w + 1, cue);

                // "with the Countryside Alliance saying", "with the BBC saying": an organisation's
                // name keeps its "the" outside the mention, so the phrase is read from the name.
                if (subject is null && w + 2 < cue && t[w + 1].Is("the") && NounPhrases.StartingAt(text, t, w + 2, cue) is Mention named && named.Kind == MentionKind.Name) subject = named;
                // "with leader Jane Doe saying": a role before the name leaves the name as the subject.
                if (subject is null || (subject.First != w + 1 && subject.Kind != MentionKind.Name) || subject.Kind == MentionKind.Pronoun) return null;
                return subject.Kind == MentionKind.Name ? (subject.End == cue ? subject : null) : Extended(text, t, subject, cue - 1);
            }

            return null;
        }

        /// <summary>The period right after an abbreviation ("Sen.", "Dr.") or an initial ("John F. Kennedy").</summary>
        private static bool AbbreviationPeriod(List<Token> t, Sentence s, int i) =>
            t[i].IsPunct('.') && i - 1 >= s.First && t[i - 1].IsWord && t[i - 1].End == t[i].Start &&
            (WordLists.Abbreviations.Contains(t[i - 1].Text) || (t[i - 1].Text.Length == 1 && char.IsUpper(t[i - 1].Text[0])));

        /// <summary>
        /// "“No, that’s the mom,” says my two-year-old.": right after a quote and its cue, a short
        /// phrase with a determiner that ends the sentence is the speaker, whatever its noun
        /// ("Other sites charge a monthly fee." has no quote: the phrase is an object).
        /// </summary>
        private static Mention? TrailingDescription(string text, List<Token> t, Sentence s, int first)
        {
            if (first - 2 < s.First || t[first - 2].Kind != TokenKind.Quote) return null;
            if (first >= s.End || !t[first].IsWord || !(t[first].Is("my") || t[first].Is("our") || t[first].Is("a") || t[first].Is("an") || t[first].Is("one"))) return null;
            int end = first + 1;
            while (end < s.End && end - first <= 4 && t[end].IsWord && !WordLists.StopWords.Contains(t[end].Text) && !t[end].IsCapitalized) end++;
            if (end == first + 1 || (end < s.End && !t[end].IsPunct('.') && !t[end].IsPunct('!'))) return null;
            if (end + 1 < s.End) return null;
            var span = new TextRange(t[first].Start, t[end - 1].End);
            return new Mention(MentionKind.Group, first, end, span, span.Of(text)) { NameWords = new[] { t[end - 1].Text } };
        }

        /// <summary>
        /// Whether <paramref name="subject"/> opens its sentence or a comma's clause: "Facebook paid
        /// teens and other users who agreed to download an app called ..." has no speaker in it.
        /// </summary>
        private static bool OpensClause(List<Token> t, Sentence s, Mention subject)
        {
            int first = WithDeterminer(t, s, subject.First);
            if (first <= s.First) return true;
            Token before = t[first - 1];
            if (before.IsPunct(',') || before.IsPunct(';') || before.IsPunct('—') || before.Kind == TokenKind.Quote) return true;
            return first - 1 == s.First && before.IsCapitalized && !WordLists.Prepositions.Contains(before.Text); // "But people arrested ..."
        }

        /// <summary>Whether a quote, a colon or "that" comes within a few tokens of <paramref name="from"/>: words reported.</summary>
        private static bool ReportsWords(List<Token> t, Sentence s, int from)
        {
            for (int i = from; i < s.End && i - from < 6; i++)
            {
                if (t[i].Kind == TokenKind.Quote || t[i].IsPunct(':') || t[i].Is("that")) return true;
            }

            return false;
        }

        /// <summary>A lower-case past participle right after a noun that can speak: "people arrested", "residents displaced".</summary>
        private static bool IsParticipleAfterNoun(List<Token> t, int i, Sentence s)
        {
            Token token = t[i];
            if (i - 1 < s.First || token.IsCapitalized || !token.Text.EndsWith("ed", System.StringComparison.Ordinal) || token.Text.Length < 5) return false;
            Token noun = t[i - 1];
            return noun.IsWord && (!noun.IsCapitalized || i - 1 == s.First) && RoleLexicon.IsSourceNoun(noun.Text) && !RoleLexicon.IsDocument(noun.Text);
        }

        /// <summary>Prepositions that end in "-ing": "the campaign during which", "officials including".</summary>
        private static readonly WordSet PrepositionsInIng = new WordSet(
            "during", "including", "regarding", "concerning", "following", "according", "excluding", "notwithstanding", "pending", "barring", "considering");

        /// <summary>
        /// A lower-case present participle right after a noun that can speak, a reduced relative
        /// clause of that noun: "source speaking to", "aides working for", "voters supporting".
        /// </summary>
        private static bool IsActiveParticipleAfterNoun(List<Token> t, int i, Sentence s)
        {
            Token token = t[i];
            if (i - 1 < s.First || token.IsCapitalized || !CueLexicon.IsParticiple(token.Text) || token.Text.Length < 6 || PrepositionsInIng.Contains(token.Text)) return false;

            // "chief operating officer Peter Chernin", "managing director": an "-ing" word before a
            // title modifies the title, no participle of the noun before it.
            if (i + 1 < s.End && t[i + 1].IsWord && RoleLexicon.IsTitle(t[i + 1].Text)) return false;
            Token noun = t[i - 1];
            return noun.IsWord && (!noun.IsCapitalized || i - 1 == s.First) && RoleLexicon.IsSourceNoun(noun.Text) && !RoleLexicon.IsDocument(noun.Text);
        }

        /// <summary>
        /// What follows a passive participle in a reduced relative ("arrested at the camp",
        /// "arrested last week", "dressed for a game"): a preposition or a time. "declined to
        /// threaten" is a finite verb with its object, not a participle.
        /// </summary>
        private static bool IsPassiveComplement(Token next) =>
            next.IsWord && !next.Is("to") && (WordLists.Prepositions.Contains(next.Text) || TimeOpeners.Contains(next.Text) || next.Is("during") || next.Is("after"));

        /// <summary>"Senator", "minister": a singular title with no determiner, which names no one by itself.</summary>
        private static bool IsBareTitle(List<Token> t, Mention m) =>
            m.End - m.First == m.NameWords.Length && RoleLexicon.IsTitle(t[m.End - 1].Text) && !t[m.End - 1].Text.EndsWith("s", System.StringComparison.Ordinal);

        private static Mention Word(string text, List<Token> t, int i) =>
            new Mention(MentionKind.Group, i, i + 1, new TextRange(t[i].Start, t[i].End), t[i].Text) { NameWords = new[] { t[i].Text } };

        /// <summary>The description <paramref name="head"/> stretched to token <paramref name="last"/>, keeping its head words.</summary>
        private static Mention Extended(string text, List<Token> t, Mention head, int last)
        {
            if (last < head.End) return head;
            int end = t[last].IsPossessive ? t[last].End - 2 : t[last].End;
            var span = new TextRange(head.Span.Start, end);
            return new Mention(head.Kind, head.First, last + 1, span, span.Of(text)) { NameWords = head.NameWords, Role = head.Role };
        }
    }
}
