using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Roger Ailes also met with Mr. Trump that day, as The New York Times reported on Tuesday.",
    /// "The plan is a classic scare tactic, as David Dayen noted in The Intercept.": a closing "as"
    /// clause names the source of the clause it is set off from, as an opening "As Smith said, C"
    /// does. The cue had its speaker but no content: "as" stood between the comma that closes C
    /// and the subject, so C was not taken as fronted. Only where nothing but a circumstance
    /// follows the cue ("as he said he would" reports what follows), with a verb that reports
    /// (", as Sanders proposes" may describe a nearer phrase: "a tax for tuition, as Sanders
    /// proposes"), and not in a question ("So is its job to destroy the Tories, as he declared?"
    /// asks) nor before a colon (", as the website notes:" introduces what follows).
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Verbs of an "as" clause that report the clause it is set off from.</summary>
        private static readonly WordSet AsClauseVerbs = new WordSet(
            "said", "says", "say", "reported", "reports", "noted", "notes", "wrote", "writes", "told", "tells", "explained", "explains",
            "acknowledged", "acknowledges", "declared", "declares", "confirmed", "confirms", "revealed", "reveals", "announced",
            "announces", "added", "recalled", "recalls", "conceded", "concedes", "admitted", "admits", "claimed", "claims", "argued",
            "argues", "alleged", "alleges", "insisted", "insists", "stated", "states", "testified", "warned", "warns", "tweeted",
            "disclosed", "observed", "observes");

        /// <summary>
        /// Whether the cue of <paramref name="a"/> may report the clause before a closing "as"
        /// clause in <paramref name="s"/>. A present "say" needs a named speaker: ", as they say",
        /// ", as the man says" borrow a saying, they report nothing said about the clause.
        /// </summary>
        private static bool ReportsAsClause(List<Token> t, Sentence s, Attribution a)
        {
            Token cue = t[a.Cue];
            if (!AsClauseVerbs.Contains(cue.Text) || t[s.End - 1].IsPunct('?') || t[s.End - 1].IsPunct(':') || (s.End - 2 > a.Cue && t[s.End - 2].IsPunct('?'))) return false;
            return !(cue.Is("say") || cue.Is("says")) || (a.Speaker is not null && a.Speaker.Kind == MentionKind.Name);
        }

        /// <summary>
        /// The index of the "as" that opens the clause of the subject starting at
        /// <paramref name="leftEnd"/>, right after a comma and past at most a few premodifying
        /// words ("as Clinton's campaign manager"); else -1.
        /// </summary>
        private static int AsClauseStart(List<Token> t, int leftFirst, int leftEnd)
        {
            for (int b = leftEnd - 1; b > leftFirst && leftEnd - b <= FrontedSubjectWords; b--)
            {
                Token w = t[b];
                if (w.Is("as")) return t[b - 1].IsPunct(',') && !w.IsCapitalized ? b : -1;
                if (!IsSubjectPremodifier(w) || w.Is("and")) return -1;

                // Only right after "as" may an article stand: "as the report noted".
                if ((w.Is("the") || w.Is("a") || w.Is("an")) && !t[b - 1].Is("as")) return -1;
            }

            return -1;
        }
    }
}
