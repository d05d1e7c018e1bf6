using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// Subjects kept from their verb by a long parenthetical set off by commas: "Sen. Mark Kirk,
    /// R-Ill., who faces a tough re-election battle in his home state, rescinded his endorsement of
    /// Trump, saying ...", "Several candidates, including Trump, have said ...", "The newspaper,
    /// long a vocal advocate of reform, writes that ...". The main clause's subject was only looked
    /// for right before its verb or past a short appositive, and the walk back from a cue through
    /// the parenthetical only trusts a name or an indefinite group, so such subjects lost their
    /// reports. The phrase that opens the clause is the subject when it covers the whole stretch
    /// before the parenthetical's first comma and no piece of the parenthetical is a clause of its
    /// own. Every walk is bounded: a short opening phrase, a parenthetical of a few dozen tokens.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Tokens at most in the phrase that opens the clause before the parenthetical.</summary>
        private const int OpeningPhraseTokens = 12;

        /// <summary>Tokens at most in the parenthetical between the subject and its verb.</summary>
        private const int ParentheticalTokens = 45;

        /// <summary>
        /// The subject of the cue at <paramref name="cue"/> when the phrase opening the sentence is
        /// followed by a parenthetical that closes at the comma <paramref name="closing"/> before the
        /// verb; null when the opening is no subject phrase (a preposition's phrase, a time), when a
        /// piece of the parenthetical holds a clause ("The plan, he said, is dead, said Smith"), or
        /// when the cue's own speaker follows it ("..., said Smith."). A phrase read only as a plain
        /// subject marks <paramref name="a"/>'s speaker unnamed.
        /// </summary>
        private static Mention? SubjectBeforeParenthetical(string text, List<Token> t, Sentence s, int closing, int cue, Attribution a)
        {
            if (SpeakerFollowsCue(text, t, s, cue)) return null;
            int first = PastOpeningConjunction(t, s, closing);
            int open = OpeningPhraseComma(t, first, closing);
            if (open < 0 || closing - open <= 1 || closing - open > ParentheticalTokens) return null;
            for (int c = open + 1; c <= closing; c++)
            {
                Token w = t[c];
                if (w.IsPunct(';') || w.IsPunct(':') || IsDash(w) || IsSpacedHyphen(t, c)) return null;
                if (w.IsPunct(',') && ClauseBeforeComma(t, s, c)) return null;
            }

            Mention? subject = OpeningPhrase(text, t, s, first, open, out bool phrase);
            if (phrase) return subject is not null && Agrees(t, s, subject, closing, cue) ? subject : null;

            // "Several candidates, including Trump, have said": before a verb that only reports
            // words, a plain phrase whose head the lexicon does not know, named as written.
            // "Last week, in a speech, said" has lost its subject: a time is no one.
            if (TimeWords.Contains(t[open - 1].Text)) return null;
            subject = PlainSubjectBefore(text, t, s, cue, open);
            if (subject is null || subject.First != first || !Agrees(t, s, subject, closing, cue)) return null;
            a.SpeakerUnnamed = true;
            return subject;
        }

        /// <summary>The comma that closes a short phrase opening at <paramref name="first"/>, before <paramref name="limit"/>; -1 when none does.</summary>
        private static int OpeningPhraseComma(List<Token> t, int first, int limit)
        {
            int open = first;
            while (open < limit && open - first <= OpeningPhraseTokens && !t[open].IsPunct(','))
            {
                Token w = t[open];
                if (w.Kind == TokenKind.Quote || w.IsPunct(':') || w.IsPunct(';') || IsDash(w)) return -1;
                open++;
            }

            return open > first && open < limit && t[open].IsPunct(',') ? open : -1;
        }

        /// <summary>
        /// The subject phrase that fills the whole stretch from <paramref name="first"/> to the comma
        /// <paramref name="open"/>: "In Iowa," is a preposition's phrase, so "Iowa" is no subject.
        /// <paramref name="phrase"/> tells whether the phrase reader found a phrase at all.
        /// </summary>
        private static Mention? OpeningPhrase(string text, List<Token> t, Sentence s, int first, int open, out bool phrase)
        {
            Mention? subject = SubjectEndingAt(text, t, s, SkipPartyTagBack(t, open - 1, first));
            phrase = subject is not null;
            if (subject is null) return null;
            return WithDeterminer(t, s, subject.First) == first || AfterHonorific(t, first, subject.First) || ModifiesTitle(t, first, subject) ? subject : null;
        }

        /// <summary>
        /// "Mrs. Clinton's presidential campaign, which ..., said": the phrase reader starts a
        /// possessive's phrase at the name, past its honorific; the honorific and its stop between
        /// <paramref name="first"/> and <paramref name="subjectFirst"/> still open the same phrase.
        /// </summary>
        private static bool AfterHonorific(List<Token> t, int first, int subjectFirst)
        {
            if (subjectFirst <= first || subjectFirst - first > 2 || !t[first].IsWord || !RoleLexicon.IsHonorific(t[first].Text)) return false;
            return subjectFirst - first == 1 || t[first + 1].IsPunct('.');
        }

        /// <summary>
        /// "Talk show host Glenn Beck": words before a titled name that the name reader leaves out,
        /// none of them a preposition, function word or verb of speech, modify its title.
        /// </summary>
        private static bool ModifiesTitle(List<Token> t, int first, Mention name)
        {
            if (name.Kind != MentionKind.Name || !name.Titled || name.First - first > 3) return false;
            for (int i = first; i < name.First; i++)
            {
                Token w = t[i];
                if (!w.IsWord || WordLists.StopWords.Contains(w.Text) || WordLists.Prepositions.Contains(w.Text) || CueLexicon.IsCue(w.Text)) return false;
            }

            return true;
        }

        /// <summary>
        /// The main clause's subject when a parenthetical stands between it and its verb: "Sen. Mark
        /// Kirk, R-Ill., who faces a tough re-election battle, rescinded his endorsement, saying ...",
        /// "Republicans, who hold a majority in the Senate, have blocked the measures, saying ...".
        /// The parenthetical closes at the first comma, before <paramref name="limit"/>, that a verb
        /// follows; none of its pieces may be a clause of its own.
        /// </summary>
        private static Mention? SubjectPastParenthetical(string text, List<Token> t, Sentence s, int first, int limit)
        {
            int open = OpeningPhraseComma(t, first, limit);
            if (open < 0) return null;
            for (int c = open + 1; c + 1 < limit && c - open <= ParentheticalTokens; c++)
            {
                Token w = t[c];
                if (w.IsPunct(';') || w.IsPunct(':') || IsDash(w) || IsSpacedHyphen(t, c)) return null;
                if (!w.IsPunct(',')) continue;
                if (ClauseBeforeComma(t, s, c)) return null;
                if (!OpensVerbPhrase(t[c + 1])) continue;
                Mention? subject = OpeningPhrase(text, t, s, first, open, out _);
                return subject is not null && subject.Kind != MentionKind.Group ? subject : null;
            }

            return null;
        }

        /// <summary>"PARIS, Aug 31 (Reuters) - France's ...": a hyphen standing alone is a dash, which no parenthetical set off by commas holds.</summary>
        private static bool IsSpacedHyphen(List<Token> t, int i) =>
            t[i].IsPunct('-') && i > 0 && i + 1 < t.Count && t[i - 1].End < t[i].Start && t[i].End < t[i + 1].Start;

        /// <summary>A lower-case word that can open the main clause's verb phrase after a parenthetical: no relative, conjunction, preposition, article or participle.</summary>
        private static bool OpensVerbPhrase(Token w) =>
            w.IsWord && !w.IsCapitalized && !OpensDescription(w) && !ClauseOpeners.Contains(w.Text) && !w.Is("or") && !WordLists.Prepositions.Contains(w.Text) &&
            !WordLists.Determiners.Contains(w.Text) && !CueLexicon.IsParticiple(w.Text);

        /// <summary>
        /// "The latest threat, nicknamed evil twins, pose as ..., say experts": a singular phrase is
        /// no subject of a verb in its base form, unless an auxiliary stands between ("has said").
        /// </summary>
        private static bool Agrees(List<Token> t, Sentence s, Mention subject, int closing, int cue)
        {
            if (cue != closing + 1 || !CueLexicon.IsBaseForm(t[cue].Text)) return true;
            return subject.Kind == MentionKind.Pronoun ? t[subject.First].Is("they") : !IsSingular(t, s, subject);
        }

        /// <summary>
        /// "..., said Smith", "..., say Cranfield University experts", "..., said the senator, a
        /// Democrat": the cue's speaker follows it, a phrase closing the sentence or before a comma,
        /// or a name and the noun it modifies doing so; a day ("said Tuesday") is no one.
        /// </summary>
        private static bool SpeakerFollowsCue(string text, List<Token> t, Sentence s, int cue)
        {
            if (cue + 1 >= s.End || CueLexicon.TakesAddressee(t[cue].Text)) return false;
            Mention? after = NounPhrases.StartingAt(text, t, cue + 1, s.End);
            if (after is null || after.Kind == MentionKind.Pronoun || after.End - after.First == 1 && TimeWords.Contains(t[after.First].Text)) return false;
            if (after.End >= s.End || t[after.End].IsPunct(',') || t[after.End].IsPunct('.')) return true;

            // "say Cranfield University experts.": a name modifying the noun that closes the
            // sentence; "declared Trump was a threat" goes on with a verb: the content.
            int next = after.End;
            return after.Kind == MentionKind.Name && t[next].IsWord && !t[next].IsCapitalized && !WordLists.StopWords.Contains(t[next].Text) &&
                   (next + 1 >= s.End || t[next + 1].IsPunct(',') || t[next + 1].IsPunct('.'));
        }

        /// <summary>Tokens at most in an adverbial opening the sentence before its comma: "In August,", "At a rally in Iowa on Monday,".</summary>
        private const int OpeningAdverbialTokens = 10;

        /// <summary>
        /// The token after the comma that closes an adverbial opening at <paramref name="first"/>
        /// ("In August, several groups ..."), or -1 when no comma closes a short run of words and
        /// numbers before <paramref name="limit"/>.
        /// </summary>
        private static int PastOpeningAdverbial(List<Token> t, int first, int limit)
        {
            // "When Robby Mook, the manager, was asked": a subordinate clause, whose comma may close an appositive.
            if (Subordinators.Contains(t[first].Text)) return -1;
            for (int i = first + 1; i < limit && i - first <= OpeningAdverbialTokens; i++)
            {
                if (t[i].IsPunct(',')) return i + 1;
                if (!t[i].IsWord && t[i].Kind != TokenKind.Number || NounPhrases.IsPronoun(t[i]) || !t[i].IsCapitalized && Auxiliaries.Contains(t[i].Text)) return -1;
            }

            return -1;
        }

        /// <summary>
        /// "A spokesman for the mayor defended the route and said ...", "FBI officials were angered
        /// by the deal and predicted ...": a cue joined by "and" or "but" to a main clause whose
        /// subject is a group or unnamed person the lexicon knows has that phrase as its speaker;
        /// MainSubject only takes names and definite descriptions there. The phrase must fill the
        /// clause's opening up to its finite verb ("have", "were", a past form); a head the lexicon
        /// does not know ("The set-up reminded ...") names no speaker, a modal verb ("people can flag
        /// and report posts") reports nothing, and a clause word between the verb and the conjunction
        /// ("Some in the crowd booed, and when Rubio thanked Miami and said") leaves the cue to that
        /// clause.
        /// </summary>
        private static Mention? CoordinatedGroupSubject(string text, List<Token> t, Sentence s, int conjunction)
        {
            int first = PastOpeningConjunction(t, s, conjunction);
            if (first < conjunction && t[first].IsWord && (WordLists.Prepositions.Contains(t[first].Text) || WordLists.AdverbialStarters.Contains(t[first].Text))) first = PastOpeningAdverbial(t, first, conjunction);
            if (first < 0 || first >= conjunction) return null;
            int verb = first + 1;
            while (verb < conjunction && verb - first <= OpeningPhraseTokens && !IsFiniteVerb(t, verb, first) && !(t[verb].IsWord && WordLists.VerbModifiers.Contains(t[verb].Text)))
            {
                if (!IsSubjectWord(t[verb]) && !t[verb].IsPunct('.') || IsRelative(t[verb])) return null;
                verb++;
            }

            if (verb >= conjunction || verb - first > OpeningPhraseTokens || IsModal(t[verb])) return null;
            if (ClauseWordBetween(t, verb + 1, conjunction)) return null;

            Mention? subject = SubjectEndingAt(text, t, s, verb - 1);
            return subject is not null && subject.Kind == MentionKind.Group && WithDeterminer(t, s, subject.First) == first ? subject : null;
        }

        /// <summary>
        /// "a request by The Washington Post, which argued that ...", "the report, which concluded
        /// that ...": a non-restrictive "which" clause whose cue reports words (a "that", quotation
        /// or colon follows) speaks for its antecedent, the nearest phrase, when it is an
        /// organisation's name or a source or writing the lexicon knows, as "who" does for a person.
        /// Like a pronoun, the mention is "which" itself, resolved to the antecedent. "which reported
        /// spending $10 million" reports no words; "Florida, which Will claims affirmed" has its own
        /// subject between (a capitalised "Will" is no modal).
        /// </summary>
        private static Mention? WhichAntecedent(string text, List<Token> t, Sentence s, int which, int cue)
        {
            if (which - 2 < s.First || !t[which - 1].IsPunct(',') || !ReportsWords(t, s, cue + 1)) return null;
            for (int i = which + 1; i < cue; i++)
            {
                if (t[i].IsCapitalized) return null;
            }

            Mention? antecedent = NounPhrases.EndingAt(text, t, which - 2, s.First); // the nearest phrase: "the leak of the report, which"
            if (antecedent is null || antecedent.Kind == MentionKind.Pronoun) return null;
            return new Mention(antecedent.Kind, antecedent.First, antecedent.End, new TextRange(t[which].Start, t[which].End), antecedent.Text)
            {
                NameWords = antecedent.NameWords,
                Titled = antecedent.Titled,
                Article = antecedent.Article,
                Role = antecedent.Role,
            };
        }

        /// <summary>
        /// "Ryan's campaign shrugged off Trump's comments, telling ...", "The Pentagon's recent top
        /// adviser on the military campaign went further, arguing ...": the main clause's subject is
        /// the phrase the phrase reader finds filling the clause's opening up to a word that can open
        /// a verb phrase. SubjectOfVerb reads the opening from the left, which stops at a possessive
        /// and takes no group; read from the right, each candidate end is tried in turn, the
        /// shortest first.
        /// </summary>
        private static Mention? LexicalSubject(string text, List<Token> t, Sentence s, int first, int limit)
        {
            for (int end = first; end + 1 < limit && end - first < OpeningPhraseTokens; end++)
            {
                if (!t[end].IsWord || IsRelative(t[end]) || ClauseOpeners.Contains(t[end].Text) || CueLexicon.IsCue(t[end].Text)) return null;
                if (t[end].IsPossessive || !IsPastOrAuxiliary(t[end + 1])) continue;
                Mention? subject = SubjectEndingAt(text, t, s, end);
                if (subject is null || subject.Kind == MentionKind.Pronoun || WithDeterminer(t, s, subject.First) != first) continue;

                // "Officials can flag posts and report them": a modal verb reports nothing; "The
                // Lithuanians": a name after an article is a people or a title, left to the opening
                // phrase as written.
                if (HasTrueModal(t, end + 1, end + 2) || subject.Kind == MentionKind.Name && subject.First != first) return null;
                return ClauseWordBetween(t, end + 2, limit) ? null : subject;
            }

            return null;
        }

        /// <summary>Common irregular past forms, which the "-ed" test misses: "went further", "took aim".</summary>
        private static readonly WordSet IrregularPasts = new WordSet(
            "went", "took", "made", "gave", "came", "got", "held", "sent", "left", "became", "began", "stood", "spoke", "met", "ran",
            "brought", "kept", "sought", "thought", "felt", "found", "won", "lost", "struck", "led", "paid", "drew", "threw", "saw",
            "rose", "fell", "broke", "chose", "knew", "grew", "fought", "taught", "caught", "bought", "sat", "wrote", "told", "said");

        /// <summary>A lower-case auxiliary, verb modifier, past form in "-ed" or common irregular past: the start of a main clause's verb phrase.</summary>
        private static bool IsPastOrAuxiliary(Token w) =>
            w.IsWord && !w.IsCapitalized && (Auxiliaries.Contains(w.Text) || WordLists.VerbModifiers.Contains(w.Text) || IrregularPasts.Contains(w.Text) ||
                                             w.Text.EndsWith("ed", System.StringComparison.Ordinal) && w.Text.IndexOf('-') < 0);

        /// <summary>
        /// Whether a conjunction, relative or subordinating word stands in [<paramref name="from"/>,
        /// <paramref name="to"/>): another clause ("..., but the Court of Appeal cleared him, saying",
        /// "booed, and when Rubio thanked Miami and said"), whose subject may be the speaker.
        /// </summary>
        private static bool ClauseWordBetween(List<Token> t, int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                if (t[i].IsWord && (ClauseOpeners.Contains(t[i].Text) || IsRelative(t[i]) || Subordinators.Contains(t[i].Text))) return true;
            }

            return false;
        }

        /// <summary>Suffixes that close a name with a period of their own: "Jr.", "Sr.".</summary>
        private static readonly WordSet NameSuffixes = new WordSet("jr", "sr");

        /// <summary>
        /// "Vice President Joseph R. Biden Jr. said", "James B. Comey Jr., the director, said": the
        /// suffix's period ends the subject, which the walk back from the cue met first and took for
        /// no phrase at all; the phrase ends at the suffix itself, the period written on to it.
        /// </summary>
        private static int BeforeNameSuffixStop(List<Token> t, Sentence s, int i) =>
            i - 2 >= s.First && t[i].IsPunct('.') && t[i - 1].IsWord && t[i - 1].IsCapitalized && NameSuffixes.Contains(t[i - 1].Text) &&
            t[i - 1].End == t[i].Start && NounPhrases.IsNameish(t[i - 2]) ? i - 1 : i;

        /// <summary>Tokens at most between a writing's participle and the cue: "published Wednesday", "released earlier this year by the GAO".</summary>
        private const int PublishedReach = 8;

        /// <summary>
        /// "A news report published Wednesday said ...", "A campaign TV ad released Thursday accuses
        /// ...": a writing named with the participle of its making and when or by whom it was made.
        /// The reduced relative reading (PostmodifiedSubject) takes people only, and a day is no
        /// preposition or time opener; here the noun must be a writing, the participle end in "-ed"
        /// right after it and have an agent ("by") or a time after it, and only words stand before
        /// the cue. Read only when nothing else speaks: "The statement issued by Lycos also said"
        /// keeps Lycos.
        /// </summary>
        private static Mention? PublishedWriting(string text, List<Token> t, Sentence s, int last, int phraseEnd)
        {
            for (int i = last; i > s.First && last - i < PublishedReach; i--)
            {
                Token w = t[i];
                if (!(w.IsWord || w.Kind == TokenKind.Number) || CueLexicon.IsCue(w.Text) || ClauseOpeners.Contains(w.Text) || IsRelative(w) || NoSubjectWords.Contains(w.Text)) return null;
                if (w.IsCapitalized || !w.Text.EndsWith("ed", System.StringComparison.Ordinal) || !t[i - 1].IsWord || !RoleLexicon.IsDocument(t[i - 1].Text) || i + 1 >= s.End) continue;

                // "published Wednesday", "signed by 40 senators", "issued earlier this year": an
                // agent or a time after the participle; "The poll showed a majority" is a clause.
                Token next = t[i + 1];
                if (!(next.Is("by") || TimeWords.Contains(next.Text) || TimeOpeners.Contains(next.Text))) return null;
                while (phraseEnd > i + 1 && t[phraseEnd].IsWord && (WordLists.VerbModifiers.Contains(t[phraseEnd].Text) || Auxiliaries.Contains(t[phraseEnd].Text))) phraseEnd--;
                Mention? head = NounPhrases.EndingAt(text, t, i - 1, s.First);
                if (head is not null && head.Kind != MentionKind.Pronoun && head.Kind != MentionKind.Name && OpensClause(t, s, head)) return Extended(text, t, head, phraseEnd);

                // "A news report published Wednesday": lower-case nouns before the writing, which
                // the phrase reader leaves out, up to the determiner that opens the clause.
                int determiner = NounPhrases.DeterminerOpening(t, i - 1, s.First);
                if (determiner < 0 || !(determiner == s.First || !t[determiner - 1].IsWord || ClauseOpeners.Contains(t[determiner - 1].Text))) return null;
                var span = new TextRange(t[determiner].Start, t[phraseEnd].End);
                return new Mention(MentionKind.Group, determiner, phraseEnd + 1, span, span.Of(text)) { NameWords = new[] { t[i - 1].Text } };
            }

            return null;
        }

        /// <summary>
        /// "They passed out water bottles that said, “The party welcomes you”", "a message that said,
        /// "Sorry, ..."": a thing bearing words (a sign, a shirt, a message) "says" the quotation
        /// after it. The relative "that" right before a verb that only reports words, with a
        /// quotation straight after it (or after its comma or colon), stands for that thing: an
        /// unnamed source, as "who" stands for a person the lexicon cannot read. Gives
        /// <paramref name="a"/> its speaker and tells whether it did. The caller reads it only in
        /// a sentence with no attribution before it: "Penwell said the world lost a voice that
        /// said “Q”" reports Penwell's words, the voice's inside them.
        /// </summary>
        private static bool InscriptionBearer(string text, List<Token> t, Sentence s, int that, int cue, Attribution a)
        {
            if (that != cue - 1 || !PlainSayings.Contains(t[cue].Text) || t[cue].Is("told") || t[cue].Is("tells")) return false;
            Token bearer = t[that - 1];
            if (!bearer.IsWord || bearer.IsCapitalized || WordLists.StopWords.Contains(bearer.Text) || CueLexicon.IsCue(bearer.Text)) return false;
            int next = cue + 1;
            if (next < s.End && (t[next].IsPunct(',') || t[next].IsPunct(':'))) next++;
            if (next >= s.End || t[next].Kind != TokenKind.Quote) return false;
            a.Speaker = Unnamed(text, t, that, that + 1);
            a.SpeakerUnnamed = true;
            return true;
        }

        /// <summary>
        /// "this past week", "(over) the past year", "this coming weekend" ending at
        /// <paramref name="j"/> between a subject and its cue: a time of three or four words, which
        /// the two-word time skip ("last week", "on Monday") does not cover; the token before it,
        /// or <paramref name="j"/>.
        /// </summary>
        private static int BeforePastTimeSpan(List<Token> t, Sentence s, int j)
        {
            if (!(j - 3 >= s.First && t[j].IsWord && TimeWords.Contains(t[j].Text) && (t[j - 1].Is("past") || t[j - 1].Is("coming")) && (t[j - 2].Is("this") || t[j - 2].Is("the")))) return j;

            // "over the past week", "during the past year": the preposition is the time's too.
            bool governed = t[j - 3].IsWord && (t[j - 3].Is("over") || t[j - 3].Is("during") || t[j - 3].Is("in") || t[j - 3].Is("for"));
            return governed ? (j - 4 >= s.First ? j - 4 : j) : j - 3;
        }
    }
}
