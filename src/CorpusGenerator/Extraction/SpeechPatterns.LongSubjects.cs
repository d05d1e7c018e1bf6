using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// Subjects kept from their verb by a long parenthetical set off by commas: "Sen. Mark Kirk,
    /// R-Ill., who faces a tough re-election battle in his home state, rescinded his endorsement of
    /// Trump, saying ...". The main clause's subject was only looked for right before its verb or
    /// past a short appositive, so a participle or a coordinated cue after such a clause lost its
    /// speaker. The phrase that opens the clause is the subject when it covers the whole stretch
    /// before the parenthetical's first comma and no piece of the parenthetical is a clause of its
    /// own. Every walk is bounded: a short opening phrase, a parenthetical of a few dozen tokens.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Tokens at most in the phrase that opens the clause before the parenthetical.</summary>
        private const int OpeningPhraseTokens = 12;

        /// <summary>Tokens at most in the parenthetical between the subject and its verb.</summary>
        private const int ParentheticalTokens = 45;

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
            return subject is not null && WithDeterminer(t, s, subject.First) == first ? subject : null;
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

        /// <summary>Tokens at most in an adverbial opening the sentence before its comma: "In August,", "At a rally in Iowa on Monday,".</summary>
        private const int OpeningAdverbialTokens = 10;

        /// <summary>
        /// The token after the comma that closes an adverbial opening at <paramref name="first"/>
        /// ("In August, several groups ..."), or -1 when no comma closes a short run of words and
        /// numbers before <paramref name="limit"/>.
        /// </summary>
        private static int PastOpeningAdverbial(List<Token> t, int first, int limit)
        {
            for (int i = first + 1; i < limit && i - first <= OpeningAdverbialTokens; i++)
            {
                if (t[i].IsPunct(',')) return i + 1;
                if (!t[i].IsWord && t[i].Kind != TokenKind.Number) return -1;
            }

            return -1;
        }
    }
}
