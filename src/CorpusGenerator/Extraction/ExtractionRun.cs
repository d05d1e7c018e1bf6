using System.Collections.Generic;
using System.Threading;
using CorpusGenerator.Diagnostics;

namespace CorpusGenerator.Extraction
{
    /// <summary>One run of the engine over one article; holds the state the passes share.</summary>
    internal sealed partial class ExtractionRun
    {
        private readonly string text;
        private readonly CancellationToken cancellationToken;
        private readonly List<ArticleProblem> problems = new List<ArticleProblem>();
        private readonly SpeakerResolver resolver;
        private readonly List<PendingQuote> quotes = new List<PendingQuote>();
        private ArticleStructure structure = new ArticleStructure();

        /// <summary>An attribution ending in a colon, waiting for the quote it introduces.</summary>
        private Introduction? introducer;

        /// <summary>The last quote when it is a transcript's turn ("PENCE: ..."), and the paragraph it ends in; -1 otherwise.</summary>
        private int turnQuote = -1, turnParagraph = -1;

        public ExtractionRun(string text, CancellationToken cancellationToken)
        {
            this.text = text;
            this.cancellationToken = cancellationToken;
            resolver = new SpeakerResolver(text);
        }

        public ExtractedArticle Run()
        {
            structure = StructureParser.Parse(text, cancellationToken);
            List<QuoteRegion> regions = QuotationScanner.Scan(text, structure.Paragraphs, problems, cancellationToken);
            quoteRegions = regions;
            List<Unit> units = BuildUnits(regions);

            // The names are kept by sentence in the units (Unit.Names), and the passes over all of
            // them walk those lists in reading order: no second list of every name.
            foreach (Unit unit in units)
            {
                foreach (Sentence sentence in unit.Sentences)
                {
                    List<Mention> found = NameRecognizer.FindNames(text, unit.Tokens, sentence);
                    unit.Names.Add(found);
                    foreach (Mention m in found) resolver.Register(m);
                }
            }

            foreach (Unit unit in units)
            {
                foreach (List<Mention> names in unit.Names) resolver.NoteHonorificsAhead(names); // "Mr Kilroy-Silk" anywhere gives "Robert Kilroy-Silk" his gender (HonorificsAhead)
            }

            resolver.RecastOrganisations(); // "insurer Swiss Re" is no person (OrganisationEvidence)
            NoteLeadSentence(units);
            foreach (Unit unit in units)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ReadUnit(unit);
            }

            foreach (Unit unit in units)
            {
                foreach (List<Mention> names in unit.Names)
                {
                    foreach (Mention m in names) resolver.NoteMention(m, touch: false);
                }
            }

            NameWithheldLeadSpeaker(); // "a charity has warned", named next (WithheldLeadNames)
            return Build();
        }

        /// <summary>The names of the article's first sentence, past page furniture, tell "the company" which firm the article is about (LeadOrganisations).</summary>
        private void NoteLeadSentence(List<Unit> units)
        {
            foreach (Unit unit in units)
            {
                if (unit.Sentences.Count == 0 || PageFurniture.IsFurniture(text, structure.Paragraphs[unit.FirstParagraph])) continue;
                resolver.NoteLeadSentence(unit.Names[0], LeadSubject(unit.Tokens, unit.Sentences[0], out bool sharesIn), sharesIn);
                leadParagraph = unit.FirstParagraph; // a lead that withholds its speaker (WithheldLeadNames)
                return;
            }
        }

        /// <summary>
        /// Paragraphs read together: usually one, several when a quotation runs across them
        /// (its attribution may sit in the last paragraph).
        /// </summary>
        private List<Unit> BuildUnits(List<QuoteRegion> regions)
        {
            var units = new List<Unit>();
            List<Token> scratch = tokenScratch ??= new List<Token>(256);
            List<TextRange> paragraphs = structure.Paragraphs;
            int r = 0, cursor = 0;
            for (int p = 0; p < paragraphs.Count; p++)
            {
                int last = p;
                while (r < regions.Count && regions[r].Start < paragraphs[last].End)
                {
                    if (regions[r].End > paragraphs[last].End && last + 1 < paragraphs.Count) last++;
                    else r++;
                }

                int start = p == structure.DatelineParagraph ? System.Math.Max(structure.BodyStart, paragraphs[p].Start) : paragraphs[p].Start;
                List<Token> tokens = Tokenizer.Tokenize(text, start, paragraphs[last].End, regions, ref cursor, scratch);
                NounPhrases.MarkFunctionWordSurnames(text, tokens);
                units.Add(new Unit(p, last, tokens, SentenceSplitter.Split(tokens)));
                p = last;
            }

            scratch.Clear(); // holds no token of this article past its run
            return units;
        }

