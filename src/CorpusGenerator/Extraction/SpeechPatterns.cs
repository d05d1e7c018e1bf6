using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// Reads the attributions of one sentence: which cue verbs have a speaker, and what each
    /// reports. Handles the shapes news prose uses:
    /// <c>X said (that) C</c>, <c>C, X said</c>, <c>"C," said X, a spokesman</c>,
    /// <c>X said, "C"</c>, <c>"C1," X said, "C2"</c>, <c>X told reporters C</c>,
    /// <c>according to X, C</c>, <c>Stating that C, X ...</c>, <c>..., stating that C</c> and
    /// <c>X lamented C1 and stressed C2</c>.
    /// </summary>
    internal static class SpeechPatterns
    {
        /// <summary>Tokens looked ahead for the "that" of "said in a statement on Monday that".</summary>
        private const int ThatLookahead = 8;

        private static readonly WordSet ListenerWords = new WordSet(
            "him", "her", "them", "us", "me", "reporters", "journalists", "supporters", "lawmakers", "members", "listeners",
            "viewers", "readers", "crowd", "audience", "media", "press");

        /// <summary>Labels that stand before a colon without being a speaker ("WATCH: ...", "Photo: ...").</summary>
        private static readonly WordSet ColonLabels = new WordSet(
            "watch", "photo", "photos", "video", "update", "updated", "note", "related", "read", "listen", "source",
            "sources", "warning", "breaking", "exclusive", "analysis", "opinion", "correction", "file", "editor",
            "q", "a", "question", "answer", "image", "credit", "caption", "below", "more", "also", "see", "example",
            "for", "and", "but", "or", "so", "here", "there", "this", "that", "these", "those", "what", "why", "how");

        /// <summary>Prepositions that make what follows a cue its object, not speech ("writes about", "respond to").</summary>
        private static readonly WordSet ObjectPrepositions = new WordSet("to", "about", "for", "on", "at", "with", "back", "against", "by", "into", "up", "out");

        public static List<Attribution> Find(string text, List<Token> t, Sentence s)
        {
            var found = new List<Attribution>();
            Attribution? labelled = ColonAttribution(text, t, s);
            if (labelled is not null)
            {
                found.Add(labelled);
                return found;
            }

            for (int k = s.First; k < s.End; k++)
            {
                if (!IsCue(t, k, s, out int cueEnd)) continue;
                var a = new Attribution(k, cueEnd);
                if (!FindSpeaker(text, t, s, a, found)) continue;
                found.Add(a);
                k = cueEnd - 1;
            }

            for (int i = 0; i < found.Count; i++) FindContent(text, t, s, found, i);
            return found;
        }

        /// <summary>"Pence: Gennifer Flowers won't be at the debate" — a name, a colon, what they said.</summary>
        private static Attribution? ColonAttribution(string text, List<Token> t, Sentence s)
        {
            int colon = -1;
            for (int i = s.First + 1; i < s.End && i - s.First <= 5; i++)
            {
                if (t[i].IsPunct(':'))
                {
                    colon = i;
                    break;
                }

                if (!t[i].IsWord && !t[i].IsPunct('.')) return null;
            }

            if (colon < 0 || colon + 2 >= s.End) return null;
            for (int i = s.First; i < colon; i++)
            {
                if (t[i].IsWord && ColonLabels.Contains(t[i].Text)) return null;
            }

            Mention? speaker = NounPhrases.EndingAt(text, t, colon - 1, s.First);
            if (speaker is null || speaker.First != s.First || speaker.Kind == MentionKind.Pronoun) return null;
            int end = TrimEnd(t, colon + 1, s.End);
            if (CountWords(t, colon + 1, end) < 3) return null;
            var a = new Attribution(colon, colon + 1) { Speaker = speaker, ContentFirst = colon + 1, ContentEnd = end };
            if (IsSingleQuote(t, colon + 1, end))
            {
                int q = FirstQuote(t, colon + 1, end);
                a.Kind = QuoteKind.Direct;
                a.Span = new TextRange(t[q].Start, t[q].End);
            }
            else
            {
                a.Kind = HasQuote(t, colon + 1, end) ? QuoteKind.Mixed : QuoteKind.Indirect;
                a.Span = new TextRange(t[colon + 1].Start, t[end - 1].End);
            }

            return a;
        }

        private static bool IsCue(List<Token> t, int k, Sentence s, out int cueEnd)
        {
            cueEnd = k + 1;
            Token token = t[k];
            if (!token.IsWord) return false;
            if (token.Is("according") && k + 1 < s.End && t[k + 1].Is("to"))
            {
                cueEnd = k + 2;
                return true;
            }

            if (!CueLexicon.IsCue(token.Text)) return false;
            if (token.IsCapitalized && k != s.First) return false; // "Says" in a name or title
            if (k > s.First)
            {
                // "the report", "a statement", "his call": a noun, not a verb.
                Token before = t[k - 1];
                if (before.IsWord && (WordLists.Determiners.Contains(before.Text) || before.IsPossessive) && !before.Is("that")) return false;
                if (before.Is("to") && !token.Text.EndsWith("ed", System.StringComparison.Ordinal)) return false;
            }

            if (k + 1 < s.End && t[k + 1].IsWord && (t[k + 1].Is("by") || t[k + 1].Is("for") && !token.Text.StartsWith("call", System.StringComparison.OrdinalIgnoreCase)))
            {
                return false; // "was warned by", "asked for": passive or idiom
            }

            return true;
        }

        private static bool FindSpeaker(string text, List<Token> t, Sentence s, Attribution a, List<Attribution> earlier)
        {
            int k = a.Cue;
            Token cue = t[k];
            if (cue.Is("according"))
            {
                a.Speaker = NounPhrases.StartingAt(text, t, a.CueEnd, s.End);
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

            // "Rep. Gwen Moore (D-Wis.) said": the party tag stands between the name and the cue.
            if (j > s.First && t[j].IsPunct(')'))
            {
                int open = j - 1;
                while (open > s.First && j - open <= 8 && !t[open].IsPunct('(')) open--;
                if (t[open].IsPunct('(')) j = open - 1;
            }

            int skipped = 0;
            bool passive = false, negated = false, modal = false;
            while (j >= s.First && skipped < 4 && t[j].IsWord && WordLists.VerbModifiers.Contains(t[j].Text) && !NounPhrases.IsPronoun(t[j]))
            {
                if (IsBe(t[j])) passive = true;
                if (t[j].Is("not") || t[j].Is("never")) negated = true;
                if (IsModal(t[j])) modal = true;
                j--;
                skipped++;
            }

            // "was told", "is said to": passive, the speaker is elsewhere; "did not say": no speech.
            if ((passive && !quotedAs && !participle) || negated) return false;
            if (j >= s.First && t[j].IsWord && (t[j].Text.EndsWith("n't", System.StringComparison.OrdinalIgnoreCase) || t[j].Text.EndsWith("n’t", System.StringComparison.OrdinalIgnoreCase))) return false;

            // "... and stressed", ", and strongly condemned", ", stating that": the same speaker.
            bool coordinated = j >= s.First && (t[j].Is("and") || t[j].Is("but") || (participle && t[j].IsPunct(',')));
            if (coordinated && Last(earlier) is int shared)
            {
                a.SharesSpeakerWith = shared;
                a.Speaker = earlier[shared].Speaker;
                return true;
            }

            if (coordinated && !participle)
            {
                // "IRCC did not reveal any details, but said ...": the sentence's subject.
                a.Speaker = MainSubject(text, t, s, j);
                return a.Speaker is not null;
            }

            if (participle && j >= s.First && (t[j].Is("while") || t[j].Is("after") || t[j].Is("before") || t[j].Is("when") || t[j].Is("by") || t[j].Is("in")))
            {
                return false; // "After saying ...": an adverbial, its subject elsewhere
            }

            if (j > s.First && t[j].Is("who") && !participle)
            {
                // "Heather, who finally confessed that ...": the relative clause's antecedent speaks.
                int before = t[j - 1].IsPunct(',') ? j - 2 : j - 1;
                a.Speaker = before >= s.First ? SubjectEndingAt(text, t, s, before) : null;
                return a.Speaker is not null && a.Speaker.Kind != MentionKind.Pronoun;
            }

            if (!participle || skipped > 0)
            {
                if (j >= s.First && t[j].IsWord)
                {
                    a.Speaker = SubjectEndingAt(text, t, s, j);
                }
                else if (j > s.First && t[j].IsPunct(','))
                {
                    a.Speaker = BeforeAppositive(text, t, s, j);
                }

                // "Facebook post", "August tweet": a base form after a singular name is a noun.
                if (a.Speaker is not null && !modal && CueLexicon.IsBaseForm(cue.Text) && a.Speaker.Kind == MentionKind.Name && IsSingular(t, s, a.Speaker)) a.Speaker = null;

                // "He said RCMP will maintain ...": a cue inside another's content is part of it.
                if (a.Speaker is not null && earlier.Count > 0 && !StartsClause(t, s, a.Speaker.First)) return false;
            }

            // "than TransLink says they are": a comparison, not an attribution.
            if (a.Speaker is not null && a.Speaker.First > s.First && (t[a.Speaker.First - 1].Is("than") || t[a.Speaker.First - 1].Is("what"))) return false;

            if (a.Speaker is null && !participle && !CueLexicon.TakesAddressee(cue.Text) && k + 1 < s.End && (k == s.First || t[k - 1].IsPunct(',') || t[k - 1].Kind == TokenKind.Quote || t[k - 1].IsPunct('—')))
            {
                a.Speaker = NounPhrases.StartingAt(text, t, k + 1, s.End);
                if (a.Speaker is not null) a.SpeakerAfterCue = true;
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

            if (a.Speaker is null && participle && k > s.First && t[k - 1].IsPunct(','))
            {
                // "Rival Hillary Clinton had mocked the complaint, saying ...": the subject speaks.
                a.Speaker = MainSubject(text, t, s, k);
            }

            if (a.Speaker is null) return false;
            if (CueLexicon.IsEvaluative(cue.Text) && a.Speaker.Kind == MentionKind.Group) return false;
            return true;
        }

        /// <summary>
        /// "Trevor Nicholson, a spokesman for the ministry, said": the name before the appositive;
        /// "Keeper of the Ruler's Seal, Syed Danial Syed Ahmad, said": the name that is the appositive.
        /// </summary>
        private static Mention? BeforeAppositive(string text, List<Token> t, Sentence s, int comma)
        {
            int right = comma;
            for (int chunk = 0; chunk < 3; chunk++)
            {
                int c = right - 1;
                while (c > s.First && right - c <= 20 && !t[c].IsPunct(',') && t[c].Kind != TokenKind.Quote) c--;
                if (c <= s.First || !t[c].IsPunct(',')) return null;
                Mention? inner = NounPhrases.EndingAt(text, t, right - 1, c + 1);
                if (inner is not null && inner.Kind == MentionKind.Name && inner.First == c + 1) return inner;
                bool relative = t[c + 1].Is("who") || t[c + 1].Is("which") || t[c + 1].Is("where") || t[c + 1].Is("whose") || t[c + 1].Is("whom");
                Mention? m = SubjectEndingAt(text, t, s, c - 1);
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

            return null;
        }

        /// <summary>
        /// The subject phrase ending at <paramref name="last"/>. A phrase after a preposition is an
        /// object ("professor Kent Moore at the University of Toronto says"), so the walk climbs over
        /// prepositional phrases to the phrase they modify, or gives up.
        /// </summary>
        private static Mention? SubjectEndingAt(string text, List<Token> t, Sentence s, int last)
        {
            Mention? nearest = NounPhrases.EndingAt(text, t, last, s.First);
            if (nearest is not null && nearest.Kind == MentionKind.Name && nearest.First - 2 >= s.First && t[nearest.First - 1].Is("and"))
            {
                // "Tore Sohlberg and Lehla Abreder said": both speak, as one group.
                Mention? other = NounPhrases.EndingAt(text, t, nearest.First - 2, s.First);
                if (other is not null && other.Kind == MentionKind.Name && nearest.Role is null && other.Role is null && !RoleLexicon.IsNationality(other.Text))
                {
                    var span = new TextRange(other.Span.Start, nearest.Span.End);
                    return new Mention(MentionKind.Name, other.First, nearest.End, span, span.Of(text))
                    {
                        NameWords = span.Of(text).Split(' '),
                        Conjoined = true,
                    };
                }
            }

            Mention? m = nearest;
            for (int climb = 0; m is not null && climb < 4; climb++)
            {
                int before = m.First - 1;
                if (before >= s.First && t[before].IsWord && WordLists.Determiners.Contains(t[before].Text)) before--;
                if (before < s.First || !t[before].IsWord || !WordLists.Prepositions.Contains(t[before].Text)) return m;
                m = before - 1 >= s.First ? NounPhrases.EndingAt(text, t, before - 1, s.First) : null;
            }

            // No phrase to climb to: a name still speaks ("In a meeting with the board Trump said"),
            // a common noun ("present in court told") does not.
            return nearest is not null && nearest.Kind == MentionKind.Name ? nearest : null;
        }

        /// <summary>
        /// The subject of the sentence's main clause, before <paramref name="limit"/>: the phrase
        /// that opens it, or the one after an opening adverbial ("In a statement, IRCC ...").
        /// </summary>
        private static Mention? MainSubject(string text, List<Token> t, Sentence s, int limit)
        {
            int first = s.First;
            if (t[first].IsWord && (WordLists.Prepositions.Contains(t[first].Text) || WordLists.AdverbialStarters.Contains(t[first].Text)))
            {
                int comma = first + 1;
                while (comma < limit && comma - first <= 10 && !t[comma].IsPunct(',')) comma++;
                if (comma >= limit || !t[comma].IsPunct(',')) return null;
                first = comma + 1;
            }

            Mention? subject = NounPhrases.StartingAt(text, t, first, limit);
            return subject is not null && subject.Kind != MentionKind.Group && subject.End < limit && t[subject.End].IsWord ? subject : null;
        }

        /// <summary>Whether a new clause can start at <paramref name="i"/>: sentence start, after a comma, conjunction or quote.</summary>
        private static bool StartsClause(List<Token> t, Sentence s, int i)
        {
            if (i <= s.First) return true;
            Token before = t[i - 1];
            return before.Kind == TokenKind.Quote || before.IsPunct(',') || before.IsPunct(';') || before.IsPunct('—') || before.IsPunct('(') ||
                   before.Is("and") || before.Is("but") || before.Is("while") || before.Is("whereas") || before.Is("as") || before.Is("so") || before.Is("yet") ||
                   before.Is("although") || before.Is("though") || before.Is("because") || before.Is("since") || before.Is("if") || before.Is("when") ||
                   before.Is("where") || before.Is("after") || before.Is("before") || before.Is("until") || before.Is("unless") || before.Is("once") ||
                   (before.IsWord && (WordLists.Prepositions.Contains(before.Text) == false && before.IsCapitalized && i - 1 == s.First));
        }

        /// <summary>"Mr. Grassley and Mr. Leahy say", "many Democrats say": plural subjects take the base form.</summary>
        private static bool IsSingular(List<Token> t, Sentence s, Mention m)
        {
            if (m.First > s.First && t[m.First - 1].Is("and")) return false;
            string last = t[m.End - 1].Text;
            return !(last.Length > 3 && last.EndsWith("s", System.StringComparison.Ordinal) && !last.EndsWith("ss", System.StringComparison.Ordinal));
        }

        private static bool IsBe(Token t) => t.Is("is") || t.Is("was") || t.Is("were") || t.Is("are") || t.Is("be") || t.Is("been") || t.Is("being");

        private static bool IsModal(Token t) =>
            t.Is("will") || t.Is("would") || t.Is("could") || t.Is("may") || t.Is("might") || t.Is("can") || t.Is("should") || t.Is("must") ||
            t.Is("did") || t.Is("does") || t.Is("do") || t.Is("to");

        private static int? Last(List<Attribution> list) => list.Count > 0 ? list.Count - 1 : (int?)null;

        private static void FindContent(string text, List<Token> t, Sentence s, List<Attribution> all, int index)
        {
            Attribution a = all[index];
            int limit = index + 1 < all.Count ? BoundaryBefore(t, s, all[index + 1]) : s.End;
            if (a.ContentLimit >= 0 && a.ContentLimit < limit) limit = a.ContentLimit;

            // Content after the cue.
            int start = a.SpeakerAfterCue && !t[a.Cue].Is("according") ? SkipAppositive(t, a.Speaker!.End, limit) : a.CueEnd;
            if (t[a.Cue].Is("according")) start = SkipAppositive(t, a.Speaker!.End, limit);
            start = SkipToContent(t, a, start, limit);
            int end = StopAtClauseBreak(t, start, limit);
            end = TrimEnd(t, start, end);

            // Content before the speaker: "C, X said." / "“C,” said X."
            int leftEnd = a.SpeakerAfterCue ? a.Cue : a.Speaker is not null && a.SharesSpeakerWith < 0 ? a.Speaker.First : -1;
            int leftFirst = index > 0 ? System.Math.Max(all[index - 1].ContentEnd, all[index - 1].CueEnd) : s.First;
            if (index > 0 && all[index - 1].Speaker is Mention prev && prev.End > leftFirst && all[index - 1].SpeakerAfterCue) leftFirst = prev.End;
            bool fronted = leftEnd > leftFirst && (t[leftEnd - 1].IsPunct(',') || t[leftEnd - 1].Kind == TokenKind.Quote || t[leftEnd - 1].IsPunct('—'));
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

            if (t[a.Cue].Is("according") && leftEnd < 0) fronted = false;
            if (t[a.Cue].Is("according") && a.Cue > leftFirst) { leftEnd = a.Cue; fronted = true; }
            int lEnd = fronted ? TrimEnd(t, leftFirst, leftEnd) : leftFirst;
            int lStart = fronted ? SkipLeadingJunk(t, leftFirst, lEnd) : leftFirst;

            bool hasRight = CountWords(t, start, end) > 0;
            bool hasLeft = fronted && CountWords(t, lStart, lEnd) > 0;
            if (hasLeft && hasRight && IsSingleQuote(t, lStart, lEnd) && IsSingleQuote(t, start, end))
            {
                // "“We tried,” he said, “and failed.”": one quote in two pieces.
                a.ContentFirst = lStart;
                a.ContentEnd = end;
                a.Kind = QuoteKind.Direct;
                a.Span = new TextRange(t[FirstQuote(t, lStart, lEnd)].Start, t[FirstQuote(t, start, end)].End);
                return;
            }

            bool rightIsAside = hasRight && !IsSingleQuote(t, start, end) && (t[start].Is("and") || t[start].Is("but") || t[start].Is("or") || t[a.CueEnd < t.Count ? a.CueEnd : start].IsPunct(','));
            bool parenthetical = hasLeft && hasRight && a.CueEnd < t.Count && t[a.CueEnd].IsPunct(',') && !a.SpeakerAfterCue &&
                                 !t[start].Is("and") && !t[start].Is("but") && !t[start].Is("or") && !HasQuote(t, lStart, lEnd) && t[start].Kind != TokenKind.Quote;
            if (parenthetical)
            {
                // "Climate change, Mr. Obama often says, is the greatest threat": one content
                // around the attribution.
                Set(t, a, lStart, end);
            }
            else if (hasLeft && (!hasRight || IsSingleQuote(t, lStart, lEnd) || a.SpeakerAfterCue || rightIsAside ||
                                 (CountWords(t, start, end) <= 3 && !HasQuote(t, start, end))))
            {
                Set(t, a, lStart, lEnd);
            }
            else if (hasRight)
            {
                Set(t, a, start, end);
            }
            else if (end == start && start < s.End && t[s.End - 1].IsPunct(':'))
            {
                a.IntroducesNext = true;
            }

            if (a.HasContent && a.Kind != QuoteKind.Direct && a.ContentFirst >= a.CueEnd)
            {
                // Right content: "writes about", "calling for", "maintain a presence" are not speech.
                string cueWord = t[a.Cue].Text;
                Token first = t[a.ContentFirst];
                bool afterThat = a.ContentFirst > 0 && t[a.ContentFirst - 1].Is("that");
                bool prepositional = a.ContentFirst == a.CueEnd && !CueLexicon.IsSay(cueWord) && first.IsWord && ObjectPrepositions.Contains(first.Text) &&
                                     !t[a.Cue].Is("according") && !CueLexicon.TakesPrepositionalContent(cueWord, first.Text);
                if (prepositional ||
                    (CueLexicon.NeedsThat(cueWord) && !afterThat))
                {
                    a.ContentFirst = a.ContentEnd = -1;
                }
            }

            if (a.HasContent && a.Kind == QuoteKind.Indirect)
            {
                int words = CountWords(t, a.ContentFirst, a.ContentEnd);
                int needed = CueLexicon.IsEvaluative(t[a.Cue].Text) ? 3 : 2;
                if (words < needed) a.ContentFirst = a.ContentEnd = -1;
            }
        }

        private static void Set(List<Token> t, Attribution a, int first, int end)
        {
            // "says of Clinton, “Q”", "said in a statement: “Q”": a short adverbial, then the quote.
            if (end - first >= 3 && end - first <= 8 && t[end - 1].Kind == TokenKind.Quote && (t[end - 2].IsPunct(',') || t[end - 2].IsPunct(':')) &&
                t[first].IsWord && (WordLists.Prepositions.Contains(t[first].Text) || WordLists.AdverbialStarters.Contains(t[first].Text)) && !HasQuote(t, first, end - 1))
            {
                first = end - 1;
            }

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

        /// <summary>Where the previous content must stop because the next attribution begins.</summary>
        private static int BoundaryBefore(List<Token> t, Sentence s, Attribution next)
        {
            int b;
            if (next.SharesSpeakerWith >= 0) b = next.Cue;
            else if (next.Speaker is not null && !next.SpeakerAfterCue) b = next.Speaker.First;
            else b = next.Cue;
            if (t[next.Cue].Is("according")) b = next.Cue;
            while (b > s.First && (t[b - 1].IsPunct(',') || t[b - 1].Is("and") || t[b - 1].Is("but") || t[b - 1].Is("while") ||
                                   (t[b - 1].IsWord && WordLists.VerbModifiers.Contains(t[b - 1].Text) && next.SharesSpeakerWith >= 0)))
            {
                b--;
            }

            return b;
        }

        private static int SkipAppositive(List<Token> t, int i, int limit)
        {
            if (i < limit && t[i].IsPunct(',') && i + 1 < limit && (t[i + 1].Is("a") || t[i + 1].Is("an") || t[i + 1].Is("the") || t[i + 1].Is("who") || (t[i + 1].IsWord && RoleLexicon.IsTitle(t[i + 1].Text))))
            {
                int j = i + 1;
                while (j < limit && !t[j].IsPunct(',') && t[j].Kind != TokenKind.Quote) j++;
                return j;
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
                    start = j + 1;
                    break;
                }

                if (!tok.IsWord && tok.Kind != TokenKind.Number) break;
                if (CueLexicon.IsCue(tok.Text)) break;
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
            }

            while (start < limit && (t[start].IsPunct(',') || t[start].IsPunct(':') || t[start].IsPunct('—') || t[start].IsPunct('-') || t[start].Is("that")))
            {
                start++;
            }

            return start;
        }

        /// <summary>", supporting Iraq as ..." ends the reported clause; ", including" does not.</summary>
        private static int StopAtClauseBreak(List<Token> t, int start, int limit)
        {
            for (int j = start + 1; j + 1 < limit; j++)
            {
                if (!t[j].IsPunct(',')) continue;
                Token next = t[j + 1];
                if (next.IsWord && !next.IsCapitalized && CueLexicon.IsParticiple(next.Text) && !next.Is("including") && !next.Is("according")) return j;
                if (next.Is("according") && j + 2 < limit && t[j + 2].Is("to")) return j;
            }

            return limit;
        }

        private static int TrimEnd(List<Token> t, int start, int end)
        {
            while (end > start && t[end - 1].Kind == TokenKind.Punct && ".,;:—–-!?(".IndexOf(t[end - 1].Text[0]) >= 0) end--;
            return end;
        }

        private static int SkipLeadingJunk(List<Token> t, int start, int end)
        {
            while (start < end && t[start].Kind == TokenKind.Punct && ",;:—–-".IndexOf(t[start].Text[0]) >= 0) start++;
            return start;
        }

        private static int CountWords(List<Token> t, int first, int end)
        {
            int n = 0;
            for (int i = first; i < end; i++)
            {
                if (t[i].Kind != TokenKind.Punct) n++;
            }

            return n;
        }

        private static bool IsSingleQuote(List<Token> t, int first, int end)
        {
            int quotes = 0;
            for (int i = first; i < end; i++)
            {
                if (t[i].Kind == TokenKind.Quote) quotes++;
                else if (t[i].Kind != TokenKind.Punct) return false;
            }

            return quotes == 1;
        }

        private static bool HasQuote(List<Token> t, int first, int end)
        {
            for (int i = first; i < end; i++)
            {
                if (t[i].Kind == TokenKind.Quote) return true;
            }

            return false;
        }

        private static int FirstQuote(List<Token> t, int first, int end)
        {
            for (int i = first; i < end; i++)
            {
                if (t[i].Kind == TokenKind.Quote) return i;
            }

            return first;
        }
    }
}
