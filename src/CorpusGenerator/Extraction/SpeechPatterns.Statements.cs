using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Trump issued the following statement:": a statement announced, then quoted.</summary>
    internal static partial class SpeechPatterns
    {
        private static readonly WordSet IssuingVerbs = new WordSet(
            "issued", "issues", "released", "releases", "made", "makes", "posted", "posts", "gave", "gives", "offered", "offers",
            "delivered", "sent", "provided", "shared", "published", "circulated", "put", "wrote");

        private static readonly WordSet StatementNouns = new WordSet(
            "statement", "comment", "comments", "remarks", "message", "response", "reply", "explanation");

        /// <summary>
        /// "Trump issued the following statement:", "On July 6, Sanders made the following comment:":
        /// a verb of issuing and a statement noun before a colon introduce the quotation that comes
        /// next, in the sentence or after it; the subject is its speaker. No attribution otherwise.
        /// </summary>
        private static Attribution? IssuedStatement(string text, List<Token> t, Sentence s)
        {
            // The colon ends the sentence, or only the quotation follows it ("...: “We will win.”").
            int end = TrimEnd(t, s.First, s.End);
            int colon = s.End - 1;
            bool quoted = false;
            if (!t[colon].IsPunct(':') && end - 2 > s.First && t[end - 1].Kind == TokenKind.Quote && t[end - 2].IsPunct(':'))
            {
                colon = end - 2;
                quoted = true;
            }

            if (colon - 4 < s.First || !t[colon].IsPunct(':')) return null;
            int at = colon - 1;
            if (!t[at].IsWord || !StatementNouns.Contains(t[at].Text)) return null;
            at--;
            if (t[at].Is("following")) at--;
            if (!(t[at].Is("the") || t[at].Is("a") || t[at].Is("this"))) return null;
            int verb = at - 1;
            if (verb <= s.First || !t[verb].IsWord || !IssuingVerbs.Contains(t[verb].Text)) return null;
            int last = verb - 1;
            while (last > s.First && verb - last <= 2 && t[last].IsWord && WordLists.VerbModifiers.Contains(t[last].Text) && !IsBe(t[last])) last--;
            Mention? speaker = SubjectEndingAt(text, t, s, last);
            if (speaker is null || speaker.Kind == MentionKind.Group) return null;
            var a = new Attribution(verb, verb + 1) { Speaker = speaker, IntroducesNext = !quoted };
            if (quoted)
            {
                a.ContentFirst = end - 1;
                a.ContentEnd = end;
                a.Kind = QuoteKind.Direct;
                a.Span = new TextRange(t[end - 1].Start, t[end - 1].End);
            }

            return a;
        }
    }
}