        /// <summary>
        /// The tokenizer's growing list, one per thread and reused from article to article. Its one
        /// owner is <see cref="BuildUnits"/>: a run stays on its thread from start to end, each
        /// paragraph keeps a copy of its own exact length, and the list is emptied before the call
        /// returns. A new one per article was 2 KB, 3% of the bytes the engine allocated.
        /// </summary>
        [System.ThreadStatic]
        private static List<Token>? tokenScratch;

        /// <summary>
        /// The attributions of the sentence being read: one list for the run, which
        /// <see cref="SpeechPatterns.Find"/> empties and fills for each sentence. Nothing keeps it
        /// past its sentence (the quotes take the attributions' ranges and speakers); a new list
        /// per sentence had been 2% of the bytes the engine allocated.
        /// </summary>
        private readonly List<Attribution> attributions = new List<Attribution>();

        private void ReadUnit(Unit unit)
        {
            if (PageFurniture.IsFurniture(text, structure.Paragraphs[unit.FirstParagraph])) return;

            int floating = -1;
            bool inTurn = false;
            List<Token> t = unit.Tokens;
            ReportedClauseInfo? reporting = null; // the sentence before reported a clause (ReportedClauseQuotes)
            for (int index = 0; index < unit.Sentences.Count; index++)
            {
                Sentence sentence = unit.Sentences[index];
                ReportedClauseInfo? reported = reporting;
                reporting = null;
                foreach (Mention m in unit.Names[index]) resolver.NoteMention(m, touch: false);
                // The phrase opening the sentence, which both subject notes start from, found once:
                // a mention is never changed once made, so the two may share it.
                Mention? opening = NounPhrases.StartingAt(text, t, sentence.First, sentence.End);
                NoteSubject(t, sentence, opening);
                NoteLaterClauseSubject(t, sentence); // "... leaders Barcelona and Owen is confident" (LaterClauseSubjects)
                NoteSentenceSubject(t, sentence, opening);
                resolver.NoteSentenceNames(unit.Names[index], Range(t, sentence.First, sentence.End));
                if (inTurn) continue; // the rest of a transcript's turn, taken with its label
                List<Attribution> found = SpeechPatterns.Find(text, t, sentence, attributions);
                if (index == 0 && unit.FirstParagraph == 0 && structure.AttributedHeadline && found.Count == 1 && t[found[0].Cue].IsPunct(':') && found[0].HasContent) SpeechPatterns.ReportAsHeadline(t, found[0]);
                if (index == 0 && found.Count == 1 && unit.Sentences.Count > 1 && unit.FirstParagraph == unit.LastParagraph && SpeechPatterns.IsTranscriptTurn(text, t, found[0]))
                {
                    SpeechPatterns.ExtendTurn(t, found[0], unit.Sentences[unit.Sentences.Count - 1].End);
                    inTurn = true;
                }
                Entity?[] entities = found.Count == 0 ? NoEntities : new Entity?[found.Count]; // most sentences report nothing
                bool quoted = false;
                int lastEnd = -1;
                for (int i = 0; i < found.Count; i++)
                {
                    Attribution a = found[i];
                    entities[i] = a.SharesSpeakerWith >= 0 ? entities[a.SharesSpeakerWith] : a.Speaker is null ? null : resolver.DescribedByAge(a.ResolvedFrom ?? a.Speaker) ?? (a.SpeakerUnnamed || a.Speaker.AsWritten ? null : resolver.Resolve(a.ResolvedFrom ?? a.Speaker, ListenerPosition(t, a, sentence))) ?? resolver.DescribedByKind(a.ResolvedFrom ?? a.Speaker) ?? (a.SpeakerUnnamed || a.Speaker.AsWritten ? resolver.UnnamedOrganisation(a.ResolvedFrom ?? a.Speaker, ListenerPosition(t, a, sentence)) ?? resolver.OwnerOfWriting(a.ResolvedFrom ?? a.Speaker, ListenerPosition(t, a, sentence)) ?? resolver.AuthorOfWrittenSubject(a.ResolvedFrom ?? a.Speaker) : null); // "Morquendi's message read" (OwnedWritings), "The book, by X, said" (WritingSubjects)
                    if (a.Speaker is not null && a.SharesSpeakerWith < 0) resolver.NoteSpeakerOfWriting(a.Speaker, entities[i]); // "The report said ... It also called on" (WritingSubjects)
                    if (a.HasContent) NoteStatementMedium(t, sentence, a, entities[i]); // "In a statement, the party said" (StatementMedia)
                    if (a.HasContent && a.SharesSpeakerWith < 0 && IsPersonalPronoun(a.ResolvedFrom ?? a.Speaker) && !(t[a.Cue].Start >= a.Span.Start && t[a.Cue].End <= a.Span.End) && entities[i] is Entity named && NamedInOwnWords(named, a.Span)) entities[i] = SpeakerBeyondNamed(a.ResolvedFrom ?? a.Speaker!, named, a.Span); // ThirdPersonNames, SpeakersBeyondNamed
                    if (!a.HasContent)
                    {
                        if (a.IntroducesNext)
                        {
                            introducer = new Introduction(Range(t, a.Cue, a.CueEnd), a.Speaker?.Span, entities[i]);
                        }
                        else if (floating >= 0 && i == 0 && (quotes[floating].Mention is null || quotes[floating].Carried) && !a.TakesObject)
                        {
                            // "“Q.” Smith said." split after the quote: the attribution is the quote's.
                            Attach(quotes[floating], t, a, entities[i]);
                            floating = -1;
                        }

                        continue;
                    }

                    if (floating >= 0 && i == 0 && (quotes[floating].Mention is null || quotes[floating].Carried) && SpeechPatterns.OnlyCircumstance(t, sentence, a))
                    {
                        // "“Q?” Trump said of Apple in February.": the phrase after the cue is no content.
                        Attach(quotes[floating], t, a, entities[i]);
                        floating = -1;
                        continue;
                    }

                    if (a.Span.Start < lastEnd) continue;
                    lastEnd = a.Span.End;
                    quoted = true;
                    var q = new PendingQuote(a.Kind, a.Span, Paragraph(a.Span.Start, unit));
                    Attach(q, t, a, entities[i]);
                    quotes.Add(q);
                    NoteDescribedQuote(a, entities[i]); // "the economy minister said", named next (LaterNamedOffices)
                    bool turn = index == 0 && unit.FirstParagraph == unit.LastParagraph && SpeechPatterns.IsTranscriptTurn(text, t, a);
                    turnQuote = turn ? quotes.Count - 1 : -1;
                    turnParagraph = unit.LastParagraph;
                }

                if (describedQuote >= 0) NameDescribedQuote(unit.Names[index], Paragraph(t[sentence.First].Start, unit));
                floating = -1;
                bool alone = unit.Sentences.Count == 1 && unit.FirstParagraph == unit.LastParagraph;
                if (!quoted && IsQuoteOnly(t, sentence, out Token? quote) && !IsHeading(quote!, alone) && ContinuesTurn(quote!, unit))
                {
                    // "PENCE: Well, ..." then "But the truth is ...: the next paragraphs of a quoted
                    // transcript that open with a mark and no label go on with the turn before.
                    PendingQuote turn = quotes[turnQuote];
                    var longer = new PendingQuote(turn.Kind, new TextRange(turn.Span.Start, DirectQuoteText.Inside(text, new TextRange(quote!.Start, quote.End)).End), turn.Paragraph)
                    {
                        Speaker = turn.Speaker,
                        Mention = turn.Mention,
                        Cue = turn.Cue,
                    };
                    quotes[turnQuote] = longer;
                    turnParagraph = unit.LastParagraph;
                }
                else if (!quoted && IsQuoteOnly(t, sentence, out quote) && !IsHeading(quote!, alone) && !IsPullQuote(quote!))
                {
                    turnQuote = -1;
                    var q = new PendingQuote(QuoteKind.Direct, new TextRange(quote!.Start, quote.End), Paragraph(quote.Start, unit));
                    if (introducer is not null)
                    {
                        // "He said:" and the quote in the next sentence or paragraph.
                        Attach(q, introducer.Cue, introducer.Mention, introducer.Speaker);

                        // "In a 1963 speech, he declared:", "described itself in the following way:":
                        // with the quotation found, the words before the colon told where or how it
                        // was said, not what.
                        if (introducer.Circumstance >= 0) DropQuote(introducer.Circumstance);
                        introducer = null;
                    }
                    else if (resolver.LastSpeaker is Entity last && !FollowsUnresolvedPronoun(q.Paragraph))
                    {
                        q.Speaker = last;
                        last.Quotes++;
                        if (reported is ReportedClauseInfo clause && clause.Speaker == last && clause.Paragraph == q.Paragraph) CarryReporting(q, clause);
                    }

                    quotes.Add(q);
                    floating = quotes.Count - 1;
                }
                else if (found.Count == 0 || found.TrueForAll(x => !x.IntroducesNext))
                {
                    introducer = null;
                }

                if (found.Count > 0) reporting = ReportedClause(t, found, entities, unit);

                if (introducer is null && ReportingUpToColon(t, sentence, found) is int r)
                {
                    // "In a 1963 speech, he declared:", "Cruz called them on it:": what the cue took
                    // for its content runs up to a closing colon, which announces the quotation next.
                    TextRange cue = Range(t, found[r].Cue, found[r].CueEnd);
                    introducer = new Introduction(cue, found[r].Speaker?.Span, entities[r]) { Circumstance = quotes.FindLastIndex(x => x.Cue == cue) };
                }
            }
        }

