using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>Finding what a cue reports: after it, before it, or around it.</summary>
    internal static partial class SpeechPatterns
    {
        private static readonly WordSet ListenerWords = new WordSet(
            "him", "her", "them", "us", "me", "reporters", "journalists", "supporters", "lawmakers", "members", "listeners",
            "viewers", "readers", "crowd", "audience", "media", "press");

        /// <summary>
        /// Prepositions and particles that make what follows a cue its object, not speech ("writes
        /// about", "respond to"). "off" makes a phrasal verb of another sense: "campaigners called
        /// off a demonstration planned for the weekend", "Pfizer called off a $54 billion inversion
        /// deal": to call off is to cancel.
        /// </summary>
        private static readonly WordSet ObjectPrepositions = new WordSet("to", "about", "for", "on", "at", "with", "back", "against", "by", "into", "up", "out", "off");

        private static void FindContent(string text, List<Token> t, Sentence s, List<Attribution> all, int index, int[]? bracketDepths)
        {
            Attribution a = all[index];
            int limit = index + 1 < all.Count ? BoundaryBefore(t, s, a, all[index + 1]) : s.End;
            if (a.ContentLimit >= 0 && a.ContentLimit < limit) limit = a.ContentLimit;
            limit = ParenthesisClose(t, s, a.Cue, limit, bracketDepths);

            // Content after the cue.
            int start = a.SpeakerAfterCue && !t[a.Cue].Is("according") ? SkipAppositive(t, a.Speaker!.End, limit) : a.CueEnd;
            if (t[a.Cue].Is("according"))
            {
                start = PastSourceTail(t, s, a, SkipAppositive(t, a.Speaker!.End, limit), limit);

                // "According to the lawyer for Animal Protection Services, authorities seized ...": the
                // source's phrase runs on to the comma that closes the opening.
                if (OpensWithAccordingTo(t, s, a) && start < limit && !t[start].IsPunct(','))
                {
                    int comma = start;
                    while (comma < limit && comma - start <= 12 && (t[comma].IsWord || IsPluralPossessiveMark(text, t, comma))) comma++;
                    if (comma < limit && t[comma].IsPunct(',')) start = comma;
                }

                if (OpensWithAccordingTo(t, s, a)) start = PastSourceName(t, a.Speaker!, start, limit); // "According to the statistics office, Destatis, C"
            }
            start = SkipToContent(t, a, start, limit);
            start = SkipMannerParticiple(t, s, a, start, limit);
            int end = OpensWithAccordingTo(t, s, a) ? limit : StopAtWritersClauseAfterObject(t, a, start, StopAtNarratedTail(t, a, start, StopAtClauseBreak(t, start, limit)));
            end = TrimEnd(t, start, end);

            // Content before the speaker: "C, X said." / "“C,” said X."
            int leftEnd = a.SpeakerAfterCue ? a.Cue : a.Speaker is not null && a.SharesSpeakerWith < 0 ? WithArticle(t, a.Speaker) : -1;

            // "“Q1,” Blige sings before asking her, “Q2”": what stands before the main clause is not
            // what its adverbial participle reports.
            if (IsAdverbialParticiple(t, s, a.Cue)) leftEnd = -1;
            int leftFirst = index > 0 ? System.Math.Max(all[index - 1].ContentEnd, all[index - 1].CueEnd) : s.First;
            if (index > 0 && all[index - 1].Speaker is Mention prev && prev.End > leftFirst && all[index - 1].SpeakerAfterCue) leftFirst = prev.End;
            bool fronted = leftEnd > leftFirst && (t[leftEnd - 1].IsPunct(',') || t[leftEnd - 1].Kind == TokenKind.Quote || IsDash(t[leftEnd - 1]) || (a.Uncommaed && a.SpeakerAfterCue));
            if (!fronted && leftEnd > leftFirst && !t[a.Cue].Is("according"))
            {
                // "“Q,” then-Surrey mayoral candidate Doug McCallum responded": role words stand
                // between the closing mark and the name.
                for (int b = leftEnd - 1; b > leftFirst && leftEnd - b <= 10 && (t[b].IsWord || t[b].Kind == TokenKind.Number); b--)
                {
                    if (t[b - 1].Kind == TokenKind.Quote)
                    {
                        leftEnd = b;
                        fronted = true;
                        break;
                    }
                }
            }

            if (!fronted && leftEnd > leftFirst && !a.SpeakerAfterCue && a.Speaker is Mention source && source.Kind != MentionKind.Name && source.Kind != MentionKind.Pronoun)
            {
                // "C, top black lawmakers said": lower-case modifiers the source's mention leaves
                // out stand between the comma and it; "C, the rights group says", "C, the prime
                // minister's spokesman said": so may the article that opens them ("a"/"an" after a
                // comma more often opens an object: ", an arrangement the campaign has criticized"),
                // or a possessive determiner ("C, his closest associate has told a US court").
                for (int b = leftEnd - 1; b > leftFirst && leftEnd - b <= 4 && (IsModifierWord(t[b]) || (t[b].Is("the") || NounPhrases.IsPossessivePronoun(t[b])) && t[b - 1].IsPunct(',')); b--)
                {
                    if (t[b - 1].IsPunct(','))
                    {
                        leftEnd = b;
                        fronted = true;
                        break;
                    }
                }
            }

            if (!fronted && leftEnd > leftFirst && !a.SpeakerAfterCue && a.Speaker is Mention named && named.Kind == MentionKind.Name && named.Titled)
            {
                // "C, ministry spokesman John Smith said", "C, Algerian foreign affairs ministry
                // spokesman Benali Cherif Abdelaziz said": the name's mention starts at its title,
                // and the words that modify the title (lower case, a nationality or an acronym)
                // stand between the comma and it.
                for (int b = leftEnd - 1; b > leftFirst && leftEnd - b <= 5 && (IsModifierWord(t[b]) || t[b].IsWord && (RoleLexicon.IsNationality(t[b].Text) || NounPhrases.IsAcronymWord(t[b].Text))); b--)
                {
                    if (t[b - 1].IsPunct(','))
                    {
                        leftEnd = b;
                        fronted = true;
                        break;
                    }
                }
            }

            if (!fronted && leftEnd > leftFirst && !a.SpeakerAfterCue && a.Speaker is not null && !t[a.Cue].Is("according") &&
                (CountWords(t, start, end) == 0 || IsAdverbial(t, start, end) || ListenerAndCircumstance(t, a, start, end)) &&
                FrontedSubjectStart(t, leftFirst, leftEnd) is int subjectStart && subjectStart >= 0)
            {
                // "C, an airport official said", "C, the news site RTL Info reported": the rest of the speaker's phrase.
                leftEnd = subjectStart;
                fronted = true;
            }

            if (!fronted && leftEnd > leftFirst && !a.SpeakerAfterCue && a.Speaker is not null && !t[a.Cue].Is("according") &&
                (CountWords(t, start, end) == 0 || IsAdverbial(t, start, end)) && ReportsAsClause(t, s, a) &&
                AsClauseStart(t, leftFirst, leftEnd) is int asStart && asStart >= 0)
            {
                // "C, as The New York Times reported on Tuesday": the "as" clause names C's source.
                leftEnd = asStart;
                fronted = true;
            }

            if (t[a.Cue].Is("according") && (leftEnd < 0 || OpensWithAccordingTo(t, s, a))) fronted = false; // "But, according to X, C": no "But" reported
            if (t[a.Cue].Is("according") && a.Cue > leftFirst && !OpensWithAccordingTo(t, s, a)) { leftEnd = a.Cue; fronted = true; }
            int lEnd = fronted ? TrimEnd(t, leftFirst, leftEnd) : leftFirst;
            int lStart = fronted ? PastColonLeadIn(t, SkipLeadingJunk(t, leftFirst, lEnd), lEnd) : leftFirst;

            if (OnlyAddressee(t, a, start, end, places: false)) start = end;
            if (fronted && RoleBeforeCommaName(t, a, lStart, lEnd) is int beforeRole && beforeRole >= 0) lEnd = TrimEnd(t, lStart, beforeRole); // "The chief executive, John Smith, said it rose"
            bool hasLeft = fronted && CountWords(t, lStart, lEnd) > 0;

            // "C, the campaign's director told the BBC News website", "C, his closest associate has
            // told a US court": a listener place alone after the cue heard what went before the
            // speaker. The role between a quotation and its name ("“Q,” Authenti-corp's CEO,
            // Cynthia Musselman, told the BBC's Go Digital programme") is no more what was told
            // than after a listener and a circumstance (below).
            if (hasLeft && start < end && OnlyAddressee(t, a, start, end))
            {
                start = end;
                lEnd = BeforeNameAfterQuote(t, lStart, lEnd);
            }

            bool hasRight = CountWords(t, start, end) > 0;
            if (hasLeft && hasRight && IsClause(t, lStart, lEnd) && ListenerAndCircumstance(t, a, start, end))
            {
                start = end; // "C, he told the court in his filing.": what was told went before
                hasRight = false;
                lEnd = BeforeNameAfterQuote(t, lStart, lEnd);
            }
            if (hasLeft && hasRight && IsSingleQuote(t, lStart, lEnd) && IsSingleQuote(t, start, end))
            {
                // "“We tried,” he said, “and failed.”": one quote in two pieces.
                a.ContentFirst = lStart;
                a.ContentEnd = end;
                a.Kind = QuoteKind.Direct;
                a.Span = new TextRange(t[FirstQuote(t, lStart, lEnd)].Start, t[FirstQuote(t, start, end)].End);
                return;
            }

            if (hasLeft && ResumedQuote(t, a, lEnd, limit) is int resumed)
            {
                // "“Every time you say that,” Tester said, referring to the excuse, “you give ...”":
                // the sentence goes on after the attribution and what qualifies it.
                a.ContentFirst = lStart;
                a.ContentEnd = resumed + 1;
                a.Kind = IsSingleQuote(t, lStart, lEnd) ? QuoteKind.Direct : QuoteKind.Mixed;
                int first = a.Kind == QuoteKind.Direct ? FirstQuote(t, lStart, lEnd) : lStart;
                a.Span = new TextRange(t[first].Start, t[resumed].End);
                return;
            }

            bool concession = hasLeft && hasRight && ConcessionAfterCue(t, a, a.CueEnd, end); // "C, Mr Mendis told reporters, although he would not say"
            bool rightIsAside = hasRight && !IsSingleQuote(t, start, end) && (t[start].Is("and") || t[start].Is("but") || t[start].Is("or") || t[a.CueEnd < t.Count ? a.CueEnd : start].IsPunct(',') || concession);
            // "If she becomes president, Clinton suggested in a tweet, women won't be punished": a
            // channel phrase and its comma after the cue set the attribution off as a comma does.
            bool channelComma = start > a.CueEnd && t[start - 1].IsPunct(',') && PastChannelPhrase(t, a.CueEnd, limit) == start;
            bool parenthetical = hasLeft && hasRight && a.CueEnd < t.Count && (t[a.CueEnd].IsPunct(',') || channelComma) && !a.SpeakerAfterCue &&
                                 !t[start].Is("and") && !t[start].Is("but") && !t[start].Is("or") && !HasQuote(t, lStart, lEnd) &&
                                 (t[start].Kind != TokenKind.Quote || StartsInLowerCase(t[start].Text));
            parenthetical |= AccordingAside(t, s, a, start, hasLeft, hasRight);
            parenthetical &= !concession;
            if (!parenthetical && InvertedAside(t, a, lStart, lEnd, start, end, hasLeft, hasRight, out int asideFirst))
            {
                Set(t, a, asideFirst, end); // "The idea, says BT, is to ...", "Most importantly, say analysts, the talks ..."
            }
            else if (!parenthetical && InterruptedSubject(t, a, lStart, lEnd, start, end, hasLeft, hasRight))
            {
                Set(t, a, lStart, end); // "The tone of the campaign, said Mr Milburn, would be more conversational"
            }
            else if (parenthetical)
            {
                // "Climate change, Mr. Obama often says, is the greatest threat": one content
                // around the attribution. "If Clinton is elected, he said, “she might ...”": a quote
                // in lower case finishes the sentence begun before the cue, so it is one content too;
                // one in capitals ("Asked about it, he said, “I think ...”") starts its own.
                Set(t, a, lStart, end);
            }
            else if (hasLeft && !OpeningAdverbial(t, lStart, lEnd) && !OnlyAdverbials(t, lStart, lEnd) &&
                     (!hasRight || IsSingleQuote(t, lStart, lEnd) || a.SpeakerAfterCue || rightIsAside ||
                      (CountWords(t, start, end) <= 3 && !HasQuote(t, start, end)) || (IsAdverbial(t, start, end) && IsClause(t, lStart, lEnd))))
            {
                Set(t, a, lStart, lEnd);
            }
            else if (hasRight)
            {
                Set(t, a, start, end);
            }
            else if (end == start && t[s.End - 1].IsPunct(':'))
            {
                a.IntroducesNext = true;
            }

            if (a.HasContent && a.Kind != QuoteKind.Direct && a.ContentFirst >= a.CueEnd)
            {
                // Right content: "writes about", "calling for", "maintain a presence" are not speech.
                string cueWord = t[a.Cue].Text;
                Token first = t[a.ContentFirst];
                bool afterThat = a.ContentFirst > 0 && t[a.ContentFirst - 1].Is("that") || IsDemonstrativeThat(t, a.ContentFirst, a.ContentEnd);

                // "Wallnau continues: “Q”": a quotation set off by a colon or comma is what was said.
                bool quotedAfterMark = a.ContentFirst > 0 && (t[a.ContentFirst - 1].IsPunct(':') || t[a.ContentFirst - 1].IsPunct(',')) &&
                                       IsSingleQuote(t, a.ContentFirst, a.ContentEnd);
                // "added to his portfolio": adding to something is not saying it.
                bool addedTo = a.ContentFirst == a.CueEnd && first.Is("to") && cueWord.StartsWith("add", System.StringComparison.OrdinalIgnoreCase);
                bool prepositional = addedTo || a.ContentFirst == a.CueEnd && !CueLexicon.IsSay(cueWord) && first.IsWord && ObjectPrepositions.Contains(first.Text) &&
                                     !t[a.Cue].Is("according") && !CueLexicon.TakesPrepositionalContent(cueWord, first.Text);
                // "which a study in 2017 concluded would cost ...": the cue's object went before it
                // (a relative clause), and what follows is the rest of that clause, not a report.
                bool objectMoved = a.ContentFirst == a.CueEnd && IsModalWord(first);
                a.TakesObject = TakesObjectNotClause(t, a) || AddedAScore(t, a);
                if (prepositional || objectMoved || ObjectIsRelativePronoun(t, a) || ReportedFromPlace(t, a) || ReportedToOrAs(t, a) || IsProposal(t, a) || ListenerThenTopic(t, a) || a.TakesObject || ClaimedAPrize(t, a) || ConcededInMatch(t, a) || DeniedTwoObjects(t, a) || PlayedABall(t, a) || RepeatedAFeat(t, a) || AddedSomethingTo(t, a) || SaidAName(t, a) || RespondedByActing(t, a) || RemindedOfAThing(t, a) || WroteAWork(t, a) || WroteATitleWithSomeone(t, a) || ToldAStory(t, a) ||
                    (CueLexicon.NeedsThat(cueWord) && !afterThat && !quotedAfterMark))
                {
                    a.ContentFirst = a.ContentEnd = -1;
                }
            }

            if (a.HasContent && a.Kind == QuoteKind.Indirect && OnlyWhereOrWhen(t, a)) a.ContentFirst = a.ContentEnd = -1;

            if (a.HasContent && a.Kind == QuoteKind.Indirect)
            {
                int words = CountWords(t, a.ContentFirst, a.ContentEnd);
                int needed = CueLexicon.IsEvaluative(t[a.Cue].Text) ? 3 : 2;
                if (words < needed) a.ContentFirst = a.ContentEnd = -1;
            }

            if (a.HasContent) PrepositionIntoCue(t, a);
        }

        /// <summary>
        /// "C, the IMF said.", "C, the Tax Foundation said.": an organisation's name keeps its "the"
        /// outside the mention, but the content before it ends at the comma before that "the".
        /// </summary>
        private static int WithArticle(List<Token> t, Mention speaker) =>
            speaker.Kind == MentionKind.Name && speaker.Article is string article && speaker.First > 0 && t[speaker.First - 1].Is(article) ? speaker.First - 1 : speaker.First;

        /// <summary>
        /// "in a video message to the convention", "at a news conference in Washington on Monday":
        /// after "C, she said" a phrase opened by a preposition, with no "that", quotation or
        /// comma, says where or how it was said, not what. So does one saying when ("Friday
        /// afternoon", "on Friday"), and either may go on past a comma into a subordinate clause
        /// ("said Friday, as they bristled at ...", "said in a statement, after the vote"): what
        /// was said is still C.
        /// </summary>
        private static bool IsAdverbial(List<Token> t, int start, int end)
        {
            if (start >= end || !t[start].IsWord) return false;
            // "Sales are expected to fall, Fiat said this week, as it exits ...": "this" or "last"
            // and a period say when, as a day does.
            bool when = IsTimeWord(t[start]) || (t[start].Is("on") && start + 1 < end && (IsTimeWord(t[start + 1]) || OnAChannel(t, start, end))) ||
                        PastTimeAfterCue(t, start, end) > start;
            if (!when && !PlacePrepositions.Contains(t[start].Text)) return false;
            for (int i = start; i < end; i++)
            {
                // "said Wednesday morning on MSNBC's “Morning Joe.”": a show's quoted title names the channel.
                if (t[i].Kind == TokenKind.Quote && (IsQuotedTitle(t[i]) || i == end - 1 && IsClosingQuotedTitle(t[i]))) continue;
                if (t[i].Kind == TokenKind.Quote || t[i].Is("that")) return false;

                // A comma may lead on to more of what was said: "..., the CBO said in a June report,
                // and those in the bottom fifth paid 0.8 percent"; a subordinate clause does not.
                // Nor does a second phrase of where or how ("declared in an interview Thursday, in
                // the latest escalation of words between the candidates"): it is checked as the first was.
                if (t[i].IsPunct(','))
                {
                    if (i + 1 < end && t[i + 1].IsWord && PlacePrepositions.Contains(t[i + 1].Text)) continue;
                    // Nor does a relative clause on the occasion: "Lord Butler said in his Spectator
                    // interview, which was conducted by the magazine's editor".
                    return i + 1 < end && t[i + 1].IsWord && (CircumstanceClauses.Contains(t[i + 1].Text) || t[i + 1].Is("which"));
                }
            }

            return true;
        }

        /// <summary>
        /// "said on the same call", "said on CNN", "added on Twitter": right after a verb of plain
        /// saying, "on" and a determiner or a capitalised name give the channel the words went out
        /// on, where a lower-case noun ("said on immigration") is the topic and "called on X" asks.
        /// </summary>
        private static bool OnAChannel(List<Token> t, int on, int end) =>
            on > 0 && on + 1 < end && t[on - 1].IsWord && CueLexicon.IsSay(t[on - 1].Text) && t[on + 1].IsWord &&
            (WordLists.Determiners.Contains(t[on + 1].Text) || t[on + 1].IsPossessive || t[on + 1].IsCapitalized);

        /// <summary>A lower-case word that can modify a noun ("top", "black", "senior"): no function word, cue or verb form in -ed.</summary>
        private static bool IsModifierWord(Token w) =>
            w.IsWord && !w.IsCapitalized && !WordLists.StopWords.Contains(w.Text) && !WordLists.VerbModifiers.Contains(w.Text) && !CueLexicon.IsCue(w.Text) &&
            !w.Text.EndsWith("ed", System.StringComparison.Ordinal);

        /// <summary>Words at most in an opening adverbial that is no clause: "In Texas", "In a 1963 speech".</summary>
        private const int OpeningAdverbialWords = 5;

        /// <summary>
        /// "In Texas, half of GOP primary voters said they were angry.": a short phrase opened by a
        /// preposition, with no comma, quotation or verb in it, says where or when, and is never what
        /// was said, however short the report after the cue.
        /// </summary>
        private static bool OpeningAdverbial(List<Token> t, int first, int end)
        {
            if (first >= end || !t[first].IsWord || !(WordLists.Prepositions.Contains(t[first].Text) || OpensWithTime(t, first, end)) || CountWords(t, first, end) > OpeningAdverbialWords) return false;
            for (int i = first; i < end; i++)
            {
                if (!(t[i].IsWord || t[i].Kind == TokenKind.Number) || t[i].Is("that") || Auxiliaries.Contains(t[i].Text) || CueLexicon.IsCue(t[i].Text)) return false;
            }

            return true;
        }

        private static bool IsTimeWord(Token w) => w.IsWord && (WordLists.Weekdays.Contains(w.Text) || TimeAdverbs.Contains(w.Text));

        private static readonly WordSet TimeAdverbs = new WordSet("yesterday", "today", "tonight", "last", "earlier", "later");

        /// <summary>Words opening a clause about the circumstances of saying ("as they bristled", "after the vote"), never what was said.</summary>
        private static readonly WordSet CircumstanceClauses = new WordSet("as", "after", "while", "when", "before", "because", "since", "during");

        /// <summary>Prepositions that say where, when or through what ("said in a statement", "at a rally"), not what about ("called on", "joked about").</summary>
        private static readonly WordSet PlacePrepositions = new WordSet("in", "at", "during", "from", "via", "through");

        /// <summary>
        /// Whether [<paramref name="first"/>, <paramref name="end"/>) before the speaker can be what
        /// was said: a clause of some length, not an opening adverbial ("On Saturday", "In a
        /// subsequent interview with The New York Times", "If she becomes president").
        /// </summary>
        private static bool IsClause(List<Token> t, int first, int end)
        {
            if (CountWords(t, first, end) < 4 || !t[first].IsWord) return HasQuote(t, first, end);
            string w = t[first].Text;
            return (!WordLists.Prepositions.Contains(w) && !WordLists.AdverbialStarters.Contains(w) && !Subordinators.Contains(w) && !CueLexicon.IsParticiple(w) &&
                    !w.EndsWith("ing", System.StringComparison.OrdinalIgnoreCase)) || MainClauseAfterOpening(t, first, end);
        }

        /// <summary>Words that open a clause subordinate to the one that follows: "If she becomes president, ...".</summary>
        private static readonly WordSet Subordinators = new WordSet(
            "if", "as", "after", "while", "when", "although", "though", "because", "since", "before", "once", "until", "unless", "whereas", "whether");

        /// <summary>Words at most of the listener before "about": "told an audience about", "asked the GOP frontrunner about".</summary>
        private const int MaxListenerWords = 3;

        /// <summary>
        /// "Colton told an audience about the first time ...": the listener, then "about" and a
        /// topic: no words reported. What is
        /// told ("tells one joke about Trump") is no listener, and stays reported.
        /// </summary>
        private static bool ListenerThenTopic(List<Token> t, Attribution a)
        {
            if (a.ContentFirst != a.CueEnd || !CueLexicon.TakesAddressee(t[a.Cue].Text)) return false;
            for (int i = a.ContentFirst + 1; i < a.ContentEnd && i - a.ContentFirst <= MaxListenerWords; i++)
            {
                // The word before "about" must name who listened ("an audience", "him", "Trump");
                // "tells one joke about Trump" tells a joke, which is what was said.
                if (t[i].Is("about")) return ListenerWords.Contains(t[i - 1].Text) || NounPhrases.IsNameish(t[i - 1]);
                if (!t[i].IsWord || t[i].Is("that")) return false;
            }

            return false;
        }

        private static bool IsAdverbialParticiple(List<Token> t, Sentence s, int cue) =>
            cue > s.First && CueLexicon.IsParticiple(t[cue].Text) && (t[cue - 1].Is("by") || t[cue - 1].Is("after") || t[cue - 1].Is("before"));

        private static bool IsModalWord(Token w) =>
            w.Is("would") || w.Is("will") || w.Is("could") || w.Is("should") || w.Is("can") || w.Is("may") || w.Is("might") || w.Is("must");

        private static void Set(List<Token> t, Attribution a, int first, int end)
        {
            if (SetAfterListenerColon(t, a, first, end)) return;

            // "says of Clinton, “Q”", "said in a statement: “Q”": a short adverbial, then the quote;
            // "scolded him: “Q”", "telling the crowd, “Q”": the listener, then the quote.
            if (end - first >= 3 && (end - first <= 8 || LongAdverbialBeforeQuote(t, first, end)) && t[end - 1].Kind == TokenKind.Quote && (t[end - 2].IsPunct(',') || t[end - 2].IsPunct(':')) &&
                t[first].IsWord && (WordLists.Prepositions.Contains(t[first].Text) || WordLists.AdverbialStarters.Contains(t[first].Text) || IsListener(t, first, end - 2)) &&
                !HasQuote(t, first, end - 1))
            {
                first = end - 1;
            }

            if (QuotationThenNarration(t, first, end) is int quoteEnd) end = quoteEnd;
            a.ContentFirst = first;
            a.ContentEnd = end;
            if (IsSingleQuote(t, first, end))
            {
                int q = FirstQuote(t, first, end);
                a.Kind = QuoteKind.Direct;
                a.Span = new TextRange(t[q].Start, t[q].End);
                return;
            }

            a.Kind = HasQuote(t, first, end) ? QuoteKind.Mixed : QuoteKind.Indirect;
            a.Span = new TextRange(t[first].Start, t[end - 1].End);
        }

        /// <summary>"him", "reporters", "the crowd", "his supporters": who was spoken to, filling [<paramref name="first"/>, <paramref name="end"/>).</summary>
        private static bool IsListener(List<Token> t, int first, int end)
        {
            if (end - first == 1) return ListenerWords.Contains(t[first].Text);
            return end - first == 2 && (WordLists.Determiners.Contains(t[first].Text) || t[first].IsPossessive) && t[first + 1].IsWord && ListenerWords.Contains(t[first + 1].Text);
        }

        /// <summary>
        /// "(or, as The Daily Beast called them last week, ''Manchurian anchors'')": a cue inside
        /// brackets reports what stands inside them; its content ends at the bracket that closes
        /// them, before <paramref name="limit"/>. <paramref name="depths"/> is the sentence's
        /// <see cref="BracketDepths"/>: counting the brackets from the sentence's start for each cue
        /// was quadratic in a sentence with thousands of cues (a megabyte of one sentence took 3.4 s).
        /// </summary>
        private static int ParenthesisClose(List<Token> t, Sentence s, int cue, int limit, int[]? depths)
        {
            int depth = depths is null ? 0 : depths[cue - s.First];
            if (depth == 0) return limit;
            for (int i = cue + 1; i < limit; i++)
            {
                if (t[i].IsPunct('(')) depth++;
                else if (t[i].IsPunct(')') && --depth == 0) return i;
            }

            return limit;
        }

        /// <summary>
        /// For each token of <paramref name="s"/>, how many brackets opened before it in the
        /// sentence are still open (a stray ")" closes none); null when the sentence has no "(".
        /// </summary>
        private static int[]? BracketDepths(List<Token> t, Sentence s)
        {
            int open = s.First;
            while (open < s.End && !t[open].IsPunct('(')) open++;
            if (open == s.End) return null;
            var depths = new int[s.End - s.First];
            int depth = 0;
            for (int i = s.First; i < s.End; i++)
            {
                depths[i - s.First] = depth;
                if (t[i].IsPunct('(')) depth++;
                else if (t[i].IsPunct(')') && depth > 0) depth--;
            }

            return depths;
        }

        /// <summary>Where the previous content must stop because the next attribution begins.</summary>
        private static int BoundaryBefore(List<Token> t, Sentence s, Attribution current, Attribution next)
        {
            int b;
            if (next.ContentFixed) b = next.ContentFirst; // "..., monitoring traffic (he was said to ...)"
            else if (next.SharesSpeakerWith >= 0) b = next.Cue;

            // "Trump ... an architect who said C, saying, “Q”": a subject before this cue (the main
            // clause's, which a participle took) bounds nothing after it; the next cue does.
            // "..., the Coastal Herald reported": the next speaker's phrase starts at its article, not at the name.
            else if (next.Speaker is not null && !next.SpeakerAfterCue && next.Speaker.First > current.Cue) b = System.Math.Max(current.CueEnd, WithArticle(t, next.Speaker));
            else b = next.Cue;
            if (t[next.Cue].Is("according")) b = next.Cue;
            if (QuoteWithOwnCue(t, current, next) is int own && own >= 0) b = own;
            if (BeforeQuotedRelative(t, s, next) is int relative && relative > current.CueEnd) b = relative;
            while (b > s.First && (t[b - 1].IsPunct(',') || t[b - 1].Is("and") || t[b - 1].Is("but") || t[b - 1].Is("while") ||
                                   (t[b - 1].IsWord && WordLists.VerbModifiers.Contains(t[b - 1].Text) && next.SharesSpeakerWith >= 0)))
            {
                b--;
            }

            return b;
        }

        private static int SkipAppositive(List<Token> t, int i, int limit)
        {
            if (i < limit && t[i].IsPunct(',') && i + 1 < limit && (t[i + 1].Is("a") || t[i + 1].Is("an") || t[i + 1].Is("the") || RelativePronoun(t[i + 1]) == RelativeKind.Who || (t[i + 1].IsWord && RoleLexicon.IsTitle(t[i + 1].Text))))
            {
                int j = i + 1;
                while (j < limit && !t[j].IsPunct(',') && t[j].Kind != TokenKind.Quote) j++;

                // "According to Mark Smith, the plan would fail": with no comma to close it, what
                // follows the name is the content, not an appositive.
                return j < limit ? j : i;
            }

            return i;
        }

        /// <summary>Skips the listener and the "that": "told reporters on Monday that C" → C.</summary>
        private static int SkipToContent(List<Token> t, Attribution a, int start, int limit)
        {
            bool adverbial = start < limit && t[start].IsWord && (WordLists.AdverbialStarters.Contains(t[start].Text) || CueLexicon.TakesAddressee(t[a.Cue].Text) || t[start].Is("that"));
            for (int j = start; adverbial && j < limit && j - start <= ThatLookahead; j++)
            {
                Token tok = t[j];
                if (tok.Is("that"))
                {
                    // "urged a limit on the number of quangos that could be set up": a "that" after
                    // words of the cue's own opens a relative clause, whatever verb follows it.
                    start = j == start && IsDemonstrativeThat(t, j, limit) ? j : j + 1;
                    break;
                }

                // "told MSNBC's “Morning Joe” that": a show's quoted title names where it was said.
                if (tok.Kind == TokenKind.Quote && j > start && IsQuotedTitle(tok)) continue;
                if (tok.IsPunct(',') && j > start && CommaInsidePlace(t, j, limit)) continue;
                if (!tok.IsWord && tok.Kind != TokenKind.Number) break;
                if (CueLexicon.IsCue(tok.Text) && !IsCueNoun(t, start, j)) break;
            }

            if (start == a.CueEnd && CueLexicon.TakesAddressee(t[a.Cue].Text) && start < limit && t[start].IsWord)
            {
                Token first = t[start];
                if (NounPhrases.IsNameish(first) || ListenerWords.Contains(first.Text))
                {
                    // Only a pronoun, "reporters" or a name: "told the council the plan ..." is too
                    // ambiguous to cut, and the "that" case is handled above.
                    int j = start + 1;
                    while (j < limit && NounPhrases.IsNameish(t[j])) j++;

                    if (j < limit && (t[j].IsPunct(',') || t[j].IsPunct(':') || t[j].Kind == TokenKind.Quote || t[j].IsWord)) start = j;
                }
                else if (first.Is("the")) start = PastTheNamedListener(t, start, limit);
            }

            if (start == a.CueEnd) start = PastChannelPhrase(t, start, limit);

            // "said Tuesday the bill was flawed", "said Monday night he would": a day right after the
            // cue, with no "that" to follow, says when, and the content starts after it.
            if (start == a.CueEnd && start + 3 < limit && PastTimeAfterCue(t, start, limit) is int day && day > start)
            {
                int after = day;
                if (t[after].IsWord && PartsOfDay.Contains(t[after].Text)) after++;
                if (after < limit && t[after].IsWord && !t[after].IsCapitalized && (WordLists.Determiners.Contains(t[after].Text) || NounPhrases.IsPronoun(t[after]) || t[after].Is("his") || t[after].Is("her") || t[after].Is("their")))
                {
                    start = after;
                }
            }

            if (start == a.CueEnd) start = PastAdjunctBeforeSubject(t, a, start, limit);

            while (start < limit && (t[start].IsPunct(',') || t[start].IsPunct(':') || IsDash(t[start]) || t[start].IsPunct('-') || t[start].Is("that") && !IsDemonstrativeThat(t, start, limit)))
            {
                start++;
            }

            return start;
        }

        private static readonly WordSet PartsOfDay = new WordSet("morning", "afternoon", "evening", "night");

        /// <summary>", supporting Iraq as ..." ends the reported clause; ", including" does not.</summary>
        private static int StopAtClauseBreak(List<Token> t, int start, int limit)
        {
            for (int j = start + 1; j + 1 < limit; j++)
            {
                if (!t[j].IsPunct(',')) continue;
                Token next = t[j + 1];
                if (next.IsWord && !next.IsCapitalized && CueLexicon.IsParticiple(next.Text) && !next.Is("including") && !next.Is("according")) return j;
                if (next.Is("according") && j + 2 < limit && t[j + 2].Is("to")) return j;

                // "Economists said there could be a number of reasons, while noting that such figures
                // can vary": a verb of saying after "while" is the speaker's next act, as ", adding" is.
                if ((next.Is("while") || next.Is("whilst")) && j + 2 < limit && t[j + 2].IsWord && !t[j + 2].IsCapitalized &&
                    CueLexicon.IsParticiple(t[j + 2].Text) && CueLexicon.IsCue(t[j + 2].Text))
                {
                    return j;
                }
            }

            return limit;
        }
    }
}
