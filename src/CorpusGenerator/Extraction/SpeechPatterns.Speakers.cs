using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>Finding the speaker of a cue: before it, after it, past appositives and clauses.</summary>
    internal static partial class SpeechPatterns
    {
        private static bool FindSpeaker(string text, List<Token> t, Sentence s, Attribution a, List<Attribution> earlier)
        {
            int k = a.Cue;
            Token cue = t[k];
            if (cue.Is("according"))
            {
                if (NormAfterAccordingTo(t, s, a.CueEnd)) return false; // "according to a strict code of honour": no source
                if (NameAfterOwnRole(text, t, a.CueEnd, s.End) is Mention owned)
                {
                    a.Speaker = owned; // "according to his Newcastle boss Rob Andrew" (AccordingToOwnRole)
                    a.SpeakerAfterCue = true;
                    return true;
                }

                a.Speaker = NounPhrases.StartingAt(text, t, a.CueEnd, s.End);
                if (a.Speaker is not null) a.Speaker = NounPhrases.NameAfterPremodifiedRole(text, t, a.Speaker, s.End) ?? a.Speaker;
                else a.Speaker = NounPhrases.NameAfterLowerCaseRole(text, t, a.CueEnd, s.End); // "according to tourism minister Sontaya Kunplome"

                // "according to market analysts Nielsen/NetRatings": a joint name the phrase below keeps whole.
                if (a.Speaker is not null && a.Speaker.First > a.CueEnd && a.Speaker.End < s.End && IsJoiningSlash(t, a.Speaker.End, s.End)) a.Speaker = null;
                if (a.Speaker is null)
                {
                    a.Speaker = AccordingToSource(text, t, s, a.CueEnd, out bool unnamed);
                    a.SpeakerUnnamed = unnamed;

                    // "according to the World Travel and Tourism Council": one body's name with "and" (OrganisationNameUpTo).
                    if (unnamed && a.Speaker is not null && OrganisationNameUpTo(text, t, a.Speaker.First, a.Speaker.End) is Mention body)
                    {
                        a.Speaker = body;
                        a.SpeakerUnnamed = false;
                    }
                    else if (unnamed && a.Speaker is not null && NameAfterDescribingWords(text, t, s, a.Speaker) is Mention describedName)
                    {
                        // "according to blog analysis firm Technorati" (AccordingToDescribedName)
                        a.Speaker = describedName;
                        a.SpeakerUnnamed = false;
                    }
                }

                // "according to a report from Bloomberg New Energy Finance": the author is the source.
                if (a.Speaker is not null && AuthorAfterWriting(text, t, s, a.Speaker) is Mention author)
                {
                    a.Speaker = author;
                    a.SpeakerUnnamed = false;
                }

                if (a.Speaker is not null) a.SpeakerAfterCue = true;
                return a.Speaker is not null;
            }

            bool participle = CueLexicon.IsParticiple(cue.Text);
            int j = k - 1;

            // "he was quoted as saying": the subject of "quoted" speaks.
            bool quotedAs = participle && j - 1 >= s.First && t[j].Is("as") && t[j - 1].Is("quoted");
            if (quotedAs)
            {
                j -= 2;
                participle = false;
            }

            // "Sanders went on to say", "Lewandowski continued to assert": the subject of "went" or
            // "continued" speaks; "..., going on to say", "continuing to insist" open a participle clause.
            int aspect = AspectBeforeCue(t, k, s);
            if (aspect > 0)
            {
                participle = t[k - aspect].Is("going") || t[k - aspect].Is("continuing");
                j -= aspect;
            }

            // "Rep. Gwen Moore (D-Wis.) said": the party tag stands between the name and the cue.
            if (j > s.First && t[j].IsPunct(')'))
            {
                int open = j - 1;
                while (open > s.First && j - open <= 8 && !t[open].IsPunct('(')) open--;
                if (t[open].IsPunct('(')) j = open - 1;
            }

            int phraseEnd = j;

            j = BeforePastTimeSpan(t, s, j); // "Reince Priebus, the GOP chairman, this past week announced"

            // "Officials on Monday said", "People arrested last week said": a time between subject and cue.
            if (j - 1 > s.First && t[j].IsWord && TimeWords.Contains(t[j].Text) && t[j - 1].IsWord && TimeOpeners.Contains(t[j - 1].Text)) j -= 2;
            else if (j > s.First && t[j].IsWord && (t[j].Is("yesterday") || t[j].Is("today"))) j--;
            else if (j > s.First && t[j].IsCapitalized && TimeWords.Contains(t[j].Text) && !t[j - 1].IsCapitalized) j--; // "Priebus later Thursday told"

            // "McConnell, who in 2010 said": a year between subject and cue.
            if (j - 1 > s.First && t[j].Kind == TokenKind.Number && t[j - 1].Is("in")) j -= 2;

            // "Dianne Feinstein (D-Calif.) last week said": the party tag before the time.
            if (j > s.First && t[j].IsPunct(')'))
            {
                int open = j - 1;
                while (open > s.First && j - open <= 8 && !t[open].IsPunct('(')) open--;
                if (t[open].IsPunct('(')) j = open - 1;
            }

            // "The company in a statement said", "Smith in an interview said": the channel, then the subject.
            if (j - 2 > s.First && t[j].IsWord && !t[j].IsCapitalized && t[j - 1].IsWord && (t[j - 1].Is("a") || t[j - 1].Is("an") || t[j - 1].Is("his") || t[j - 1].Is("her") || t[j - 1].Is("its") || t[j - 1].Is("their")) && t[j - 2].Is("in"))
            {
                j -= 3;
            }

            // "Carter however said", "Proponents of the bill, however, say", "Cruz himself said": an
            // aside between subject and verb.
            if (j - 2 > s.First && t[j].IsPunct(',') && t[j - 1].IsWord && Asides.Contains(t[j - 1].Text) && t[j - 2].IsPunct(',')) j -= 3;
            else if (j > s.First && t[j].IsWord && Asides.Contains(t[j].Text)) j--;

            int skipped = 0;
            bool passive = false, negated = false, modal = false;
            while (j >= s.First && skipped < 4 && t[j].IsWord && (WordLists.VerbModifiers.Contains(t[j].Text) || IsOpenAdverb(t, j, s)) && !NounPhrases.IsPronoun(t[j]) &&
                   !NounPhrases.IsFunctionWordSurname(t[j])) // "Theresa May said": a surname, no modal (NounPhrases.ModalSurnames)
            {
                if (IsBe(t[j])) passive = true;
                if (t[j].Is("not") || t[j].Is("never")) negated = true;
                if (IsModal(t[j])) modal = true;
                j--;
                skipped++;
            }

            // "was told", "is said to": passive, the speaker is elsewhere; "did not say": no speech.
            if ((passive && !quotedAs && !participle) || negated) return false;

            // "engineers could still write code", "will add value": a modal verb with an object
            // and no "that", quote or colon after it reports nothing said.
            if (modal && skipped > 0 && HasTrueModal(t, k - skipped, k) && !ReportsAfter(t, s, k + 1)) return false;
            if (j >= s.First && t[j].IsWord && (t[j].Text.EndsWith("n't", System.StringComparison.OrdinalIgnoreCase) || t[j].Text.EndsWith("n’t", System.StringComparison.OrdinalIgnoreCase))) return false;

            // "and then, behind her back, sniffed that": an adverbial set off by commas after the
            // conjunction leaves the cue coordinated all the same.
            if (!participle && j > s.First && t[j].IsPunct(',') && CoordinatedPastAdverbial(t, s, j) is int conjunction) j = conjunction;

            // "... and stressed", ", and strongly condemned", ", stating that": the same speaker.
            bool coordinated = j >= s.First && (t[j].Is("and") || t[j].Is("but") || (participle && t[j].IsPunct(',')));
            if (coordinated && participle && t[j].IsPunct(',') && Last(earlier) is int inner && OpensRelativeClause(t, s, earlier[inner].Cue) &&
                MainSubject(text, t, s, j) is Mention mainSubject)
            {
                // "Trump was defensive when forced to defend not paying an architect who said he was
                // stiffed ..., saying, “Q”": the relative clause's cue speaks for its antecedent only;
                // the participle after it goes with the main clause, whose subject speaks.
                a.Speaker = mainSubject;
                return true;
            }

            // "According to documents, he fell ill, describing ...": the participle is the clause's
            // own, and what the source reports runs on through it.
            if (coordinated && participle && Last(earlier) is int opening && InsideOpeningAccordingTo(t, s, earlier[opening], k)) return false;

            if (coordinated && Last(earlier) is int shared)
            {
                a.SharesSpeakerWith = shared;
                a.Speaker = earlier[shared].Speaker;

                // "... acknowledged some plagiarism even as he defended the campaign, saying": the
                // same person, named by the nearer pronoun.
                if (participle && a.Speaker is not null && SubordinateSubjectBefore(text, t, s, earlier[shared].CueEnd, j, k) is Mention nearer) a.Speaker = nearer;
                return true;
            }

            if (coordinated && (!participle || (k + 1 < s.End && t[k + 1].Is("that"))))
            {
                // "IRCC did not reveal any details, but said ...": the sentence's subject; inside a
                // subordinate or relative clause ("When Trump referred to it and said"), the clause's.
                a.Speaker = t[j].Is("and") ? CoordinatedClauseSubject(text, t, s, j) : null;
                if (a.Speaker is not null)
                {
                    // The clause, and what its cue reports, ends at the comma that closes it.
                    for (int c = k + 2; c < s.End; c++)
                    {
                        if (c + 1 < s.End && t[c].IsPunct(',') && t[c + 1].Kind == TokenKind.Quote) continue; // "said, “Q”"
                        // "said he would “protect our citizens,” the crowd applauded": a comma inside the closing mark.
                        bool quotedComma = t[c].Kind == TokenKind.Quote && EndsWithComma(t, c);
                        if (!t[c].IsPunct(',') && !quotedComma) continue;
                        a.ContentLimit = quotedComma ? c + 1 : c;
                        break;
                    }

                    return true;
                }

                // "IRCC did not reveal any details, but said ...": the sentence's subject.
                a.Speaker = MainSubject(text, t, s, j, afterSubordinate: participle) ?? CoordinatedGroupSubject(text, t, s, j); // ", arguing that" past an opener too
                return a.Speaker is not null;
            }

            if (participle && j > s.First && (t[j].Is("by") || t[j].Is("after") || t[j].Is("before") || ConcessiveOrTemporal(t, s, j)))
            {
                // "Trump landed in hot water by saying that ...", "Blige sings before asking her, “Q”":
                // the means or the sequel of the main clause's act, so its subject speaks. After
                // another cue it belongs to that cue's content ("told CBS that Holt would ... by
                // calling out"), unless that cue is the main clause's own ("Obama responded ... by saying").
                Mention? subject = MainSubject(text, t, s, j);

                // "Paul Ryan, despite admitting that C, voted for it": the subject right before the
                // adverbial's comma, and C ends at the comma before the main verb.
                if (subject is null && t[j - 1].IsPunct(',') && j - 2 >= s.First && SubjectEndingAt(text, t, s, j - 2) is Mention named && named.Kind == MentionKind.Name)
                {
                    subject = named;
                    for (int c = k + 2; c + 1 < s.End; c++)
                    {
                        if (t[c].IsPunct(',') && t[c + 1].IsWord && !t[c + 1].IsCapitalized && !WordLists.StopWords.Contains(t[c + 1].Text))
                        {
                            a.ContentLimit = c;
                            break;
                        }
                    }
                }

                if (subject is null) return false;
                if (Last(earlier) is int previous)
                {
                    if (earlier[previous].Speaker is not Mention main || main.Span.Start != subject.Span.Start) return false;

                    // "Grassley and Leahy said developers had defined these areas by adding ...": after
                    // a plain "said" with its clause, the means is the clause's own, part of what was said.
                    // With a comma between ("told reporters, before insisting") the means is the teller's.
                    if (PlainSayings.Contains(t[earlier[previous].Cue].Text) && !earlier[previous].SpeakerAfterCue && earlier[previous].CueEnd < j && t[earlier[previous].CueEnd].IsWord &&
                        !WordLists.Prepositions.Contains(t[earlier[previous].CueEnd].Text) && !WordLists.AdverbialStarters.Contains(t[earlier[previous].CueEnd].Text) &&
                        !HasCommaBetween(t, earlier[previous].CueEnd, j)) return false;
                    for (int i = earlier[previous].CueEnd; i < j; i++)
                    {
                        if (t[i].Is("that") || t[i].Kind == TokenKind.Quote) return false; // inside that cue's content
                    }

                    a.SharesSpeakerWith = previous;
                }

                a.Speaker = subject;
                return true;
            }

            if (participle && j >= s.First && (t[j].Is("while") || t[j].Is("after") || t[j].Is("before") || t[j].Is("when") || t[j].Is("by") || t[j].Is("in")))
            {
                return false; // "After saying ...", "while claiming tax breaks": an adverbial, its subject elsewhere
            }

            if (j > s.First && RelativePronoun(t[j]) == RelativeKind.Which && !participle) return (a.Speaker = WhichAntecedent(text, t, s, j, k)) is not null;
            if (j > s.First && t[j].Is("that") && !participle && earlier.Count == 0 && InscriptionBearer(text, t, s, j, k, a)) return true; // "water bottles that said, “Q”"

            // Only the bare "who", not "who’ve" as RelativePronoun reads it: "superdelegates who’ve
            // already said they support Clinton" is not yet read as the relative clause's own cue.
            if (j > s.First && t[j].Is("who") && !participle)
            {
                // "Heather, who finally confessed that ...": the relative clause's antecedent speaks.
                int before = t[j - 1].IsPunct(',') ? j - 2 : j - 1;
                a.Speaker = before >= s.First ? SubjectEndingAt(text, t, s, before) : null;

                // "Bush himself, who told", "Staunton, 49, who told", "Forum (MMF), who say": past the aside (WhoPastAside).
                if (a.Speaker is null && t[j - 1].IsPunct(',') && BeforeWhoAside(t, s, before) is int aside && aside >= s.First) a.Speaker = WhoAntecedentBeforeAside(text, t, s, before, aside);

                // "Mr. Bush tells voters who wonder why ... that he": the clause describes the listener.
                if (a.Speaker is not null && ListenerOfEarlierCue(t, s, a.Speaker, earlier)) return false;

                // "McConnell, now the Senate majority leader, who in 2010 said": the description is
                // an appositive, and the name before it is whom the clause is about.
                if (a.Speaker is not null && a.Speaker.Kind != MentionKind.Name && t[j - 1].IsPunct(',') &&
                    BeforeAppositive(text, t, s, j - 1) is Mention named && named.Kind == MentionKind.Name && !RoleLexicon.IsNationality(named.Text))
                {
                    // "Sen. Dianne Feinstein of California, the ranking Democrat ..., who said": the
                    // place closes the name before it.
                    a.Speaker = named.First - 2 >= s.First && t[named.First - 1].Is("of") && NounPhrases.EndingAt(text, t, named.First - 2, s.First) is Mention person &&
                                person.Kind == MentionKind.Name ? person : named;
                }

                if (a.Speaker is null && earlier.Count == 0) RelativeSource(text, t, s, a, j);
                return a.Speaker is not null && a.Speaker.Kind != MentionKind.Pronoun;
            }

            // "He’s argued that", "she's suggesting that": the pronoun of a contracted subject speaks.
            j = BeforeNameSuffixStop(t, s, j); // "Joseph R. Biden Jr. said"

            // A relative clause on the subject before the cue, found once when a reading asks for it.
            RelativeClause? relativeClause = null;
            a.Speaker = ContractedSubject(t, s, j, k);

            if (a.Speaker is null && (!participle || skipped > 0))
            {
                if (j >= s.First && (t[j].IsWord || NounPhrases.IsNameNumber(t, j) || NounPhrases.IsPercentSign(t, j)))
                {
                    a.Speaker = SubjectEndingAt(text, t, s, j);

                    // "A letter from the Legion obtained by The Associated Press warns": the reader is no author.
                    if (a.Speaker is not null && a.Speaker.Kind == MentionKind.Name && WritingBeforeReader(text, t, s, a.Speaker) is Mention writing) a.Speaker = writing;

                    // "Sources close to Mr Hockney said": the name is the adjective's object, and
                    // the climb over "to" stopped at "close"; the unnamed source the adjective
                    // describes speaks, as it does when no phrase at all was found.
                    if (a.Speaker is not null && a.Speaker.Kind != MentionKind.Pronoun && FamiliarSource(text, t, s, j, phraseEnd) is Mention familiar && familiar.First < a.Speaker.First)
                    {
                        a.Speaker = familiar;
                        a.SpeakerUnnamed = true;
                    }

                    // "The doctors who signed the letter said", "A lawyer who represents Trump said":
                    // a phrase that opens no clause is the object inside a relative clause, whose
                    // antecedent speaks.
                    if (a.Speaker is null || !StartsClause(t, s, WithDeterminer(t, s, a.Speaker.First)))
                    {
                        // "groups that have backed the mayor say": the object of a relative clause
                        // is not who speaks; the phrase the clause qualifies is. A name stays ("a
                        // watch Sharon said was" is a relative clause without its "that").
                        relativeClause ??= FindRelativeClause(t, s, k, j);
                        Mention? relativeSubject = RelativeClauseSubject(text, t, s, relativeClause.Value, phraseEnd, a.Speaker, out bool relativeUnnamed);
                        if (relativeUnnamed) a.SpeakerUnnamed = true;
                        a.Speaker = relativeSubject ?? a.Speaker ?? PublishedWriting(text, t, s, j, phraseEnd);
                    }
                    if (a.Speaker is null && FamiliarSource(text, t, s, j, phraseEnd) is Mention source)
                    {
                        a.Speaker = source;
                        a.SpeakerUnnamed = true;
                    }

                }
                else if (j > s.First && t[j].IsPunct(',') && !(j == k - 1 && ClauseBeforeComma(t, s, j) && NamedAfter(text, t, s, k)))
                {
                    a.Speaker = BeforeAppositive(text, t, s, j) ?? SubjectBeforeParenthetical(text, t, s, j, k, a);
                }

                // "Facebook post", "August tweet": a base form after a singular name is a noun.
                // "Police say": a source noun opening the sentence is capitalised, not a name.
                bool sourceNoun = a.Speaker is not null && a.Speaker.End - a.Speaker.First == 1 && RoleLexicon.IsSourceNoun(WordSet.LowerUnlessAscii(t[a.Speaker.First].Text));
                if (a.Speaker is not null && !modal && aspect == 0 && !sourceNoun && CueLexicon.IsBaseForm(cue.Text) && a.Speaker.Kind == MentionKind.Name && IsSingular(t, s, a.Speaker) && !CollectiveSay(text, t, s, a.Speaker, k)) a.Speaker = null;

                // "32% of Republican claims": a cue in -s after a share is the noun it counts.
                if (a.Speaker is not null && ShareBeforePluralNoun(t, a.Speaker, cue)) a.Speaker = null;

                // "He said RCMP will maintain ...": a cue inside another's content is part of it,
                // unless a relative clause holds it ("meddling the congressman said is designed").
                if (a.Speaker is not null && OpenBefore(earlier, a.Speaker.First) && !StartsClause(t, s, WithDeterminer(t, s, a.Speaker.First)) && !IsReducedRelativeCue(t, s, a) && !QuotedRelativeCue(t, s, a)) return false;
            }

            if (a.Speaker is null && participle && skipped == 0 && j >= s.First && t[j].IsCapitalized && QuotationFollows(t, s, k + 1))
            {
                // "footage of Hillary Clinton asking, “Q”", "Trump saying during the debate, “Q”": the
                // name the participle modifies speaks the quotation after it.
                Mention? named = NounPhrases.EndingAt(text, t, j, s.First);
                if (named is not null && named.Kind == MentionKind.Name) a.Speaker = SubjectPastPlaceOrListener(text, t, s, named, k) ?? named;
            }

            // "than TransLink says they are": a comparison, not an attribution.
            if (a.Speaker is not null && a.Speaker.First > s.First && (t[a.Speaker.First - 1].Is("than") || t[a.Speaker.First - 1].Is("what") && !QuotedWhatCue(t, s, a))) return false;

            // "“Q?” asked Sen. Maria Cantwell": right after a quote, who follows "asked" or "told" asks or tells.
            bool afterQuote = k > s.First && (t[k - 1].Kind == TokenKind.Quote || (t[k - 1].IsPunct(',') && k - 2 >= s.First && t[k - 2].Kind == TokenKind.Quote));

            // "..., despite admitting concerns about “trial lawyers trying to get rich,” said the
            // victims need ...": a quoted fragment inside a clause is no quotation the cue follows.
            if (afterQuote)
            {
                int quoteAt = t[k - 1].Kind == TokenKind.Quote ? k - 1 : k - 2;
                if (quoteAt > s.First && t[quoteAt - 1].IsWord && !t[quoteAt - 1].IsCapitalized) afterQuote = false;
            }
            // "... to hold on to gamers said Lindsay Schroth, an analyst with The Yankee Group.": an
            // inverted cue whose comma is missing (UncommaedInversions).
            bool uncommaed = !participle && !afterQuote && earlier.Count == 0 && IsUncommaedInversion(text, t, s, k);
            if (uncommaed) a.Speaker = null;
            a.Uncommaed = uncommaed;
            if (a.Speaker is null && !participle && (!CueLexicon.TakesAddressee(cue.Text) || afterQuote) && k + 1 < s.End && (k == s.First || t[k - 1].IsPunct(',') || t[k - 1].Kind == TokenKind.Quote || IsDash(t[k - 1]) || uncommaed))
            {
                a.Speaker = NounPhrases.StartingAt(text, t, k + 1, s.End);
                if (a.Speaker is not null) a.Speaker = NounPhrases.NameAfterPremodifiedRole(text, t, a.Speaker, s.End) ?? a.Speaker;

                // "..., however, say it would keep": a pronoun with a verb after it opens the content.
                if (a.Speaker is not null && a.Speaker.Kind == MentionKind.Pronoun && a.Speaker.End < s.End && t[a.Speaker.End].IsWord) a.Speaker = null;
                else if (a.Speaker is not null && a.Speaker.Kind == MentionKind.Name && NounPhrases.IsPluralPossessor(t, a.Speaker.End - 1)) a.Speaker = null; // "said Ladbrokes' Warren Lush": an owner, as "Ladbrokes's" is (PossessorSpeakers)
                else if (a.Speaker is not null && VerbAfterName(t, s, a.Speaker)) a.Speaker = null; // "..., said Gates described ..."

                if (a.Speaker is null && (afterQuote || OpensWithPossessor(t, k + 1, s.End))) a.Speaker = NameAfterModifiers(text, t, k + 1, s.End); // "C, said Sun's chief operating officer Jonathan Schwartz" (PossessorSpeakers)
                if (a.Speaker is null && k > s.First) a.Speaker = TrailingDescription(text, t, s, k + 1);
                if (a.Speaker is not null && (afterQuote || InvertedAfterComma(t, s, k)) && NameAfterRoleComma(text, t, s, a.Speaker) is Mention named) a.Speaker = named; // "said EEF chief economist, Steve Radley" (RoleThenName)
                if (a.Speaker is not null && AuthorAfterInvertedWriting(text, t, s, a.Speaker) is Mention author) a.Speaker = author; // "says a report from analysts Gartner" (InvertedWritingAuthors)
                if (a.Speaker is not null) a.SpeakerAfterCue = true;
            }

            if (a.Speaker is null && !participle && !CueLexicon.IsEvaluative(cue.Text))
            {
                // "“Q,” said one of two witnesses who ...", "“Q,” one employee told the paper": a quote
                // and its cue, with a source the text does not name.
                a.Speaker = afterQuote ? UnnamedSourceAfter(text, t, k + 1, s.End) : UnnamedSourceBefore(text, t, s, k, j + 1);
                if (a.Speaker is null && !afterQuote && skipped == 0) a.Speaker = QuantifierSource(text, t, s, k);
                a.SpeakerUnnamed = a.Speaker is not null;
                if (afterQuote && a.Speaker is not null && NameAfterRoleComma(text, t, s, a.Speaker) is Mention lawyer)
                {
                    a.Speaker = lawyer; // "said one of their lawyers, Michalis Dimitrakopoulos" (RoleThenName)
                    a.SpeakerUnnamed = false;
                }

                if (afterQuote && a.Speaker is not null) a.SpeakerAfterCue = true;
            }

            if (a.Speaker is null && !participle && !afterQuote && earlier.Count == 0 && j > s.First && t[j].Kind == TokenKind.Punct)
            {
                a.Speaker = BeforeDashAside(text, t, s, j, k, out bool dashUnnamed);
                a.SpeakerUnnamed = dashUnnamed && a.Speaker is not null;
            }

            if (a.Speaker is null && !participle && !afterQuote && earlier.Count == 0)
            {
                a.Speaker = PlainSubjectBefore(text, t, s, k, j + 1);
                if (a.Speaker is null)
                {
                    relativeClause ??= FindRelativeClause(t, s, k, j);
                    a.Speaker = SubjectWithRelativeClause(text, t, s, relativeClause.Value);
                }

                a.SpeakerUnnamed = a.Speaker is not null;
            }

            if (a.Speaker is null && participle && k == s.First && k + 1 < s.End && t[k + 1].Is("that"))
            {
                // "Stating that C, the president stated ...": the main clause's subject speaks.
                for (int c = k + 2; c + 1 < s.End; c++)
                {
                    if (!t[c].IsPunct(',')) continue;
                    Mention? subject = NounPhrases.StartingAt(text, t, c + 1, s.End);
                    if (subject is not null && subject.End < s.End && t[subject.End].IsWord && subject.Kind != MentionKind.Group)
                    {
                        a.Speaker = subject;
                        a.ContentLimit = c;
                        break;
                    }
                }
            }

            // "The company issued a statement saying ...": the writing's author, the main clause's subject, speaks.
            if (a.Speaker is null && participle && skipped == 0 && earlier.Count == 0 && AfterIssuedWriting(t, s, k)) a.Speaker = MainSubject(text, t, s, k);

            if (a.Speaker is null && participle && AfterClausePause(t, s, k))
            {
                // "Rival Hillary Clinton had mocked the complaint, saying ...": the subject speaks;
                // of a second clause joined to the first, its own subject. The main clause may
                // follow an opening subordinate one (MainSubjectOpeners): only for a participle set
                // off by its comma, not for a verb joined by "and" inside that clause.
                a.Speaker = MainSubject(text, t, s, k, afterSubordinate: true);
                if (a.Speaker is not null && JoinedClauseSubject(text, t, s, a.Speaker, k) is Mention joined) a.Speaker = joined;
                else if (a.Speaker is not null && SubordinateSubjectBefore(text, t, s, a.Speaker.End, k - 1, k) is Mention nearer)
                {
                    a.ResolvedFrom = a.Speaker;
                    a.Speaker = nearer;
                }

                // "..., asking the city to correct its figures": after an addressee verb the words
                // may be a request to the listener; only a subject the lexicon knows is trusted there.
                if (a.Speaker is null && earlier.Count == 0 && !CueLexicon.TakesAddressee(cue.Text))
                {
                    a.Speaker = OpeningSubjectPhrase(text, t, s, k - 1);
                    a.SpeakerUnnamed = a.Speaker is not null;
                }
            }

            if (a.Speaker is null && participle && skipped == 0) a.Speaker = AbsoluteSubject(text, t, s, k);
            if (a.Speaker is null && participle && skipped == 0)
            {
                a.Speaker = AbsoluteShare(text, t, s, k);
                a.SpeakerUnnamed = a.Speaker is not null;
            }


            if (a.Speaker is null) return false;

            // "Sen. Kristen Gillibrand (D-NY), a supporter of ... told": the appositive's closing comma left out.
            if (!a.SpeakerAfterCue && a.Speaker.End <= k && NameBeforeUnclosedAppositive(text, t, s, a.Speaker) is Mention described)
            {
                a.Speaker = described;
                a.SpeakerUnnamed = false;
            }

            // "he lamented that global fears have ebbed": a "that" clause makes the evaluation words
            // said; "demanded that the US prove" asks for an act, it reports no words.
            bool saysThat = k + 1 < s.End && t[k + 1].Is("that") && !cue.Text.StartsWith("demand", System.StringComparison.OrdinalIgnoreCase);
            if (CueLexicon.IsEvaluative(cue.Text) && (a.Speaker.Kind == MentionKind.Group || !(HasAlso(t, s, k) || saysThat))) return false;
            return true;
        }

        /// <summary>
        /// "Trevor Nicholson, a spokesman for the ministry, said": the name before the appositive;
        /// "Keeper of the Ruler's Seal, Syed Danial Syed Ahmad, said": the name that is the appositive.
        /// </summary>
        private static Mention? BeforeAppositive(string text, List<Token> t, Sentence s, int comma)
        {
            int right = comma;
            Mention? governed = null; // a preposition's object passed over, in case nothing further back speaks
            bool listed = false; // a list's tail passed over: the names before it are its items (ListedAppositives)
            for (int chunk = 0; chunk < 4; chunk++)
            {
                int c = right - 1;
                while (c > s.First && right - c <= 20 && !t[c].IsPunct(',') && t[c].Kind != TokenKind.Quote) c--;
                if (chunk > 0 && c == s.First && IsRelative(t[right + 1]))
                {
                    // "The lawmaker, who represents a district in Albay province, said": past the
                    // relative clause, the phrase that opens the sentence.
                    Mention? opening = SubjectEndingAt(text, t, s, right - 1);
                    return opening is not null && opening.Kind != MentionKind.Pronoun && (WithDeterminer(t, s, opening.First) == s.First || AfterHonorific(t, s.First, opening.First)) ? opening : governed;
                }

                if (c <= s.First || !t[c].IsPunct(',')) return governed;
                Mention? inner = NounPhrases.EndingAt(text, t, SkipPartyTagBack(t, right - 1, c + 1), c + 1);
                inner = WithUnknownFirstName(text, t, inner, c + 1);
                if (IsListTail(text, t, s, c, right, inner) || (listed && IsListItem(inner, c, right)))
                {
                    listed = true; // "whose films include Schindler's List, Michael Collins and Star Wars, said" (ListedAppositives)
                    right = c;
                    continue;
                }

                if (chunk == 0 && NameOfDescribedBody(text, t, s, c, right, inner) is Mention body) return body; // "Manufacturers' organisation, the EEF, said" (BodyAppositives)
                if (inner is not null && inner.Kind == MentionKind.Name && inner.First == c + 1)
                {
                    if (chunk == 0 && NameBeforeThingAppositive(text, t, s, c) is Mention person) return person;
                    if (!IsPlaceAfterPlace(text, t, s, c)) return inner;

                    // "in Columbus, Ohio,": the state is part of the phrase before it; read that phrase next.
                    right = c;
                    continue;
                }
                bool relative = IsRelative(t[c + 1]) || t[c + 1].Is("where");
                int before = c - 1;
                if (t[before].IsPunct(')'))
                {
                    // "Rep. Elijah Cummings (D-Md.), chair of the committee, said".
                    int open = before - 1;
                    while (open > s.First && before - open <= 8 && !t[open].IsPunct('(')) open--;
                    if (open > s.First && t[open].IsPunct('(')) before = open - 1; // a ")" opening the sentence has no "(" before it
                }

                Mention? m = SubjectEndingAt(text, t, s, before);

                // "Jane Roe, 45, of Dayton, Ohio, who was polled, said": the state closes a hometown,
                // so the speaker is further back.
                if (relative && m is not null && m.Kind == MentionKind.Name && ClosesHometown(text, t, s, m))
                {
                    right = m.First - 1;
                    continue;
                }

                if (m is not null && m.Kind == MentionKind.Name && (!relative && ObjectOfPreposition(text, t, s, m) || relative && GovernedBeforeRelative(t, s, m)))
                {
                    governed ??= m;
                    right = c;
                    continue;
                }

                if (m is not null && m.Kind == MentionKind.Name && !relative && AppositiveAfterParticipleObject(text, t, s, m, c, right) is Mention described) return described;
                if (m is not null && m.Kind == MentionKind.Name && !relative && chunk == 0 && AntecedentPastInnerAppositive(text, t, s, m, c) is Mention antecedent) return antecedent;

                if (m is not null && m.Kind == MentionKind.Name)
                {
                    m.Role ??= NounPhrases.Appositive(text, t, c + 1, right);
                    return m;
                }

                // "..., president of the federation, which represents teachers, said": past a
                // relative clause to the phrase before it.
                if (relative || m is null || m.Kind != MentionKind.Group)
                {
                    right = c;
                    continue;
                }

                m.Role ??= NounPhrases.Appositive(text, t, c + 1, right);
                return m;
            }

            return governed;
        }

        /// <summary>
        /// "One Republican presidential hopeful, Carly Fiorina, says": the name reader did not know
        /// "Carly" for a first name and read only "Fiorina", so the name did not fill the appositive
        /// and the cue lost its speaker. Set off by commas, one capitalised word that is no function
        /// word or title, right before a name, is that name's first word.
        /// </summary>
        private static Mention? WithUnknownFirstName(string text, List<Token> t, Mention? name, int first)
        {
            if (name is null || name.Kind != MentionKind.Name || name.First != first + 1 || name.Titled) return name;
            Token w = t[first];
            if (!w.IsWord || !w.IsCapitalized || w.IsPossessive || WordLists.StopWords.Contains(w.Text) || RoleLexicon.IsTitle(w.Text) || RoleLexicon.IsNationality(w.Text)) return name;
            var span = new TextRange(w.Start, name.Span.End);
            string[] words = new string[name.NameWords.Length + 1];
            words[0] = w.Text;
            System.Array.Copy(name.NameWords, 0, words, 1, name.NameWords.Length);
            return new Mention(MentionKind.Name, first, name.End, span, span.Of(text)) { NameWords = words, Role = name.Role };
        }

        /// <summary>
        /// The subject phrase ending at <paramref name="last"/>. A phrase after a preposition is an
        /// object ("professor Kent Moore at the University of Toronto says"), so the walk climbs over
        /// prepositional phrases to the phrase they modify, or gives up.
        /// </summary>
        private static Mention? SubjectEndingAt(string text, List<Token> t, Sentence s, int last)
        {
            // "Band Aid founder Bob Geldof in July said": a dated month is a time before the cue,
            // and the subject ends before it; after a day's number ("the fiscal year starting on 21
            // March calls for") it ends no subject at all (NounPhrases.DatingMonths).
            if (NounPhrases.IsDatedMonth(t, last, s.First))
            {
                if (!t[last - 1].IsWord || last - 2 < s.First) return null;
                last -= 2;
            }

            last = BeforeNameSuffixStop(t, s, last);
            Mention? nearest = NounPhrases.EndingAt(text, t, last, s.First);
            if (nearest is not null && nearest.Kind == MentionKind.Name && nearest.First - 2 >= s.First && t[nearest.First - 1].Is("and"))
            {
                // "Tore Sohlberg and Lehla Abreder said": both speak, as one group.
                Mention? other = NounPhrases.EndingAt(text, t, nearest.First - 2, s.First);
                bool insideName = InsideNameAfterPreposition(t, s, other?.First ?? nearest.First);
                // "New Yorker William Trowbridge and Texan Michael Chicoine": where each is from is no role that parts them.
                if (other is not null && other.Kind == MentionKind.Name && (nearest.Role is null || NounPhrases.IsOriginRole(nearest.Role)) &&
                    (other.Role is null || NounPhrases.IsOriginRole(other.Role)) && !RoleLexicon.IsNationality(other.Text) &&
                    (insideName || !ConjoinsClauses(t, s, last) || StartsClause(t, s, WithDeterminer(t, s, other.First))))
                {
                    // "Lawyers for Mr Fawcett and Mr McDonald denied": the pair is a preposition's object.
                    Mention? governor = null;
                    int? governing = insideName ? null : GoverningPreposition(t, s, other.First);
                    if (governing is int g) governor = GovernorOfPair(text, t, s, g, last);
                    if (governor is not null) return governor;
                    if (governing is int h && !t[h].Is("of")) return nearest;
                    Mention first = (governing is null ? ListStart(text, t, s, other.First) : null) ?? other; // "Paramount, Universal and ..." (ListedNames)
                    var span = new TextRange(first.Span.Start, nearest.Span.End);
                    return new Mention(MentionKind.Name, first.First, nearest.End, span, span.Of(text))
                    {
                        NameWords = span.Of(text).Split(' '),
                        Conjoined = true,
                    };
                }
            }

            // A titled name is a subject whatever stands before it ("University of the Fraser Valley
            // political scientist Hamish Telford said").
            if (nearest is not null && nearest.Kind == MentionKind.Name && nearest.Titled && !HonorificAfterPreposition(t, s, nearest)) return nearest;

            // "Officials from both parties said", "Experts on North Korea and nuclear nonproliferation
            // said": the postmodifier's object names no one the lexicon knows, so the source is the
            // phrase before its preposition, named with the whole postmodifier.
            if (nearest is null && ObjectOfPostmodifier(t, s, last) is int preposition && preposition - 1 >= s.First &&
                NounPhrases.EndingAt(text, t, preposition - 1, s.First) is Mention source && source.Kind == MentionKind.Group && OpensClause(t, s, source))
            {
                return Extended(text, t, source, last);
            }

            Mention? m = nearest;
            bool postmodifiers = true;
            for (int climb = 0; m is not null && climb < 4; climb++)
            {
                int before = m.First - 1;
                before = PastOwnerBefore(t, s, m, before); // "from the FDA's Office of Drug Safety" (OwnedObjects)
                before = PastObjectModifiers(t, s, m, before); // "of the working party", "of South Korea's top credit card firm" (ModifiedObjects)
                if (before >= s.First && t[before].IsWord && WordLists.Determiners.Contains(t[before].Text)) before--;
                if (before < s.First || !t[before].IsWord || !WordLists.Prepositions.Contains(t[before].Text))
                {
                    // "An official with Animal Protection Services of Saskatchewan": someone unnamed
                    // is named by the whole phrase, its prepositional phrases included.
                    // A bare title ("Secretary of State John Kerry", "Senator from Texas") is not.
                    return climb > 0 && postmodifiers && m.Kind == MentionKind.Group && !IsBareTitle(t, m) ? Extended(text, t, m, last) : m;
                }

                postmodifiers &= PostmodifierPrepositions.Contains(t[before].Text); // "all over the UK" is no one
                m = before - 1 >= s.First ? NounPhrases.EndingAt(text, t, before - 1, s.First) : null;
            }

            // No phrase to climb to: a name still speaks ("In a meeting with the board Trump said"),
            // a common noun ("present in court told") does not. A place after a noun the lexicon
            // does not know ("traders in Asia said") is inside that noun's phrase, which speaks.
            if (nearest is not null && nearest.Kind == MentionKind.Name && PhraseAroundHeadlessObject(text, t, s, nearest, last) is Mention around) return around;
            return nearest is not null && nearest.Kind == MentionKind.Name ? nearest : null;
        }

        /// <summary>Words at most in a postmodifier's object: "both parties", "North Korea and nuclear nonproliferation".</summary>
        private const int PostmodifierObjectWords = 5;

        /// <summary>The preposition ("from", "on", "at") that opens a short object ending at <paramref name="last"/>, or null.</summary>
        private static int? ObjectOfPostmodifier(List<Token> t, Sentence s, int last)
        {
            for (int k = last - 1; k > s.First && last - k <= PostmodifierObjectWords; k--)
            {
                if (!t[k].IsWord && t[k].Kind != TokenKind.Number) return null;
                if (PostmodifierPrepositions.Contains(t[k].Text)) return k;
                if (CueLexicon.IsCue(t[k].Text) || (ClauseOpeners.Contains(t[k].Text) && !t[k].Is("and"))) return null;
            }

            return null;
        }

        /// <summary>
        /// The subject of the sentence's main clause, before <paramref name="limit"/>: the phrase
        /// that opens it, or the one after an opening adverbial ("In a statement, IRCC ..."); with
        /// <paramref name="afterSubordinate"/>, also after an opening subordinate clause ("While ..., Trump ...").
        /// </summary>
        private static Mention? MainSubject(string text, List<Token> t, Sentence s, int limit, bool afterSubordinate = false)
        {
            int first = PastOpeningConjunction(t, s, limit);

            // "“Q,” Blige sings to Clinton before asking her": past a fronted quotation to its clause.
            if (t[first].Kind == TokenKind.Quote && first + 1 < limit)
            {
                first++;
                if (t[first].IsPunct(',') && first + 1 < limit) first++;
                return SubjectOfVerb(text, t, first, limit);
            }

            bool opener = t[first].IsWord && (WordLists.Prepositions.Contains(t[first].Text) || WordLists.AdverbialStarters.Contains(t[first].Text)) || OpensWithTimeSpan(t, first, limit) || OpensWithParticiple(t, first) || OpensWithAdverb(t, first) || (afterSubordinate && OpensWithSubordinator(t, first));
            if (!opener && SubjectOfVerb(text, t, first, limit) is Mention plain) return plain;
            if (!opener && SubjectPastParenthetical(text, t, s, first, limit) is Mention past) return past; // "Sen. Kirk, R-Ill., who faces ..., rescinded ..., saying"
            if (!opener && LexicalSubject(text, t, s, first, limit) is Mention lexical) return lexical; // "Ryan's campaign shrugged off ..., telling"
            if (opener && SubjectAfterOneAdverb(text, t, first, limit) is Mention adverbed) return adverbed;

            // A lone sentence adverb ("Meanwhile,") opens like a preposition does; other phrases before
            // a comma may be clauses of their own, whose subject is not the sentence's.
            if (!opener && !(first + 1 < limit && t[first + 1].IsPunct(','))) return null;

            // "In a recent event in Salem, New Hampshire, Trump went after Bush, calling ...",
            // "Meanwhile, it attacked Trump, saying": the opener may hold commas of its own, so each
            // comma of it is tried in turn, and the subject is the first phrase a verb follows.
            int comma = first + 1;
            for (int tried = 0; tried < 3; tried++)
            {
                while (comma < limit && comma - first <= 16 && !t[comma].IsPunct(',')) comma++;
                if (comma >= limit || !t[comma].IsPunct(',')) return null;
                Mention? subject = SubjectOfVerb(text, t, comma + 1, limit);
                if (subject is not null) return subject;
                comma++;
            }

            return null;
        }

        /// <summary>The phrase at <paramref name="first"/> when a verb follows it (past a party tag).</summary>
        private static Mention? SubjectOfVerb(string text, List<Token> t, int first, int limit)
        {
            Mention? subject = NounPhrases.StartingAt(text, t, first, limit);
            if (subject is null || subject.Kind == MentionKind.Group) return null;
            int verb = SkipPartyTag(t, subject.End, limit);
            if (verb < limit && t[verb].IsPunct(',') && subject.Kind == MentionKind.Name)
            {
                // "Donald Trump, her Republican opponent, bemoaned ... and said": past the appositive.
                int close = verb + 1;
                while (close < limit && close - verb <= 10 && !t[close].IsPunct(',') && t[close].Kind != TokenKind.Quote) close++;
                if (close < limit && t[close].IsPunct(',') && close > verb + 1 && !t[verb + 1].IsCapitalized) verb = close + 1;
            }
            else if (verb < limit && subject.Kind == MentionKind.Name && DashAsideEnd(t, verb, limit) is int asideEnd)
            {
                // "Mrs. Clinton -- whose husband signed the act -- has publicly derided ...,
                // suggesting", "Gov. Chris Christie — who is being vetted — made ..., calling": past
                // an aside between dashes, as past one between commas.
                verb = asideEnd;
            }

            if (verb < limit && OpeningModifiedPlural(text, t, subject, verb, limit) is Mention plural) return plural; // "Market analysts are inclined ..., arguing" (OpeningModifiedPlurals)
            return verb < limit && t[verb].IsWord && !t[verb].IsCapitalized ? subject : null;
        }

        /// <summary>
        /// For "and then, behind her back, sniffed", walking back from the comma before the cue:
        /// the "and" or "but" (with an optional "then") before the adverbial's opening comma.
        /// </summary>
        private static int? CoordinatedPastAdverbial(List<Token> t, Sentence s, int comma)
        {
            for (int c = comma - 1; c > s.First && comma - c <= 8; c--)
            {
                // "and, according to Reuters, once told": an attribution of its own, not an adverbial.
                if (t[c].Kind == TokenKind.Quote || CueLexicon.IsCue(t[c].Text) || t[c].Is("according")) return null;
                if (!t[c].IsPunct(',')) continue;
                int before = c - 1;
                if (t[before].Is("then") && before - 1 >= s.First) before--;
                return t[before].Is("and") || t[before].Is("but") ? before : (int?)null;
            }

            return null;
        }

        /// <summary>Conjunctions after which a new subject and its cue start a clause of their own.</summary>
        private static readonly WordSet ClauseOpeners = new WordSet(
            "and", "but", "while", "whereas", "as", "so", "yet", "although", "though", "because", "since", "if", "when",
            "where", "after", "before", "until", "unless", "once");

        /// <summary>Whether "also" stands among the modifiers just before the cue.</summary>
        private static bool HasAlso(List<Token> t, Sentence s, int cue)
        {
            for (int i = cue - 1; i >= s.First && cue - i <= 3; i--)
            {
                if (t[i].Is("also")) return true;
                if (!t[i].IsWord || !WordLists.VerbModifiers.Contains(t[i].Text)) return false;
            }

            return false;
        }

        /// <summary>"the Liberal Democrats": the phrase starts at its determiner.</summary>
        /// <summary>
        /// "despite admitting that", "while insisting that", "when announcing that" inside the
        /// sentence: the main clause's subject does it, as with "by saying". A "that" must follow
        /// the participle, so "while claiming tax breaks" stays an act, and at the sentence's start
        /// ("While saying ..., she ...") the subject is still to come.
        /// </summary>
        private static bool ConcessiveOrTemporal(List<Token> t, Sentence s, int j) =>
            (t[j].Is("despite") || t[j].Is("while") || t[j].Is("when")) && j + 2 < s.End && t[j + 2].Is("that");

        /// <summary>Whether the cue at <paramref name="cue"/> is the verb of a relative clause: "an architect who said".</summary>
        private static bool OpensRelativeClause(List<Token> t, Sentence s, int cue) =>
            cue - 1 >= s.First && IsRelative(t[cue - 1]);

        private static int WithDeterminer(List<Token> t, Sentence s, int first) =>
            first > s.First && t[first - 1].IsWord && WordLists.Determiners.Contains(t[first - 1].Text) ? first - 1 : first;

        /// <summary>Whether a new clause can start at <paramref name="i"/>: sentence start, after a comma, conjunction or quote.</summary>
        private static bool StartsClause(List<Token> t, Sentence s, int i)
        {
            if (i <= s.First) return true;
            Token before = t[i - 1];
            if (before.Kind == TokenKind.Quote || before.IsPunct(',') || before.IsPunct(';') || IsDash(before) || before.IsPunct('(')) return true;
            if (before.IsWord && ClauseOpeners.Contains(before.Text)) return true;

            // A sentence-initial adverb or conjunction: "However the minister said ...".
            return before.IsWord && before.IsCapitalized && i - 1 == s.First && !WordLists.Prepositions.Contains(before.Text);
        }

        /// <summary>"Mr. Grassley and Mr. Leahy say", "many Democrats say": plural subjects take the base form.</summary>
        private static bool IsSingular(List<Token> t, Sentence s, Mention m)
        {
            if (m.Conjoined || (m.First > s.First && t[m.First - 1].Is("and"))) return false;
            string last = t[m.End - 1].Text;
            return !(last.Length > 3 && last.EndsWith("s", System.StringComparison.Ordinal) && !last.EndsWith("ss", System.StringComparison.Ordinal));
        }

        private static readonly WordSet TimeOpeners = new WordSet("on", "last", "this", "earlier", "late", "early", "that");

        private static readonly WordSet TimeWords = new WordSet(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year",
            "night", "morning", "afternoon", "evening", "weekend", "fall", "spring", "summer", "winter");

        private static bool IsBe(Token t) => t.Is("is") || t.Is("was") || t.Is("were") || t.Is("are") || t.Is("be") || t.Is("been") || t.Is("being");

        private static bool IsModal(Token t) =>
            t.Is("will") || t.Is("would") || t.Is("could") || t.Is("may") || t.Is("might") || t.Is("can") || t.Is("should") || t.Is("must") ||
            t.Is("did") || t.Is("does") || t.Is("do") || t.Is("to");

        private static bool HasTrueModal(List<Token> t, int first, int end)
        {
            for (int i = first; i < end; i++)
            {
                Token w = t[i];
                if (w.Is("will") || w.Is("would") || w.Is("could") || w.Is("may") || w.Is("might") || w.Is("can") || w.Is("should") || w.Is("must")) return true;
            }

            return false;
        }

        private static bool ReportsAfter(List<Token> t, Sentence s, int i)
        {
            if (i >= s.End) return true;
            Token next = t[i];
            if (next.Kind == TokenKind.Quote || next.IsPunct(':') || next.IsPunct(',') || next.Is("that")) return true;
            if (i + 1 < s.End && (t[i + 1].Is("that") || t[i + 1].Kind == TokenKind.Quote || t[i + 1].IsPunct(':'))) return true;
            return i + 2 < s.End && t[i + 2].Is("that"); // "will tell the council that"
        }

        private static int? Last(List<Attribution> list) => list.Count > 0 ? list.Count - 1 : (int?)null;

        /// <summary>
        /// Whether an earlier attribution's content may still run on over token <paramref name="i"/>:
        /// any whose content is not yet fixed, or fixed past it. "Asked about their outlook, a
        /// majority in 14 countries said ...": the question's content closed at its comma, so
        /// the cue after it is no part of it.
        /// </summary>
        private static bool OpenBefore(List<Attribution> earlier, int i)
        {
            foreach (Attribution e in earlier)
            {
                if (!e.ContentFixed || e.ContentEnd > i) return true;
            }

            return false;
        }
    }
}