        /// <summary>
        /// The last attribution of a sentence that ends with a colon when it has a speaker and its
        /// reported content (no quotation of its own) runs up to that colon; null otherwise.
        /// </summary>
        private static int? ReportingUpToColon(List<Token> t, Sentence sentence, List<Attribution> found)
        {
            if (found.Count == 0 || sentence.Count < 2 || !t[sentence.End - 1].IsPunct(':')) return null;
            int last = found.Count - 1;
            Attribution a = found[last];
            if (a.Speaker is null || !a.HasContent || a.Kind != QuoteKind.Indirect || t[a.Cue].IsPunct(':')) return null;
            bool rightUpToColon = a.ContentFirst > a.Cue && a.ContentEnd >= sentence.End - 1;
            bool leftThenColon = a.ContentEnd <= a.Cue && a.CueEnd >= sentence.End - 1; // "In a 1963 speech, he declared:"
            return rightUpToColon || leftThenColon ? last : (int?)null;
        }

        /// <summary>
        /// Whether <paramref name="quote"/>, alone in its sentence, opens the paragraph right after
        /// a transcript's turn that was the last quote read: the turn going on.
        /// </summary>
        private bool ContinuesTurn(Token quote, Unit unit) =>
            turnQuote >= 0 && turnQuote == quotes.Count - 1 && unit.FirstParagraph == turnParagraph + 1 &&
            quote.Start == structure.Paragraphs[unit.FirstParagraph].Start;

