using System;
using System.Collections.Generic;
using System.Text;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// Finds the speaker phrase next to a cue, walking the tokens outwards: proper names with
    /// their titles, pronouns, and descriptions headed by a source noun. Each walk is bounded by a
    /// few tokens, so attribution stays linear.
    /// </summary>
    internal static partial class NounPhrases
    {
        private const int MaxNameTokens = 8;

        private static readonly char[] Apostrophes = { '\'', '’' };

        private static readonly WordSet NumberWords = new WordSet(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "third", "thirds", "quarter",
            "quarters", "fifth", "fifths", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
            "majority", "minority", "most", "all", "many", "some", "few", "none", "both", "each");

        /// <summary>Whether <paramref name="word"/> counts or apportions people: "three", "half", "majority", "most".</summary>
        internal static bool IsCountWord(string word) => NumberWords.Contains(word);

        private static readonly WordSet QuantityWords = new WordSet(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "third", "thirds", "quarter",
            "quarters", "fifth", "fifths", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
            "percent", "in", "of", "them", "us", "a", "an", "the", "all", "but", "most", "many", "some", "few", "about", "nearly",
            "almost", "around", "roughly", "over", "under", "more", "than", "less", "fewer", "just", "only", "majority", "minority",
            "none", "both", "each");

        /// <summary>The phrase that ends at token <paramref name="last"/>.</summary>
        public static Mention? EndingAt(string text, List<Token> t, int last, int sentenceFirst)
        {
            if (last < sentenceFirst || !(t[last].IsWord || IsNameNumber(t, last) || IsPercentSign(t, last))) return null;
            Token token = t[last];
            if (IsPronoun(token)) return Pronoun(t, last);
            if (IsNameish(token) || RoleLexicon.IsTitle(token.Text) || IsNameNumber(t, last) || (last - 1 > sentenceFirst && IsWeekdaySurname(t, last)))
            {
                int first = last;
                while (first - 1 >= sentenceFirst && last - first < MaxNameTokens)
                {
                    Token before = t[first - 1];
                    if (IsNameish(before) && (!before.IsPossessive || IsHoldersOffice(t, first - 1))) first--; // "the Information Commissioner's Office" (PluralPossessiveNames)
                    else if (IsInnerOf(t, first - 1, sentenceFirst)) first -= 2; // "City of Surrey
                    else if (before.Is("the") && first - 3 >= sentenceFirst && IsInnerOf(t, first - 2, sentenceFirst)) first -= 3; // "News of the World"
                    else if (first - 2 >= sentenceFirst && IsAmpersandJoin(t, first - 1)) first -= 2; // "Marsh & McLennan", "B&B"
                    else if (first - 2 >= sentenceFirst && IsPluralPossessiveInName(t, first - 1)) first -= 2; // "the Musicians' Union" (PluralPossessiveNames)
                    else if (first - 2 >= sentenceFirst && IsInnerAnd(t, first - 1)) first -= 2; // "Baoshan Iron and Steel" (InnerAnd)
                    else if (first == last && IsLeadingNameNumber(t, first - 1, sentenceFirst)) first--; // "50 Cent" (LeadingNumbers)
                    else if (IsWeekdayInName(t, first - 1, sentenceFirst)) first--; // "the Sunday Times"
                    else if (TitleOfBefore(t, first, sentenceFirst) is int titleOf && titleOf > 0) first -= titleOf; // "Chancellor of the Exchequer Gordon Brown" (TitleOfPortfolio)
                    else if (TitleOfListBefore(t, first, sentenceFirst) is int titleList && titleList > 0) first -= titleList; // "Minister for Children, Young People and Families Margaret Hodge" (TitleOfList)
                    else if (IsParticle(before) && first - 2 >= sentenceFirst && IsNameish(t[first - 2]) && !t[first - 2].IsPossessive) first -= 2; // "Ana de la Cruz"
                    else if (IsParticle(before) && first - 3 >= sentenceFirst && IsParticle(t[first - 2]) && IsNameish(t[first - 3])) first -= 3;
                    else if (before.IsWord && (RoleLexicon.IsTitle(before.Text) || RoleLexicon.IsHonorific(before.Text))) first--;
                    else if (IsUnderOfTitle(t, first - 1, last + 1)) first--; // "Treasury Under Secretary John Taylor" (UnderTitles)
                    else if (before.IsPunct('.') && first - 2 >= sentenceFirst && t[first - 2].End == before.Start && IsAbbreviation(t[first - 2])) first -= 2;
                    else if (before.IsWord && !before.IsCapitalized && LooksLikeRoleModifier(before) && RoleLexicon.IsTitle(t[first].Text)) first--;
                    else break;
                }

                if (first == last && IsDescribedOrigin(text, t, last, sentenceFirst)) return Description(text, t, last, sentenceFirst); // "The 55-year-old Frenchman told" (Nationalities)
                return Split(text, t, first, last + 1, sentenceFirst);
            }

            if (RoleLexicon.IsSourceNoun(token.Text) || LooksLikeAgentNoun(t, last, sentenceFirst)) return Description(text, t, last, sentenceFirst);
            return Quantity(text, t, last, sentenceFirst);
        }

        /// <summary>
        /// "47 percent", "One in three", "a third", "most of them", "all but two": the share of a
        /// polled group that said something, named as written.
        /// </summary>
        private static Mention? Quantity(string text, List<Token> t, int last, int sentenceFirst)
        {
            int first = last;
            bool counted = false;
            while (first >= sentenceFirst && last - first < 7 && (t[first].Kind == TokenKind.Number || (t[first].IsWord && QuantityWords.Contains(t[first].Text)) || IsHyphenatedCount(t[first]) || IsPercentSign(t, first)))
            {
                if (t[first].Kind == TokenKind.Number || NumberWords.Contains(t[first].Text) || IsHyphenatedCount(t[first])) counted = true;
                first--;
            }

            first++;

            // "- but many said": a conjunction opening the phrase joins it to the clause before;
            // "all but two" keeps its "but" inside.
            while (first < last && t[first].Is("but")) first++;

            // "The father of two", "the 34-year-old mother of three": a count after "of" belongs to
            // the noun before it, which its determiner opens; "three-fourths of them", "shy of half" stay shares.
            if (first < last && t[first].Is("of") && first - 2 >= sentenceFirst && DeterminerOpening(t, first - 1, sentenceFirst) >= 0 &&
                t[first - 1].IsWord && !t[first - 1].IsCapitalized && (t[last].Kind == TokenKind.Number || NumberWords.Contains(t[last].Text)))
            {
                return null;
            }
            bool endsWell = t[last].Kind == TokenKind.Number || NumberWords.Contains(t[last].Text) || IsHyphenatedCount(t[last]) || t[last].Is("percent") || IsPercentSign(t, last) || t[last].Is("them") || t[last].Is("us");
            if (!counted && !(t[last].Is("them") && first < last)) return null;
            if (first > last || !endsWell) return null;
            if (first == last && t[last].Is("one")) return null; // "one wonders": the generic pronoun
            var span = new TextRange(t[first].Start, t[last].End);
            return new Mention(MentionKind.Group, first, last + 1, span, span.Of(text)) { NameWords = new[] { t[last].Text } };
        }

        /// <summary>
        /// The determiner that opens the noun at <paramref name="noun"/>, perhaps across a few
        /// lowercase modifiers: "the mother", "a proud father", "the 34-year-old mother" (whose
        /// age the tokenizer splits into "34", "-", "year-old"); -1 when none does.
        /// </summary>
        public static int DeterminerOpening(List<Token> t, int noun, int sentenceFirst)
        {
            for (int k = noun - 1; k >= sentenceFirst && noun - k <= 4; k--)
            {
                Token token = t[k];
                if (token.IsWord && WordLists.Determiners.Contains(token.Text)) return k;
                bool modifier = token.Kind == TokenKind.Number || token.IsPunct('-') ||
                                (token.IsWord && !token.IsCapitalized && !WordLists.StopWords.Contains(token.Text));
                if (!modifier) return -1;
            }

            return -1;
        }

        /// <summary>"34-year-old", "6-month-old": an age before a noun, in any unit (<see cref="Ages.UnitAt"/>), ending at token <paramref name="i"/>.</summary>
        private static bool IsAgeEnd(string text, List<Token> t, int i, int sentenceFirst) =>
            i - 2 >= sentenceFirst && t[i].IsWord && t[i - 1].IsPunct('-') && t[i - 2].Kind == TokenKind.Number &&
            t[i - 1].Start == t[i - 2].End && t[i].Start == t[i - 1].End && Ages.UnitAt(text, t[i - 1].Start, t[i].End) != Ages.Unit.None;

        /// <summary>"Twenty-four", "three-quarters", "three-fourths": a count the tokenizer keeps as one hyphenated word.</summary>
        private static bool IsHyphenatedCount(Token token) => token.IsWord && IsHyphenatedCount(token.Text);

        /// <summary>"Forty-four", "Three-quarters", "two-thirds": a count or share written as one hyphenated word.</summary>
        internal static bool IsHyphenatedCount(string w)
        {
            int hyphen = w.IndexOf('-');
            if (hyphen <= 0 || hyphen == w.Length - 1 || w.IndexOf('-', hyphen + 1) >= 0) return false;
            string second = w.Substring(hyphen + 1);
            return NumberWords.Contains(w.Substring(0, hyphen)) && (NumberWords.Contains(second) || second.EndsWith("ths", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>Title words that only modify the title or name after them: "then", "former", "acting".</summary>
        private static readonly WordSet Premodifiers = new WordSet("then", "former", "acting", "interim", "senior", "fellow", "rival");

        /// <summary>The phrase that starts at token <paramref name="first"/> ("said Smith, a spokesman").</summary>
        public static Mention? StartingAt(string text, List<Token> t, int first, int sentenceEnd)
        {
            if (first >= sentenceEnd || !(t[first].IsWord || IsLeadingNameNumber(t, first, 0))) return null; // "50 Cent said" (LeadingNumbers)
            Token token = t[first];
            if (IsPronoun(token)) return Pronoun(t, first);
            int end = first;
            if (token.Is("one") && first + 3 < sentenceEnd && t[first + 1].Is("of") && t[first + 2].Is("the") && t[first + 3].IsWord)
            {
                // "says one of the players": the phrase as written names the speaker.
                var span = new TextRange(token.Start, t[first + 3].End);
                return new Mention(MentionKind.Group, first, first + 4, span, span.Of(text)) { NameWords = new[] { t[first + 3].Text } };
            }

            if (!token.IsCapitalized && (RoleLexicon.IsSourceNoun(token.Text) || LooksLikeAgentNoun(t, first, first)) && !WordLists.Determiners.Contains(token.Text))
            {
                // "according to experts", "said officials": a bare plural or source noun.
                while (end + 1 < sentenceEnd && t[end + 1].IsWord && RoleLexicon.IsSourceNoun(t[end + 1].Text)) end++;
                Mention? bare = Description(text, t, end, first);
                return bare is null ? null : NameAfterRole(text, t, end, sentenceEnd) ?? NameAfterCompound(text, t, end, sentenceEnd) ?? bare; // "state statistics body INSEE" (CompoundBeforeName)
            }

            if (WordLists.Determiners.Contains(token.Text))
            {
                end++;
                int inner = 0; // "said a Department of Homeland Security spokeswoman": the organisation's inner "of" (InnerPrepositions)
                while (end < sentenceEnd && end - first - inner < 5 && t[end].IsWord && (t[end].IsCapitalized || !WordLists.StopWords.Contains(t[end].Text) || IsInnerOfBeforeSpokesNoun(t, end, first, sentenceEnd)) &&
                       (!RoleLexicon.IsSourceNoun(t[end].Bare) || (end + 1 < sentenceEnd && IsInnerOfBeforeSpokesNoun(t, end + 1, first, sentenceEnd))))
                {
                    if (t[end].IsWord && !t[end].IsCapitalized && WordLists.StopWords.Contains(t[end].Text)) inner++;
                    end++;
                }

                if (end < sentenceEnd && t[end].IsWord && t[end].IsPossessive && RoleLexicon.IsSourceNoun(t[end].Bare))
                {
                    return Description(text, t, end, first); // "the union's release": the union speaks
                }

                if (end < sentenceEnd && t[end].IsWord && RoleLexicon.IsSourceNoun(t[end].Text))
                {
                    while (end + 1 < sentenceEnd && t[end + 1].IsWord && RoleLexicon.IsSourceNoun(t[end + 1].Text)) end++;
                    Mention? d = Description(text, t, end, first);
                    if (d is null) return null;
                    return NameAfterRole(text, t, end, sentenceEnd) ?? d; // "the Iraqi prime minister Mustafa al-Kadhimi"
                }

                return null;
            }

            while (end < sentenceEnd && end - first < MaxNameTokens)
            {
                Token tok = t[end];

                // "Howard Dean then appeared": a modifier that only goes before a title or name ends
                // the phrase when neither follows it.
                if (end > first && tok.IsWord && !tok.IsCapitalized && Premodifiers.Contains(tok.Text) && !(end + 1 < sentenceEnd && (IsNameish(t[end + 1]) || RoleLexicon.IsTitle(t[end + 1].Text))))
                {
                    break;
                }

                if (IsNameish(tok) || (tok.IsWord && (RoleLexicon.IsTitle(tok.Text) || RoleLexicon.IsHonorific(tok.Text))) || (end > first && IsNameNumber(t, end)) || (end == first && tok.Kind == TokenKind.Number) || OpensAmpersandName(t, end) || // "said AT&T" (Ampersands)
                    (end == first + 1 && IsWeekdaySurname(t, end)) || // "said England sevens coach Mike Friday" (WeekdayNames)
                    (end > first && IsUnderOfTitle(t, end, sentenceEnd))) // "said Treasury Under Secretary John Taylor" (UnderTitles)
                {
                    end++;
                    if (tok.IsPossessive && !IsHoldersOffice(t, end - 1) && !IsFirmPossessiveEnd(t, end - 1)) return null; // "according to Standard & Poor's," (FirmPossessives)
                }
                else if (end > first && IsParticle(tok) && end + 1 < sentenceEnd && (IsNameish(t[end + 1]) || IsParticle(t[end + 1])))
                {
                    end++;
                }
                else if (end > first && end + 1 < sentenceEnd && IsAmpersandJoin(t, end))
                {
                    end++; // "said M&S", "according to Ernst & Young"
                }
                else if (end > first && end + 1 < sentenceEnd && IsPluralPossessiveInName(t, end))
                {
                    end++; // "said the Musicians' Union" (PluralPossessiveNames)
                }
                else if (end > first && end + 1 < sentenceEnd && IsInnerAnd(t, end))
                {
                    end++; // "said Ernst and Young" (InnerAnd)
                }
                else if (end > first && end + 1 < sentenceEnd && IsTitleOf(t, end, sentenceEnd))
                {
                    end += t[end + 1].Is("the") ? 2 : 1; // "said UK Chancellor of the Exchequer Gordon Brown" (TitleOfPortfolio)
                }
                else if (end > first && end + 1 < sentenceEnd && IsInnerOfAhead(t, end, first))
                {
                    end += t[end + 1].Is("the") ? 2 : 1; // "said Bank of Japan chief Toshihiko Fukui" (InnerPrepositions)
                }
                else if (end > first && tok.IsWord && !tok.IsCapitalized && LooksLikeRoleModifier(tok) && end + 1 < sentenceEnd && t[end + 1].IsWord && RoleLexicon.IsTitle(t[end + 1].Text))
                {
                    // "Democratic presidential nominee Hillary Clinton": a lower-case modifier between
                    // title words, as the walk back from a cue takes it.
                    end++;
                }
                else if (tok.IsPunct('.') && end > first && t[end - 1].End == tok.Start && IsAbbreviation(t[end - 1]))
                {
                    end++;
                }
                else if (end > first && IsCoordinatedTitle(t, end, sentenceEnd))
                {
                    end++; // "said BIFA founder and director Elliot Grove" (CoordinatedTitles)
                }
                else
                {
                    break;
                }
            }

            if (end == first) return null;
            if (end - first == 1 && IsNationalityModifier(t, first, sentenceEnd)) return AfterNationality(text, t, first, sentenceEnd); // "Dutch firm Heineken"
            if (end - first == 1 && IsHyphenatedModifierBeforeRole(t, first, sentenceEnd) && NameAfterModifiedKind(text, t, first, sentenceEnd) is Mention described) return described; // "by UK-based research consultancy Analysys" (HyphenatedModifiers)
            if (end - first == 1 && IsCoordinatedNationality(t, first, sentenceEnd)) return null; // "Indonesian, Indian and Hong Kong stock markets" (Nationalities)
            if (end - first == 1 && IsOpeningModifier(text, t, first, sentenceEnd, out Mention? modified)) return modified; // "Telecom analysts Ovum said" (OpeningModifiers)
            Mention? m = Split(text, t, first, end, first, OpensSentence(t, first));
            if (m is not null && end + 2 < sentenceEnd && t[end].IsPunct(',') && m.Role is null)
            {
                m.Role = Appositive(text, t, end + 1, sentenceEnd);
            }

            return m;
        }

        /// <summary>
        /// The role an appositive gives: ", a spokesman for the ministry," → "spokesman for the
        /// ministry". Only phrases that hold a title count.
        /// </summary>
        public static string? Appositive(string text, List<Token> t, int first, int end)
        {
            int i = first;
            if (i < end && (t[i].Is("a") || t[i].Is("an") || t[i].Is("the"))) i++;
            int s = i;
            bool titled = false;
            while (i < end && i - s < 12 && (t[i].IsWord || t[i].IsPunct('-') || t[i].IsPunct('.') || t[i].Kind == TokenKind.Number))
            {
                if (RoleLexicon.IsTitle(t[i].Text)) titled = true;
                if (CueLexicon.IsCue(t[i].Text) && !t[i].IsCapitalized) break;
                i++;
            }

            while (i > s && t[i - 1].IsPunct('.')) i--;
            if (!titled || i == s) return null;
            return text.Substring(t[s].Start, t[i - 1].End - t[s].Start);
        }

        public static bool IsPronoun(Token token) =>
            token.Is("he") || token.Is("she") || token.Is("they") || token.Is("it");

        /// <summary>Capitalized words and particle-prefixed ones ("al-Kadhimi") that can be part of a name.</summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        public static bool IsNameish(Token token)
        {
            // The phrase walks ask this of the same token many times: work it out once.
            if (token.NameishMemo == 0) token.NameishMemo = (byte)(ComputeNameish(token) ? 1 : 2);
            return token.NameishMemo == 1;
        }

        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        private static bool ComputeNameish(Token token)
        {
            // A contraction ("Don't", "He'll") is never one; asked last, since most words are
            // lower case and fail the other tests first.
            if (!token.IsWord) return false;
            if (token.IsCapitalized) return (!WordLists.StopWords.Contains(token.Text) || token.Text.Length == 1 && token.Text != "I" && token.Text != "A") && !IsContraction(token.Text);
            int dash = FirstDashWithin(token.Text, WordLists.NameParticles.LongestWord + 1);
            if (dash > 0 && dash + 1 < token.Text.Length && char.IsUpper(token.Text[dash + 1]) && WordLists.NameParticles.Contains(token.Text, 0, dash)) return !IsContraction(token.Text);
            return false;
        }

        /// <summary>
        /// "the school’s defenders", "the announcer", "team members": people named by what they
        /// do. Only after a determiner or possessive, or in the plural, so that verbs stay out.
        /// </summary>
        private static bool LooksLikeAgentNoun(List<Token> t, int i, int sentenceFirst)
        {
            string w = t[i].Text;
            if (t[i].IsCapitalized || w.Length < 5 || WordLists.StopWords.Contains(w)) return false;
            bool plural = w.EndsWith("ers", StringComparison.Ordinal) || w.EndsWith("ors", StringComparison.Ordinal) || w.EndsWith("ists", StringComparison.Ordinal) ||
                          w.EndsWith("ians", StringComparison.Ordinal) || w.EndsWith("ants", StringComparison.Ordinal) || w.EndsWith("ents", StringComparison.Ordinal);
            bool singular = w.EndsWith("er", StringComparison.Ordinal) || w.EndsWith("or", StringComparison.Ordinal) || w.EndsWith("ist", StringComparison.Ordinal) ||
                            w.EndsWith("ian", StringComparison.Ordinal) || w.EndsWith("ant", StringComparison.Ordinal) || w.EndsWith("ent", StringComparison.Ordinal);
            if (!plural && !singular) return false;
            if (i - 1 < sentenceFirst) return plural;
            Token before = t[i - 1];
            return before.IsWord && (WordLists.Determiners.Contains(before.Text) || before.IsPossessive || (plural && !WordLists.StopWords.Contains(before.Text) && !CueLexicon.IsCue(before.Text)));
        }

        /// <summary>"of" or "for" inside an organisation's name: "City of Surrey", "Office for National Statistics".</summary>
        public static bool IsInnerOf(List<Token> t, int i, int first) =>
            i - 1 >= first && i + 1 < t.Count && IsInnerPreposition(t, i) && !t[i].IsCapitalized && t[i - 1].IsCapitalized &&
            (RoleLexicon.IsOrganisationWord(t[i - 1].Text) || FollowsInnerOf(t, i, first)) && (IsNameish(t[i + 1]) || IsInnerArticle(t, i + 1));

        /// <summary>A lower-case name particle standing alone: "de", "la", "van", "bin".</summary>
        public static bool IsParticle(Token token) => token.IsWord && !token.IsCapitalized && WordLists.NameParticles.Contains(token.Text);

        /// <summary>
        /// The first '-' among the first <paramref name="count"/> characters, or -1: only a dash
        /// right after a particle ("al-", "della-") makes a name, and looking no further than the
        /// longest particle spares most lower-case words a search of their own (1% of extraction).
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.InlineIntoOptimizedCaller)]
        private static int FirstDashWithin(string w, int count)
        {
            int end = System.Math.Min(w.Length, count);
            for (int i = 0; i < end; i++)
            {
                if (w[i] == '-') return i;
            }

            return -1;
        }

        /// <summary>"I’d", "We’re", "It’s": a pronoun and a verb, never a name.</summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        private static bool IsContraction(string w)
        {
            int apostrophe = w.LastIndexOfAny(Apostrophes);
            if (apostrophe <= 0) return false;
            int tail = apostrophe + 1; // compared in place: most capitalised words with an apostrophe are possessives, each asked once
            return TailIs(w, tail, "d") || TailIs(w, tail, "ll") || TailIs(w, tail, "re") || TailIs(w, tail, "ve") || TailIs(w, tail, "m") || TailIs(w, tail, "t") ||
                   (TailIs(w, tail, "s") && WordLists.StopWords.Contains(w, 0, apostrophe));
        }

        /// <summary>Whether <paramref name="w"/> from <paramref name="start"/> on is exactly <paramref name="tail"/>.</summary>
        private static bool TailIs(string w, int start, string tail) =>
            w.Length - start == tail.Length && string.CompareOrdinal(w, start, tail, 0, tail.Length) == 0;

        private static bool IsAbbreviation(Token token) =>
            WordLists.Abbreviations.Contains(token.Text) || (token.Text.Length == 1 && char.IsUpper(token.Text[0]));

        /// <summary>"mayoral", "political", "former": lower-case words that modify a title.</summary>
        private static bool LooksLikeRoleModifier(Token token)
        {
            string w = token.Text;
            if (WordLists.StopWords.Contains(w)) return false;
            return RoleLexicon.IsTitle(w) || w.EndsWith("al", StringComparison.Ordinal) || w.EndsWith("ic", StringComparison.Ordinal) ||
                   w.EndsWith("ive", StringComparison.Ordinal) || w.EndsWith("ary", StringComparison.Ordinal) || w.EndsWith("ian", StringComparison.Ordinal) ||
                   w.EndsWith("ent", StringComparison.Ordinal) || w.EndsWith("ant", StringComparison.Ordinal) || w.StartsWith("then-", StringComparison.Ordinal) ||
                   w.StartsWith("ex-", StringComparison.Ordinal) || w.EndsWith("ist", StringComparison.Ordinal) || IsTermModifier(w); // "the outgoing commissioner" (TermModifiers)
        }

        private static Mention Pronoun(List<Token> t, int i) =>
            new Mention(MentionKind.Pronoun, i, i + 1, new TextRange(t[i].Start, t[i].End), t[i].Text);

        /// <summary>
        /// Splits a capitalized run into role and name at the last title word:
        /// "Iraqi Prime Minister Mustafa al-Kadhimi" → role "Iraqi Prime Minister", name "Mustafa al-Kadhimi".
        /// A run that is all title ("the Prime Minister") is a description.
        /// </summary>
        private static Mention? Split(string text, List<Token> t, int first, int end, int sentenceFirst) =>
            Split(text, t, first, end, sentenceFirst, first == sentenceFirst);

        /// <summary>
        /// Whether token <paramref name="i"/> starts a sentence: first of its paragraph, or after a
        /// stop. "said Skelly", "according to Ahmed" start no sentence, so "Skelly" is no adverb in
        /// -ly and "Ahmed" no verb in -ed.
        /// </summary>
        internal static bool OpensSentence(List<Token> t, int i)
        {
            if (i == 0) return true;
            Token before = t[i - 1];
            if (before.Kind == TokenKind.Quote) return true;
            return before.Kind == TokenKind.Punct && (before.IsPunct('.') || before.IsPunct('?') || before.IsPunct('!') || QuoteMarks.IsDouble(before.Text[0]));
        }

        private static Mention? Split(string text, List<Token> t, int first, int end, int sentenceFirst, bool sentenceInitial)
        {
            // Sentence-initial words are capitalized for grammar, not for being names.
            while (first < end && IsOpeningWord(t, first, first == sentenceFirst && sentenceInitial) && !IsWeekdayInName(t, first, sentenceFirst) && !IsLeadingNameNumber(t, first, sentenceFirst)) first++; // "50 Cent" keeps its number (LeadingNumbers)
            if (first < end && IsHyphenatedModifier(t, first, end)) first++; // "Man-of-the-match Duff" (HyphenatedModifiers)
            if (first + 1 < end && IsDatingMonth(t, first, sentenceFirst)) first++; // "Until December Microsoft said" (DatingMonths)
            if (IsLoneDatedMonth(t, first, end, sentenceFirst)) return null; // "in September this year said", "starting on 21 March calls for" (DatingMonths)
            if (first >= end) return null;
            int phraseEnd = end;
            string? postNominal = null;
            if (EndsInPostNominal(t, first, end))
            {
                postNominal = t[end - 1].Text; // "Frank Field MP"
                end--;
            }

            int lastTitle = -1;
            for (int i = first; i < end; i++)
            {
                if ((RoleLexicon.IsTitle(t[i].Text) && !IsTitleInsideBodyName(t, i, first)) || RoleLexicon.IsHonorific(t[i].Text) || IsPrefixedTitle(t[i]) || IsCapitalLettersTitle(t[i]) || (i == first && (IsNamePremodifier(t, i, end) || IsOpeningKindNoun(t, i, end) || IsOpeningEpithet(t, i, end))))
                {
                    // A title word closing a run after a name is a surname: "Martin Luther King".
                    bool surname = i == end - 1 && i > first && IsNameish(t[i - 1]) && !RoleLexicon.IsTitle(t[i - 1].Text) && !RoleLexicon.IsHonorific(t[i - 1].Text) && t[i].IsCapitalized &&
                                   !(first > 0 && t[first - 1].Is("the")) && // "the Kentucky Republican" describes
                                   !IsOfficeModifier(t[i - 1]); // "European Commissioner", "Party MEP" (OfficeTitles)
                    if (!surname && !IsSurnameAfterHonorific(t, i, first, end)) lastTitle = i;
                }
                else if (t[i].IsPunct('.') && i > first && (RoleLexicon.IsHonorific(t[i - 1].Text) || RoleLexicon.IsTitle(t[i - 1].Text)) && lastTitle == i - 1) lastTitle = i;
            }

            int nameFirst = lastTitle + 1 > first ? lastTitle + 1 : first;
            if (lastTitle < first && IsBodyBeforePerson(t, first, end)) nameFirst = first + 1; // "the union Unison Dave Prentis" (BodyBeforePerson)
            if (lastTitle >= first && lastTitle + 1 < end && IsTitleOf(t, lastTitle + 1, end)) nameFirst = lastTitle + (t[lastTitle + 2].Is("the") ? 4 : 3); // past "of the Exchequer" (TitleOfPortfolio)
            else if (lastTitle >= first && lastTitle + 1 < end && IsTitleOfList(t, lastTitle + 1, end)) nameFirst = end - 2; // past "for Children, Young People and Families" (TitleOfList)
            if (NamesGroupAfterTitle(t, first, nameFirst, end)) nameFirst = first; // "the Liberal Democrats", "the Conservative Party"
            while (nameFirst < end - 2 && (RoleLexicon.IsNationality(t[nameFirst].Text) || IsDemonym(t[nameFirst])) && !IsNationalityInOrganisationName(t, first, nameFirst)) nameFirst++; // "Australian Lynton Crosby", "Briton Tim Henman"
            nameFirst = AfterPluralPartyLabel(t, nameFirst, end); // "including Tories Ken Clarke" (PluralPartyLabels)
            if (nameFirst >= end && end - first == 1 && IsLoneSurname(t, first))
            {
                nameFirst = first; // "Dean, a medical doctor, said": a surname that is also a title
            }
            else if (nameFirst >= end)
            {
                // All title: "The Prime Minister said" — a description.
                return Description(text, t, end - 1, sentenceFirst);
            }

            // One array as long as the run, cut down only when an initial's period is left out: a
            // list grown from four and then copied out had been three allocations per name.
            var words = new string[end - nameFirst];
            int count = 0;
            for (int i = nameFirst; i < end; i++)
            {
                // "John D. Podesta": the period of an initial belongs to the name.
                if (t[i].IsPunct('.') && i > nameFirst && IsAbbreviation(t[i - 1])) continue;
                if (i > nameFirst && i + 1 < end && IsPluralPossessiveInName(t, i)) continue; // "Musicians' Union": the apostrophe stays in the text only
                if (i > nameFirst && i + 1 < end && (IsAmpersandJoin(t, i) || IsInnerAnd(t, i)))
                {
                    words[count++] = t[i].Text;
                    continue;
                }

                if (!IsNameish(t[i]) && !(IsWeekdayInName(t, i, sentenceFirst) && i + 1 < end) && !(i == end - 1 && i > nameFirst && IsWeekdaySurname(t, i)) && !(IsParticle(t[i]) && i > nameFirst && i + 1 < end) && !(IsInnerOf(t, i, nameFirst) && i + 1 < end) && !(i > nameFirst && i + 1 < end && t[i].Is("the") && IsInnerOf(t, i - 1, nameFirst)) && !IsNameNumber(t, i) && !(i == nameFirst && IsLeadingNameNumber(t, i, sentenceFirst)) && !OpensAmpersandName(t, i)) return null;
                words[count++] = t[i].Bare;
            }

            if (count < words.Length) Array.Resize(ref words, count);
            Token lastToken = t[end - 1];
            int nameEnd = lastToken.IsPossessive && !IsFirmPossessiveEnd(t, end - 1) ? lastToken.End - 2 : lastToken.End; // "Standard & Poor's" keeps its "'s" (FirmPossessives)
            int peerTitle = PeerTitleBefore(t, first, nameFirst, end); // "Lord Woolf": the title is part of the name
            int textFirst = peerTitle >= 0 ? peerTitle : nameFirst;
            var span = new TextRange(t[textFirst].Start, nameEnd);
            // A one-word name's text is that word as already cut for its words ("Blair", also of
            // "Blair's"): the same characters, without a second copy.
            string written = textFirst == end - 1 && count == 1 && lastToken.IsWord ? words[0] : span.Of(text);
            var mention = new Mention(MentionKind.Name, first, phraseEnd, span, written) { NameWords = words };
            int roleFirst = first;
            while (roleFirst < nameFirst && (RoleLexicon.IsHonorific(t[roleFirst].Text) || t[roleFirst].IsPunct('.'))) roleFirst++;
            int roleEnd = nameFirst; // the peer keeps "Lord" as role too: a null role let junk fill it ("on 13 March Lord Goldsmith" gave "March")
            while (roleEnd > roleFirst && (RoleLexicon.IsHonorific(t[roleEnd - 1].Text) || t[roleEnd - 1].IsPunct('.') || IsTrailingHonourTitle(t, roleEnd - 1, roleFirst))) roleEnd--; // "manager Sir" (HonourTitles)
            if (roleEnd > roleFirst) mention.Role = JoinWords(t, roleFirst, roleEnd);
            if (postNominal is not null) mention.Role = mention.Role is null ? postNominal : mention.Role + " " + postNominal;
            mention.Titled = nameFirst > first || postNominal is not null;
            if (first > 0 && (t[first - 1].Is("the")) && nameFirst == first && !ModifiesNounAfter(t, phraseEnd)) mention.Article = t[first - 1].Text;
            return mention;
        }

        /// <summary>Title words that are no one's surname: parties, ranks of a title, its modifiers.</summary>
        private static readonly WordSet NoSurnames = new WordSet(
            "republican", "democrat", "democratic", "liberal", "conservative", "tory", "libertarian", "ndp", "gop", "senior", "former",
            "then", "acting", "interim", "fellow", "rival", "associate", "assistant", "vice", "deputy", "executive", "president", "prime",
            "minister", "premier", "senator", "sen", "rep", "gov", "governor", "mayor", "secretary", "chairman", "ceo", "mp", "mla");

        /// <summary>
        /// "Dean, a former party chairman, ...": a capitalised title word alone, with no article
        /// or name before it and an appositive after it ("a", "an", "the"), names a person by a
        /// surname the lexicon also holds as a title ("Dean", "King", "Bishop", "Judge").
        /// </summary>
        private static bool IsLoneSurname(List<Token> t, int i)
        {
            Token w = t[i];
            if (!w.IsCapitalized || w.IsPossessive || w.Text.Length < 3 || NoSurnames.Contains(w.Text) || w.Text.EndsWith("s", StringComparison.OrdinalIgnoreCase)) return false;
            if (i > 0 && t[i - 1].IsWord && (WordLists.Determiners.Contains(t[i - 1].Text) || t[i - 1].IsPossessive || t[i - 1].IsCapitalized)) return false;
            return i + 2 < t.Count && t[i + 1].IsPunct(',') && (t[i + 2].Is("a") || t[i + 2].Is("an") || t[i + 2].Is("the"));
        }

        /// <summary>
        /// "the Trump administration", "the EB-5 regional center", "the Reuters/Ipsos poll": the
        /// name modifies the noun after it, and the article is that noun's, not the name's. A verb,
        /// a function word or punctuation after the name leaves the article to it ("the RCMP said"),
        /// and so does a writing the organisation speaks through ("the RCMP statement").
        /// </summary>
        private static bool ModifiesNounAfter(List<Token> t, int end)
        {
            if (end >= t.Count) return false;
            Token next = t[end];
            if (next.Kind == TokenKind.Quote) return false;
            if (!next.IsWord) return next.IsPunct('/') || next.IsPunct('-');
            if (next.IsCapitalized || WordLists.StopWords.Contains(next.Text) || WordLists.VerbModifiers.Contains(next.Text) || CueLexicon.IsCue(next.Text)) return false;
            if (RoleLexicon.IsDocument(next.Text)) return false; // "The RCMP statement said": the RCMP speaks through it

            // "according to the Reuters news agency": "news" is a noun, never a verb in -s; the
            // article is the agency's, and the typed speaker was "the Reuters" (BBC).
            if (next.Is("news")) return true;

            return !next.Text.EndsWith("ed", StringComparison.Ordinal) && !next.Text.EndsWith("s", StringComparison.Ordinal);
        }

        /// <summary>
        /// A capitalized word that opens a sentence without being a name: function words, and
        /// "Stating", "Asked", "Finally" when a lower-case word follows ("Syed Danial" and
        /// "Manning said" keep their names).
        /// </summary>
        private static bool IsOpeningWord(List<Token> t, int i, bool sentenceInitial)
        {
            Token token = t[i];
            if (!token.IsWord) return true;
            if ((WordLists.StopWords.Contains(token.Text) && !IsFunctionWordSurname(token) && !OpensAmpersandName(t, i)) || WordLists.Determiners.Contains(token.Text)) return true; // "May said:" (ModalSurnames), "AT&T" (Ampersands)
            if (!sentenceInitial || i + 1 >= t.Count) return false;
            string w = token.Text;
            Token next = t[i + 1];
            bool nextIsVerb = next.IsWord && !next.IsCapitalized && (CueLexicon.IsCue(next.Text) || WordLists.VerbModifiers.Contains(next.Text));
            if (w.EndsWith("ly", StringComparison.Ordinal)) return !nextIsVerb && !IsShortLlyName(w, next); // "Finally Demi", but "Kelly said", "Kelly Holmes will" (LlyNames)
            bool verbLike = CueLexicon.IsParticiple(w) || (w.EndsWith("ed", StringComparison.Ordinal) && !RoleLexicon.IsTitle(w));
            return verbLike && (!next.IsWord || (!next.IsCapitalized && !nextIsVerb)); // "Stating that", but "Syed Danial
        }

        /// <summary>A description headed by the source noun at <paramref name="head"/>: up to four modifiers and a determiner.</summary>
        private static Mention? Description(string text, List<Token> t, int head, int sentenceFirst)
        {
            int first = head;
            bool definite = false, possessive = false, aged = false, epithet = false;
            int inner = 0; // tokens of an organisation's inner "of"/"for" crossed, outside the four modifiers
            while (first - 1 >= sentenceFirst && head - first - inner < 4)
            {
                Token before = t[first - 1];
                if (first < head && BodyBriefHeadBefore(t, first, head, sentenceFirst) is int bodyHead && bodyHead >= 0)
                {
                    inner += first - bodyHead - 1; // "A Department for Education and Skills source" (BodyBriefAnd)
                    first = bodyHead;
                    continue;
                }

                int crossed = InnerOfBeforeModifier(t, first, head, sentenceFirst);
                if (crossed > 0)
                {
                    first -= crossed; // "A Department for Constitutional Affairs spokeswoman" (InnerPrepositions)
                    inner += crossed - 1;
                    continue;
                }

                if (IsAgeEnd(text, t, first - 1, sentenceFirst))
                {
                    first -= 3; // "the 34-year-old mother": an age, which the tokenizer splits in three
                    aged = true;
                    continue;
                }

                if (IsPluralPossessiveMark(t, first - 1, sentenceFirst))
                {
                    // "Sanders’ campaign says", "The employers' group said": the owner in a plural
                    // possessive, as "Trump’s campaign" keeps its owner (PluralPossessiveNames).
                    first -= 2;
                    possessive = true;
                    if (first - 1 >= sentenceFirst && (t[first - 1].Is("the") || t[first - 1].Is("a"))) first--;
                    break;
                }

                if (first < head && t[first].IsCapitalized && first - 2 >= sentenceFirst && IsAmpersandJoin(t, first - 1))
                {
                    first -= 2; // "AT&T officials said", "M&S staff" (Ampersands)
                    continue;
                }

                if (!before.IsWord) break;
                if (IsCoordinatedModifier(t, first - 1, head, sentenceFirst))
                {
                    first -= 2; // "both Christian and Islamic leaders" (CoordinatedModifiers)
                    continue;
                }

                if (IsDeterminerInName(t, first - 1, sentenceFirst))
                {
                    first--; // "An All England club spokesperson" (DeterminerNames)
                    continue;
                }

                if (WordLists.Determiners.Contains(before.Text))
                {
                    first--;
                    definite = !(before.Is("a") || before.Is("an") || before.Is("some") || before.Is("many") || before.Is("several") || before.Is("other") || before.Is("two") || before.Is("three") ||
                        before.Is("another") || before.Is("one") || before.Is("any") || before.Is("each") || before.Is("every") || before.Is("few"));
                    break;
                }

                if (before.IsPossessive)
                {
                    // "McCallum’s staff", "the school’s defenders": a group named as written, not a
                    // title to look up.
                    first--;
                    possessive = true;
                    if (first - 1 >= sentenceFirst && (t[first - 1].Is("the") || t[first - 1].Is("a"))) first--;
                    else if (BodyOpening(t, first, head, sentenceFirst) is int owner && owner >= 0) first = owner; // "The prime minister's office" (BodyModifiers)
                    break;
                }

                if (IsWeekdayInName(t, first - 1, sentenceFirst))
                {
                    first--; // "according to the Sunday Times"
                    continue;
                }

                // An adverb in -ly ends the phrase, but not a noun in -ly right before the head with
                // its determiner before it: "says the assembly government" (EpithetModifiers).
                bool adverb = before.Text.EndsWith("ly", StringComparison.Ordinal) && !(!before.IsCapitalized && first == head && EpithetOpening(t, first, head, sentenceFirst) >= 0);
                if (WordLists.StopWords.Contains(before.Text) || CueLexicon.IsCue(before.Text) || adverb) break;
                if (!(before.IsCapitalized || LooksLikeRoleModifier(before) || RoleLexicon.IsSourceNoun(before.Text) || RoleLexicon.IsTitle(before.Text) || before.Kind == TokenKind.Number || PortfolioBeforeTitle(t, first - 1)))
                {
                    // "the Commons home affairs committee", "the elections watchdog" (BodyModifiers)
                    int opening = BodyOpening(t, first, head, sentenceFirst);
                    if (opening < 0)
                    {
                        opening = EpithetOpening(t, first, head, sentenceFirst); // "the elections watchdog", "an anti-fraud agency" (EpithetModifiers)
                        epithet = opening >= 0;
                    }

                    if (opening < 0) break;
                    // "the elections watchdog" may be the body named before; "an all-party
                    // committee", "Australia's competition watchdog" are named as written.
                    first = opening;
                    if (t[opening].Is("the")) definite = true;
                    else if (!IsIndefiniteOpening(t[opening])) possessive = true;
                    break;
                }

                first--;
            }

            // A sentence-initial word before a bare description is grammar ("But observers say").
            while (first < head && t[first].IsWord && WordLists.StopWords.Contains(t[first].Text) && !WordLists.Determiners.Contains(t[first].Text) && !OpensAmpersandName(t, first)) first++;
            var span = new TextRange(t[first].Start, t[head].IsPossessive ? t[head].End - 2 : t[head].End);
            // "the 57-year-old scientist" describes someone by their age, which no one's role holds:
            // a speaker named as written, like a group, not a role to look up.
            string written = first == head && t[head].IsWord && !t[head].IsPossessive ? t[head].Text : span.Of(text); // a bare noun ("officials") is its token's string
            var mention = new Mention(definite && !possessive && !aged ? MentionKind.Description : MentionKind.Group, first, head + 1, span, written) { Epithet = epithet };
            var words = new string[head + 1 - first]; // cut down below when an age or a determiner is left out
            int count = 0;
            for (int i = first; i <= head; i++)
            {
                // An age says how old someone is, not who: "the 57-year-old scientist" is found by "scientist".
                if (i + 2 < head && IsAgeEnd(text, t, i + 2, sentenceFirst))
                {
                    i += 2;
                    continue;
                }

                if (!WordLists.Determiners.Contains(t[i].Text) && !t[i].IsPunct('\'') && !t[i].IsPunct('’')) words[count++] = t[i].Bare; // not a plural possessive's apostrophe
            }

            if (count < words.Length) Array.Resize(ref words, count);
            mention.NameWords = words;
            return mention;
        }

        private static string JoinWords(List<Token> t, int first, int end)
        {
            if (end - first == 1) return t[first].Text; // most roles are one word ("Chancellor"): the token's own string, no builder
            var sb = new StringBuilder();
            for (int i = first; i < end; i++)
            {
                if (sb.Length > 0 && !t[i].IsPunct('.') && !t[i].IsPunct(',')) sb.Append(' '); // "Minister for Children, Young People" (TitleOfList)
                sb.Append(t[i].Text);
            }

            return sb.ToString();
        }
    }
}
