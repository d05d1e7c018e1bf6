using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"C, a school spokesman told The Wall Street Journal.": after "told", only who listened.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// Whether [<paramref name="first"/>, <paramref name="end"/>) after a cue that takes an addressee
        /// ("told", "assured") is only that addressee: a capitalised name ("The Wall Street Journal",
        /// "the Post", "CNN") or a listener ("reporters", "the crowd"), then at most a time ("told
        /// the Times on Monday"). Nothing said stands there; what was told went before the speaker.
        /// With <paramref name="places"/>, a listener place counts too ("told a US court", <see cref="ListenerPlaces"/>).
        /// </summary>
        private static bool OnlyAddressee(List<Token> t, Attribution a, int first, int end, bool places = true)
        {
            if (first >= end || !CueLexicon.TakesAddressee(t[a.Cue].Text) || t[a.Cue].Is("according")) return false;
            int i = first;
            if (t[i].IsWord && (WordLists.Determiners.Contains(t[i].Text) || t[i].IsPossessive)) i++;
            int named = i;
            if (OpensADayNamedPaper(t, i, end)) i++; // "told the Sunday Times"
            while (i < end && t[i].IsWord && (t[i].IsCapitalized || ListenerWords.Contains(t[i].Text) || (i > named && t[i].Is("of"))) && !IsTimeWord(t[i])) i++;
            if (places) i = PastListenerPlace(t, i, end);
            if (i == named || t[i - 1].Is("of")) return false;
            if (i < end && t[i].Is("on") && i + 1 < end && IsTimeWord(t[i + 1])) i += 2;
            else if (i < end && IsTimeWord(t[i])) i++;
            return i == end;
        }

        /// <summary>
        /// Kinds of outlet, written after an outlet's name ("the Guardian newspaper", "the Today
        /// programme") or alone ("told a radio station"). Declared before <see cref="ListenerPlaces"/>,
        /// which holds them: static fields start in the order written.
        /// </summary>
        private static readonly WordSet OutletKinds = new WordSet(
            "newspaper", "paper", "magazine", "website", "programme", "program", "show", "radio", "station", "channel", "network", "agency", "broadcaster", "weekly", "daily");

        /// <summary>
        /// Bodies, occasions and outlets (<see cref="OutletKinds"/>) that hear what is told: "told a
        /// US court", "told a news conference", "told the BBC News website", "told a Commons committee".
        /// </summary>
        private static readonly WordSet ListenerPlaces = WordSet.Union(
            new WordSet("court", "jury", "tribunal", "hearing", "inquiry", "committee", "panel", "conference", "briefing", "meeting", "rally", "summit", "convention"),
            OutletKinds);

        /// <summary>Lower-case words at most in a listener place, its noun included: "a news conference".</summary>
        private const int ListenerPlaceWords = 3;

        /// <summary>
        /// Past a listener place at <paramref name="i"/> ("news conference" of "told a news
        /// conference", "website" of "told the BBC News website"): lower-case modifiers and then
        /// one of <see cref="ListenerPlaces"/>; <paramref name="i"/> itself when none stands there.
        /// </summary>
        private static int PastListenerPlace(List<Token> t, int i, int end)
        {
            for (int j = i; j < end && j - i < ListenerPlaceWords && t[j].IsWord && !t[j].IsCapitalized; j++)
            {
                if (ListenerPlaces.Contains(t[j].Text)) return j + 1;
                if (WordLists.StopWords.Contains(t[j].Text) || CueLexicon.IsCue(t[j].Text) || IsTimeWord(t[j])) return i;
            }

            return i;
        }

        /// <summary>Words at most between a closing quotation mark and the speaker the phrase reader found.</summary>
        private const int WordsAfterQuote = 4;

        /// <summary>
        /// "“Q,” Authenti-corp's CEO, Cynthia Musselman, told the BBC": the words between the
        /// quotation's comma and the speaker the phrase reader took (a role, or the name before a
        /// role it took instead) belong to the attribution, so what was told ends with the
        /// quotation; <paramref name="end"/> otherwise.
        /// </summary>
        private static int BeforeNameAfterQuote(List<Token> t, int first, int end)
        {
            int words = 0;
            for (int i = end - 1; i >= first && words <= WordsAfterQuote; i--)
            {
                if (t[i].Kind == TokenKind.Quote) return words > 0 && i + 1 < end && (CommaInsideMarks(t[i].Text) || t[i + 1].IsPunct(',')) ? i + 1 : end;
                if (t[i].IsWord) words++;
                else if (!t[i].IsPunct(',') && !t[i].IsPunct('-') && !t[i].IsPunct('.')) return end;
            }

            return end;
        }

        /// <summary>Whether a quotation's text ends in a comma just inside its closing marks: "“Q,”", "\"Q,\"", "''Q,''".</summary>
        private static bool CommaInsideMarks(string quoted)
        {
            int i = quoted.Length - 1;
            while (i >= 0 && (quoted[i] == '"' || quoted[i] == '\u201D' || quoted[i] == '\'' || quoted[i] == '\u2019' || char.IsWhiteSpace(quoted[i]))) i--;
            return i >= 0 && quoted[i] == ',';
        }

        /// <summary>
        /// Whether <paramref name="i"/> is the apostrophe of a possessive written against a number
        /// ("Radio 4's", "Channel 4's"): the tokenizer ends a number at the apostrophe, so the mark and
        /// the "s" stand as two tokens of their own.
        /// </summary>
        private static bool NumberPossessive(List<Token> t, int i, int end) =>
            i > 0 && i + 1 < end && t[i].Kind == TokenKind.Punct && (t[i].Text == "'" || t[i].Text == "’") && t[i - 1].Kind == TokenKind.Number &&
            t[i - 1].End == t[i].Start && t[i + 1].Is("s") && t[i + 1].Start == t[i].End;

        /// <summary>Tokens at most in a listener and where or when it was told, after a fronted clause.</summary>
        private const int ListenerRunTokens = 8;

        /// <summary>
        /// "C, he told the court in his filing.", "C, Defense Secretary Ash Carter told a Senate
        /// panel Wednesday.": after a clause that went before the speaker, a short run after a cue
        /// that takes an addressee is the listener and the circumstance when it holds no "that",
        /// quotation, punctuation, auxiliary, "to", verb of speech or later pronoun, any of which
        /// would make it a clause of its own ("told the court he lied") or a request ("urged the
        /// Russians to hack").
        /// </summary>
        private static bool ListenerAndCircumstance(List<Token> t, Attribution a, int first, int end)
        {
            // The run must start right at the cue: past a "that" ("told a radio station that his
            // bandmates ...") what follows is what was told.
            if (first != a.CueEnd || first >= end || end - first > ListenerRunTokens || !CueLexicon.TakesAddressee(t[a.Cue].Text) || t[a.Cue].Is("according")) return false;
            for (int i = first; i < end; i++)
            {
                Token w = t[i];
                if (NumberPossessive(t, i, end))
                {
                    i++; // "told BBC Radio 4's Today programme": the "'s" after a number is the name's own
                    continue;
                }

                if (!w.IsWord && w.Kind != TokenKind.Number) return false;
                if (w.Is("that") || w.Is("to") || Auxiliaries.Contains(w.Text) || CueLexicon.IsCue(w.Text) || (i > first && NounPhrases.IsPronoun(w))) return false;
            }

            return true;
        }
    }
}