        private void DropQuote(int index)
        {
            if (quotes[index].Speaker is Entity speaker) speaker.Quotes--;
            quotes.RemoveAt(index);
        }

        private void Attach(PendingQuote q, List<Token> t, Attribution a, Entity? entity) =>
            Attach(q, Range(t, a.Cue, a.CueEnd), a.Speaker?.Span, entity);

        private void Attach(PendingQuote q, TextRange cue, TextRange? mention, Entity? entity)
        {
            if (q.Speaker is not null) q.Speaker.Quotes--;
            q.Mention = mention;
            q.Cue = cue;
            q.Speaker = entity;
            if (entity is not null) resolver.Attribute(entity);
        }

        /// <summary>
        /// Where the listener of a cue like "told" would start ("told CTV News", "told the board"):
        /// the token right after the cue, or the one after that. A name further on, or after "said"
        /// ("said the National Audit Office should"), is in the content: no listener.
        /// </summary>
        private static TextRange ListenerPosition(List<Token> t, Attribution a, Sentence sentence)
        {
            int cueEnd = t[a.CueEnd - 1].End;
            int last = System.Math.Min(a.CueEnd + 1, sentence.End - 1);
            if (last < a.CueEnd || !CueLexicon.TakesAddressee(t[a.Cue].Text)) return new TextRange(cueEnd, cueEnd);
            return new TextRange(cueEnd, t[last].Start + 1);
        }

