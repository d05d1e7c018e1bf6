using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>An attribution sentence that follows a quotation ending with its own question or exclamation mark.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Words at most in the phrase after the cue that only sets the scene.</summary>
        private const int MaxCircumstanceWords = 10;

        /// <summary>
        /// "“Who do they think they are?” Trump said of Apple in February.", "“Q!” Clinton said to
        /// People magazine.": a quotation ending in "?" or "!" ends its sentence, so its attribution
        /// reads as a sentence of its own, with the phrase after the cue as its content. When that
        /// sentence opens with the speaker (or the cue, "said Smith") and the phrase is only a
        /// preposition's object, with no "that", comma, quotation, auxiliary verb or further cue, it says about
        /// what, to whom or when the quotation was said, not what: the attribution is the quotation's.
        /// So is a listener after "asked" or "told" ("“Q?” Todd asked the real estate mogul.").
        /// </summary>
        public static bool OnlyCircumstance(List<Token> t, Sentence s, Attribution a)
        {
            if (!a.HasContent || a.Kind != QuoteKind.Indirect || t[a.Cue].Is("according")) return false;
            if (a.SharesSpeakerWith >= 0 || a.Speaker is null) return false;
            int opening = a.SpeakerAfterCue ? a.Cue : a.Speaker.First;
            int afterCue = a.SpeakerAfterCue ? a.Speaker.End : a.CueEnd;
            if (opening != s.First || a.ContentFirst != afterCue) return false;
            Token first = t[a.ContentFirst];

            // "“Q!” Sessions said as he launched the roll call.", "“Q?” Trump said of Apple in
            // February, when the company balked ...": a clause of time or manner says when or how
            // it was said, not what; the scene before it is read as before.
            int end = a.ContentEnd;
            for (int i = a.ContentFirst; i < a.ContentEnd; i++)
            {
                if (t[i].Kind == TokenKind.Quote) return false;
                if (t[i].IsWord && SceneSubordinators.Contains(t[i].Text) && (i == a.ContentFirst || t[i - 1].IsPunct(',')) && OpensClause(t, i + 1, a.ContentEnd, determiner: !t[i].Is("as")))
                {
                    end = i > a.ContentFirst ? i - 1 : i;
                    break;
                }
            }

            if (end == a.ContentFirst) return true;
            bool listener = CueLexicon.TakesAddressee(t[a.Cue].Text) && (WordLists.Determiners.Contains(first.Text) || ListenerWords.Contains(first.Text));
            if (!first.IsWord || !(WordLists.Prepositions.Contains(first.Text) || listener || SaysWhen(first))) return false;
            if (end - a.ContentFirst > MaxCircumstanceWords) return false;
            for (int i = a.ContentFirst; i < end; i++)
            {
                Token w = t[i];
                if (w.Kind == TokenKind.Number) continue;
                if (!w.IsWord || w.Is("that") || CueLexicon.IsCue(w.Text) || Auxiliaries.Contains(w.Text)) return false;
            }

            return true;
        }

        /// <summary>
        /// "“Q!” Smith said last week.", "“Q?” Trump added during his appearance on Fox.": a time
        /// ("last week", "later", "Tuesday") or "during" opens a phrase that says when, like a
        /// preposition's object does.
        /// </summary>
        /// <summary>Words that open a clause saying when or how something was said: "as he launched", "when asked".</summary>
        private static readonly WordSet SceneSubordinators = new WordSet("as", "when", "while", "once");

        /// <summary>
        /// A subject or a participle right after the subordinator ("as he launched", "when the
        /// company balked", "when asked"): a clause, not a phrase ("as a favour", "while in office").
        /// </summary>
        private static bool OpensClause(List<Token> t, int i, int end, bool determiner)
        {
            if (i >= end || !t[i].IsWord) return false;
            Token w = t[i];
            return NounPhrases.IsPronoun(w) && !w.Is("it") || determiner && (w.Is("the") || w.Is("his") || w.Is("her") || w.Is("their")) ||
                   w.IsCapitalized && i + 1 < end && t[i + 1].IsWord && !t[i + 1].IsCapitalized ||
                   !w.IsCapitalized && w.Text.EndsWith("ed", System.StringComparison.Ordinal);
        }

        private static bool SaysWhen(Token first) => IsTimeWord(first) || first.Is("during");
    }
}
