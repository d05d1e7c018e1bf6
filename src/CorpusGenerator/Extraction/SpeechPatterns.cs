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
    internal static partial class SpeechPatterns
    {
        /// <summary>Words after which a cue word is a noun: "the report", "his call", "a statement".</summary>
        private static readonly WordSet NounMarkers = new WordSet(
            "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "every", "each",
            "no", "another", "any", "some", "many", "most", "several", "other", "others", "both", "few", "all", "more");

        /// <summary>Tokens looked ahead for the "that" of "said in a statement on Monday that".</summary>
        private const int ThatLookahead = 8;

        /// <summary>
        /// The attributions of sentence <paramref name="s"/>, in <paramref name="found"/>, which is
        /// emptied first and returned: the caller's one list, reused from sentence to sentence.
        /// </summary>
        public static List<Attribution> Find(string text, List<Token> t, Sentence s, List<Attribution> found)
        {
            found.Clear();
            Attribution? labelled = ColonAttribution(text, t, s);
            if (labelled is not null)
            {
                found.Add(labelled);
                return found;
            }

            for (int k = s.First; k < s.End; k++)
            {
                // Asked of every token: the cheap test of the next word first, before a call
                // (AsReportedBy alone had been 1.8% of extraction, nearly all of it the call).
                if (k + 2 < s.End && t[k + 1].Is("by") && AsReportedBy(text, t, s, k) is Attribution reported)
                {
                    found.Add(reported); // "As reported by X, C": a source, like "according to X"
                    continue;
                }

                if (!IsCue(t, k, s, out int cueEnd)) continue;
                var a = new Attribution(k, cueEnd);
                if (!FindSpeaker(text, t, s, a, found))
                {
                    if (HearsayPassive(text, t, s, k) is Attribution hearsay) found.Add(hearsay);
                    else if (AskedQuestion(text, t, s, k) is Attribution asked)
                    {
                        // The question's own words are what was asked: no cue inside it reports.
                        found.Add(asked);
                        k = asked.ContentEnd - 1;
                    }
                    else if (PassiveAskedQuestion(text, t, s, k) is Attribution put)
                    {
                        // "Trump was asked what ...": the same, put to the subject of a passive.
                        found.Add(put);
                        k = put.ContentEnd - 1;
                    }

                    continue;
                }

                if (SubordinateInContent(t, s, a, found)) continue;
                if (DeviceSpeaker(t, a)) continue; // "Alerts tell people how ...": a device, no speaker
                PersonBeforeAffiliation(text, t, s, a);
                PersonBeforeOpenAppositive(text, t, s, a);
                StopWhatCalledAfterQuote(t, s, a);
                found.Add(a);
                k = cueEnd - 1;
            }

            int[]? bracketDepths = found.Count == 0 ? null : BracketDepths(t, s);
            for (int i = 0; i < found.Count; i++)
            {
                if (!found[i].ContentFixed) FindContent(text, t, s, found, i, bracketDepths);
            }

            if (found.Count == 0 && IssuedStatement(text, t, s) is Attribution statement) found.Add(statement);
            if (found.Count == 0 && NamedColonQuotation(text, t, s) is Attribution named) found.Add(named); // "... pollster Daron Shaw: “...”" (NamedColonQuotes)
            return found;
        }

        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        private static bool IsCue(List<Token> t, int k, Sentence s, out int cueEnd)
        {
            cueEnd = k + 1;
            Token token = t[k];
            if (!token.IsWord || !MayOpenCue.Contains(token.Text)) return false;
            if (token.Is("according") && k + 1 < s.End && t[k + 1].Is("to"))
            {
                // "the new BBC One sitcom, The World According to Bex": a capital "According" after a
                // capitalised word is inside a title, as a capital "Says" is below; after "(" or a
                // dash, or opening the sentence, it still cites a source.
                if (token.IsCapitalized && k > s.First && t[k - 1].IsWord && t[k - 1].IsCapitalized) return false;
                cueEnd = k + 2;
                return true;
            }

            // "“...,” her statement read.": a writing reads out what its author says, when the
            // text says whose it is ("the letter reads" has no one to attribute it to).
            if ((token.Is("read") || token.Is("reads")) && !token.IsCapitalized && AuthoredWriting(t, k - 1, s)) return true;

            if (k + 2 < s.End && t[k + 1].Is("out") && IsPointOut(t, k, s, out int pointEnd)) // "out" first: asked of every word
            {
                cueEnd = pointEnd;
                return true;
            }

            if (!CueLexicon.IsCue(token.Text) || NamingParticiple(t, k, s) || CalledByName(t, k, s) || CountedPlural(t, k, s) || ContinuesBeforeTo(t, k, s) || EntersAPlea(t, k, s) || SaidConnective(t, k, s) || CalledAPerson(t, k, s) || RecalledCounted(t, k, s)) return false;
            if (token.IsCapitalized && k != s.First) return false; // "Says" in a name or title
            if (NounCueBeforeAuxiliary(t, k, s)) return false; // "Press reports have speculated that" (NounCueSubjects)
            if (PlainCueAfterSingularArticle(t, k, s)) return false; // "A US government claim accusing", "a greater say in" (SingularArticleNouns)
            if (WritingBeforeItsVerb(t, k, s)) return false; // "the World Bank report said" (WritingBeforeCue)
            if (k > s.First)
            {
                // "the report", "a statement", "his call": a noun, not a verb.
                Token before = t[k - 1];
                // "Several said", "Another told": past forms that are never nouns stay verbs ("All told," is an idiom).
                bool neverNoun = (token.Is("said") || token.Is("told") || token.Is("wrote")) && !(before.Is("all") && token.Is("told")) || QuantifierSubjectVerb(t, k, s);
                if (before.IsWord && !neverNoun && (NounMarkers.Contains(before.Text) || before.IsPossessive && !IsContractedPronoun(before))) return false;
                if (before.Is("to") && !token.Text.EndsWith("ed", System.StringComparison.Ordinal) && AspectBeforeCue(t, k, s) == 0) return false;
                if (PluralNounAfterHave(before, token)) return false;
            }

            if (k + 1 < s.End && t[k + 1].IsWord && (t[k + 1].Is("by") && !QuotedAsSaying(t, k, s) && !OpeningAskedBy(t, s, k) && !PassiveAskedBy(t, s, k) || t[k + 1].Is("for") && !token.Text.StartsWith("call", System.StringComparison.OrdinalIgnoreCase) && !ForTheListener(t, k, s)))
            {
                return false; // "was warned by", "asked for": passive or idiom
            }

            // "writes extensively about", "spoke at length on", "says much about": a topic, not words reported.
            if (AboutATopic(t, k + 1, s)) return false;

            return true;
        }

        /// <summary>Forms of "have" that no verb in -s can follow.</summary>
        private static readonly WordSet HaveForms = new WordSet("have", "has", "had", "having");

        /// <summary>
        /// "Sites saved in this way can ... have notes attached to them", "they have claims against
        /// the firm": right after "have" a cue word in -s is a plural noun, as no verb in -s
        /// follows "have" ("has noted", never "has notes ...").
        /// </summary>
        private static bool PluralNounAfterHave(Token before, Token cue) =>
            before.IsWord && HaveForms.Contains(before.Text) && cue.Text.EndsWith("s", System.StringComparison.Ordinal) &&
            !cue.Text.EndsWith("ss", System.StringComparison.Ordinal);

        /// <summary>"her statement", "the minister's letter": a writing whose author is given, ending at <paramref name="i"/>.</summary>
        private static bool AuthoredWriting(List<Token> t, int i, Sentence s)
        {
            if (i - 1 < s.First || !t[i].IsWord || !RoleLexicon.IsDocument(t[i].Text)) return false;
            Token owner = t[i - 1];
            return owner.IsWord && (owner.IsPossessive || owner.Is("his") || owner.Is("her") || owner.Is("their") || owner.Is("its"));
        }

        /// <summary>"He was quoted as saying by local media that ...": "by" names the medium, not an agent.</summary>
        private static bool QuotedAsSaying(List<Token> t, int k, Sentence s) =>
            k - 2 >= s.First && t[k - 1].Is("as") && t[k - 2].Is("quoted");

        /// <summary>
        /// "noted for the judge that ...", "said for the record that ...": a short "for" phrase
        /// then "that" is said to someone, not asked for; "asked for" stays an idiom.
        /// </summary>
        private static bool ForTheListener(List<Token> t, int k, Sentence s)
        {
            if (t[k].Text.StartsWith("ask", System.StringComparison.OrdinalIgnoreCase)) return false;
            for (int i = k + 2; i < s.End && i - k <= 5; i++)
            {
                if (t[i].Is("that")) return i > k + 2;
                if (!t[i].IsWord) return false;
            }

            return false;
        }

        /// <summary>
        /// "went on to say", "goes on to add": the infinitive continues what the subject was
        /// saying, so it reports speech where another "to say" ("wants to say") does not.
        /// </summary>
        /// <summary>
        /// The number of tokens of "went on to" (3) or "continued to" (2) right before the cue at
        /// <paramref name="cue"/>, else 0: the saying goes on, so the infinitive reports speech
        /// and the subject of the aspect verb speaks.
        /// </summary>
        private static int AspectBeforeCue(List<Token> t, int cue, Sentence s) => GoesOnTo(t, cue, s) ? 3 : ContinuesTo(t, cue, s) ? 2 : 0;

        private static bool GoesOnTo(List<Token> t, int cue, Sentence s) =>
            cue - 3 >= s.First && t[cue - 1].Is("to") && t[cue - 2].Is("on") &&
            (t[cue - 3].Is("went") || t[cue - 3].Is("goes") || t[cue - 3].Is("go") || t[cue - 3].Is("going") || t[cue - 3].Is("gone"));

        private static bool AboutATopic(List<Token> t, int i, Sentence s)
        {
            // An adverb then "about" ("writes extensively about"); "much", "little", "volumes" or
            // "at length" then "about", "on" or "of". "said recently on CNN" still reports.
            int look = i;
            bool amount = false;
            while (look < s.End && look - i < 3 && t[look].IsWord &&
                   (t[look].Text.EndsWith("ly", System.StringComparison.Ordinal) || t[look].Is("much") || t[look].Is("little") || t[look].Is("volumes") || t[look].Is("at") || t[look].Is("length")))
            {
                if (!t[look].Text.EndsWith("ly", System.StringComparison.Ordinal)) amount = true;
                look++;
            }

            if (look == i || look >= s.End) return false;
            return t[look].Is("about") || (amount && (t[look].Is("on") || t[look].Is("of")));
        }
    }
}