        private static TextRange Range(List<Token> t, int first, int end) => new TextRange(t[first].Start, t[end - 1].End);

        /// <summary>A name opening a sentence makes its person the one "he" or "she" refers to next.</summary>
        private void NoteSubject(List<Token> t, Sentence sentence, Mention? opening)
        {
            Mention? subject = opening;

            // "England prop Phil Vickery is staying positive": the person after the role is the subject (PremodifiedSubjects).
            if (subject is not null && NounPhrases.SubjectAfterPremodifiedRole(text, t, subject, sentence.End) is Mention person && resolver.NoteSubjectName(person)) return;
            if (subject is not null && subject.Kind == MentionKind.Name && resolver.NoteSubjectName(subject)) return; // "Brazilian midfielder Edu has hit out" (OneWordRoledNames)
            if (subject is not null && subject.Kind == MentionKind.Name && NounPhrases.EndsWithNumber(subject.NameWords) && FollowedByVerb(t, subject.End, sentence) && resolver.NoteNumberedSubject(subject)) return; // "Andre 3000 thanked fans" (OneWordRoledNames)
            NoteWritingSubject(t, sentence, subject); // "The book, by ... Robert Peston ..., said ... It claims" (WritingSubjects)
            if (subject is not null && subject.Kind == MentionKind.Description)
            {
                resolver.NoteDescribedSubject(subject);
                return;
            }

            if (OpensWithPersonalPronoun(t, sentence)) return; // "He also told the paper ..., North Yorks, and" (PronounSubjects)

            // "Manchester City's Paul Bosvelt will find out": the person after a possessive name (PossessiveSubjects).
            if (subject is null && NounPhrases.SubjectAfterPossessive(text, t, sentence.First, sentence.End) is Mention owned && resolver.NoteSubjectName(owned)) return;

            // "But Larne boss Jimmy McGeough has yet to confirm": the name after an opening "But" (ConjunctionSubjects).
            if (subject is null && NameAfterConjunction(t, sentence) is Mention joined && resolver.NoteMention(joined, touch: true)) return;

            // "Given his views, Shanaaz Gokool is hopeful ...": the name after an opening phrase;
            // an opening subordinate clause ("As the school reopened under the watch of police
            // after ..., Mitch McConnell blamed") may run longer.
            int reach = t[sentence.First].IsWord && Subordinators.Contains(t[sentence.First].Text) ? 40 : 12;
            bool first = true;
            for (int i = sentence.First + 1; i + 1 < sentence.End && i - sentence.First <= reach; i++)
            {
                if (!t[i].IsPunct(',')) continue;
                subject = NounPhrases.StartingAt(text, t, i + 1, sentence.End);
                if (!first)
                {
                    // "A press release, issued just after midnight, McCallum expressed ...": past an
                    // appositive, a name followed by its verb.
                    if (subject is not null && subject.Kind == MentionKind.Name && FollowedByVerb(t, subject.End, sentence)) resolver.NoteMention(subject, touch: true);
                    return;
                }

                if (subject is not null && NounPhrases.SubjectAfterPremodifiedRole(text, t, subject, sentence.End) is Mention roled && resolver.NoteSubjectName(roled)) return; // "In the Commons, Tory frontbencher Andrew Tyrie demanded" (PremodifiedSubjects)
                if (subject is not null && subject.Kind == MentionKind.Name) resolver.NoteMention(subject, touch: true);
                if (subject is not null && subject.Kind == MentionKind.Description) resolver.NoteDescribedSubject(subject);
                NoteWritingSubject(t, sentence, subject); // "Other than its warning ..., the NIESR report was optimistic" (WritingSubjects)
                if (subject is not null) return;
                first = false;
            }
        }

        /// <summary>A lower-case word other than a conjunction right after a phrase: its verb, likely.</summary>
        private static bool FollowedByVerb(List<Token> t, int i, Sentence sentence) =>
            i < sentence.End && t[i].IsWord && !t[i].IsCapitalized && !t[i].Is("and") && !t[i].Is("or");

        /// <summary>Words that open a subordinate clause before the main clause's subject.</summary>
        private static readonly WordSet Subordinators = new WordSet(
            "as", "after", "while", "when", "although", "though", "because", "since", "if", "before", "once", "until", "whereas");

        private static readonly Entity?[] NoEntities = new Entity?[0];

