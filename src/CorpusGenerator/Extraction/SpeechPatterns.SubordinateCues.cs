using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Clinton acknowledged that she had misspoken when she claimed that C", "Prosecutors argued
    /// that although Lazar confessed, he showed no remorse": a cue in a subordinate clause inside what an
    /// earlier cue of the sentence reports is part of that report. The earlier cue's content runs
    /// on through it; read as an attribution of its own, it cut the report short at its speaker
    /// and took the quotation for a speaker the text only reports about.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Words that open a subordinate clause inside a reported clause.</summary>
        private static readonly WordSet ContentSubordinators = new WordSet(
            "when", "because", "although", "though", "since", "while", "after", "before", "if", "unless", "until", "once", "whereas");

        private static readonly WordSet AuxiliariesAndAdverbs = new WordSet("has", "have", "had", "also", "often", "once", "still", "later", "repeatedly", "publicly");

        /// <summary>"who predict", "which has said", "that often claims": the cue opens a relative clause.</summary>
        private static bool InRelativeClause(List<Token> t, int cue)
        {
            if (cue >= 1 && RelativePronoun(t[cue - 1]) is not (RelativeKind.None or RelativeKind.Whose)) return true;
            return cue >= 2 && t[cue - 1].IsWord && AuxiliariesAndAdverbs.Contains(t[cue - 1].Text) && RelativePronoun(t[cue - 2]) is not (RelativeKind.None or RelativeKind.Whose);
        }

        /// <summary>Tokens at most between the outer cue and the subordinator: keeps each cue's look back bounded.</summary>
        private const int MaxReportReach = 60;

        /// <summary>
        /// Whether <paramref name="a"/>, with its speaker found, stands in a subordinate clause inside the content of the last attribution found before it in the sentence.
        /// </summary>
        private static bool SubordinateInContent(List<Token> t, Sentence s, Attribution a, List<Attribution> found)
        {
            if (found.Count == 0 || a.Speaker is not Mention speaker || a.SpeakerAfterCue || a.SharesSpeakerWith >= 0) return false;
            Attribution outer = found[found.Count - 1];
            if (outer.Speaker is null || outer.ContentFixed || t[outer.Cue].Is("according")) return false;

            // "Jones, who says she is innocent, could lose her medals after Conte said ...": a cue in
            // a relative clause reports no more than that clause; what follows is the writer's.
            if (InRelativeClause(t, outer.Cue)) return false;

            // "... when people asked “What has Labour done?”": words quoted as the inner cue's own are
            // a quotation of their own, not a part of the report around them.
            int next = a.CueEnd < s.End && t[a.CueEnd].IsPunct(',') ? a.CueEnd + 1 : a.CueEnd;
            if (next < s.End && t[next].Kind == TokenKind.Quote) return false;

            // The clause's opener: "when she claimed", "because, she said,". A relative clause ("women
            // who said they ...") is left alone: its cue reports for its antecedent, a source of its own.
            int opener = speaker.First - 1;
            if (opener > s.First && t[opener].IsPunct(',')) opener--;
            if (opener <= s.First || !t[opener].IsWord || !ContentSubordinators.Contains(t[opener].Text)) return false;

            // "..., though she acknowledged it was unlikely": a clause set off by a comma is the
            // writer's, added to the sentence, not a part of the report before it.
            if (t[opener - 1].Kind == TokenKind.Punct) return false;

            // The outer cue reports a clause, and the opener stands in it: "that" after the cue, or
            // words straight after it; no quotation, colon or semicolon between.
            if (opener <= outer.CueEnd || outer.CueEnd >= s.End || !t[outer.CueEnd].IsWord || opener - outer.CueEnd > MaxReportReach) return false;
            bool that = false;
            for (int i = outer.CueEnd; i < opener; i++)
            {
                Token tok = t[i];
                if (tok.Kind == TokenKind.Quote || tok.IsPunct(':') || tok.IsPunct(';') || IsDash(tok)) return false;
                if (tok.Is("that")) that = true;
            }

            return that || CueLexicon.IsSay(t[outer.Cue].Text);
        }
    }
}