        private static bool IsQuoteOnly(List<Token> t, Sentence sentence, out Token? quote)
        {
            quote = null;
            for (int i = sentence.First; i < sentence.End; i++)
            {
                if (t[i].Kind == TokenKind.Quote)
                {
                    if (quote is not null) return false;
                    quote = t[i];
                }
                else if (t[i].Kind != TokenKind.Punct)
                {
                    return false;
                }
            }

            return quote is not null && quote.Text.Length > 0 && CountSpaces(quote.Text) >= 2;
        }

        private static readonly WordSet HeadlineMinorWords = new WordSet(
            "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by", "from", "as", "vs");

        /// <summary>Words at most in a short phrase that, alone in single marks, heads a section.</summary>
        private const int ShortHeadingWords = 8;

        /// <summary>
        /// "'All Bets Are Off.'", "'Legend in the Coal Fields.'": a section heading, title case in
        /// single marks, standing alone. Speech stands in double marks. A short phrase in single
        /// marks that is a paragraph of its own ("'A really tough decision.'", "'There's so much
        /// anger.'") heads a section too, whatever its case: speech in single marks comes with its
        /// attribution or inside a longer quotation, and the BBC's own single-marked lines standing
        /// alone are headlines. So is a longer one with no stop at its end, as headlines are set.
        /// </summary>
        private bool IsHeading(Token quote, bool aloneInParagraph)
        {
            char open = text[quote.Start];
            if (open != '\'' && open != '\u2018') return false;
            if (IsTitleCase(quote.Text)) return true;
            if (!aloneInParagraph) return false;
            string words = quote.Text.Trim();
            return CountSpaces(words) < ShortHeadingWords || (CountSpaces(words) < HeadlineWords && !EndsSentence(words));
        }

        /// <summary>Words at most in a headline: one in single marks without a closing stop ("'I was not able to give it my vote in good conscience'") heads a section.</summary>
        private const int HeadlineWords = 16;

        private static bool EndsSentence(string words)
        {
            char last = words[words.Length - 1];
            return last == '.' || last == '!' || last == '?' || last == '…' || last == ',';
        }

        private static bool IsTitleCase(string quoted)
        {
            int words = 0, capitalised = 0;
            int i = 0;
            while (i < quoted.Length)
            {
                while (i < quoted.Length && !char.IsLetterOrDigit(quoted[i])) i++;
                if (i >= quoted.Length) break;
                int start = i;
                while (i < quoted.Length && quoted[i] != ' ' && quoted[i] != '\n') i++;
                words++;
                if (words > 10) return false;
                if (char.IsUpper(quoted[start]) || char.IsDigit(quoted[start])) capitalised++;
                else if (!HeadlineMinorWords.Contains(TrimWord(quoted.Substring(start, i - start)))) return false;
            }

            return capitalised >= 3;
        }

        private static string TrimWord(string word)
        {
            int end = word.Length;
            while (end > 0 && !char.IsLetter(word[end - 1])) end--;
            return word.Substring(0, end);
        }

        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        private static int CountSpaces(string s)
        {
            int n = 0;
            foreach (char c in s)
            {
                if (c == ' ') n++;
            }

            return n;
        }

        private int Paragraph(int position, Unit unit)
        {
            for (int p = unit.LastParagraph; p > unit.FirstParagraph; p--)
            {
                if (structure.Paragraphs[p].Start <= position) return p;
            }

            return unit.FirstParagraph;
        }

        /// <summary>"IRCC" is named "Immigration, Refugees and Citizenship Canada" when the article spells it out.</summary>
        private void SpellOutAcronyms(List<Entity> speakers)
        {
            List<(Entity Speaker, string Acronym)>? named = null;
            foreach (Entity e in speakers)
            {
                if (e.IsPerson || Acronyms.AcronymOf(e.Name) is not string acronym) continue;
                (named ??= new List<(Entity, string)>()).Add((e, acronym));
            }

            if (named is null) return;
            var wanted = new List<string>(named.Count);
            foreach ((Entity _, string acronym) in named) wanted.Add(acronym);
            Dictionary<string, string> expansions = Acronyms.Expansions(text, wanted);
            foreach ((Entity speaker, string acronym) in named)
            {
                if (expansions.TryGetValue(acronym, out string? full)) speaker.Name = full;
            }
        }

        private ExtractedArticle Build()
        {
            var speakers = new List<Entity>();
            foreach (Entity e in resolver.Entities)
            {
                if (SpeakerResolver.IsTypedSpeaker(e)) speakers.Add(e); // a bare share ("92% said") is none (BareShares)
            }

            speakers.Sort((x, y) =>
            {
                int c = FirstMention(x).CompareTo(FirstMention(y));
                return c != 0 ? c : x.Order.CompareTo(y.Order);
            });
            SpellOutAcronyms(speakers);
            var merged = new List<(Entity Merged, Entity Into)>();
            speakers = SameNamedSpeakers.Merge(speakers, merged);
            var extractedSpeakers = new ExtractedSpeaker[speakers.Count];
            for (int i = 0; i < speakers.Count; i++)
            {
                speakers[i].Index = i;
                var mentions = new TextRange[speakers[i].Mentions.Count];
                speakers[i].Mentions.CopyTo(mentions);
                extractedSpeakers[i] = new ExtractedSpeaker(speakers[i].Name, speakers[i].Role, new EquatableArray<TextRange>(mentions));
            }

            foreach ((Entity one, Entity into) in merged) one.Index = into.Index;

            quotes.Sort((x, y) => x.Span.CompareTo(y.Span));
            var extractedQuotes = new ExtractedQuote[quotes.Count];
            for (int i = 0; i < quotes.Count; i++)
            {
                PendingQuote q = quotes[i];
                int speaker = q.Speaker is not null && q.Speaker.Index >= 0 ? q.Speaker.Index : -1;
                TextRange span = q.Kind == QuoteKind.Direct ? DirectQuoteText.Inside(text, q.Span) : q.Span;
                extractedQuotes[i] = new ExtractedQuote(q.Kind, span, speaker, q.Mention, q.Cue, q.Paragraph);
            }

            problems.Sort((x, y) =>
            {
                int c = x.Span.CompareTo(y.Span);
                return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
            });
            return new ExtractedArticle(
                text,
                structure.Title,
                structure.Dateline,
                new EquatableArray<TextRange>(structure.Headings.ToArray()),
                new EquatableArray<TextRange>(structure.Paragraphs.ToArray()),
                new EquatableArray<ExtractedSpeaker>(extractedSpeakers),
                new EquatableArray<ExtractedQuote>(extractedQuotes),
                new EquatableArray<ArticleProblem>(problems.ToArray()));
        }

        private static int FirstMention(Entity e) => e.Mentions.Count > 0 ? e.Mentions.Min.Start : int.MaxValue;

        private sealed class Unit
        {
            public Unit(int firstParagraph, int lastParagraph, List<Token> tokens, List<Sentence> sentences)
            {
                FirstParagraph = firstParagraph;
                LastParagraph = lastParagraph;
                Tokens = tokens;
                Sentences = sentences;
                Names = new List<List<Mention>>(sentences.Count);
            }

            public int FirstParagraph { get; }

            public int LastParagraph { get; }

            public List<Token> Tokens { get; }

            public List<Sentence> Sentences { get; }

            /// <summary>The proper names of each sentence, found by the first pass; one list per sentence, so sized once.</summary>
            public List<List<Mention>> Names { get; }
        }

        private sealed class Introduction
        {
            /// <summary>The reported quote read from the words before the colon, or -1.</summary>
            public int Circumstance { get; set; } = -1;

            public Introduction(TextRange cue, TextRange? mention, Entity? speaker)
            {
                Cue = cue;
                Mention = mention;
                Speaker = speaker;
            }

            public TextRange Cue { get; }

            public TextRange? Mention { get; }

            public Entity? Speaker { get; }
        }

        private sealed class PendingQuote
        {
            public PendingQuote(QuoteKind kind, TextRange span, int paragraph)
            {
                Kind = kind;
                Span = span;
                Paragraph = paragraph;
            }

            public QuoteKind Kind { get; }

            public TextRange Span { get; }

            public int Paragraph { get; }

            public Entity? Speaker { get; set; }

            public TextRange? Mention { get; set; }

            public TextRange? Cue { get; set; }

            /// <summary>Mention and cue carried from the sentence before (ReportedClauseQuotes): a later "Smith said." still takes the quote.</summary>
            public bool Carried { get; set; }
        }
    }
}
