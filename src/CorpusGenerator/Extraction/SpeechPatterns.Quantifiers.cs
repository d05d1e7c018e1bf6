using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Some say they hear echoes of the past", "Others argue that the valuations are too low",
    /// "while one company says there are 2,400, another says there are 1,800": a quantifier standing
    /// alone as the subject of its clause. After "some" or "another" a cue word is usually a noun
    /// ("some reports", "another call"), so it is read as a verb only where nothing else can be:
    /// the quantifier opens a clause and what follows the cue opens a reported clause (a subject
    /// pronoun, "that", a quotation or a colon), or the cue is one of the verbs that are never
    /// nouns ("say", "said", "told"). The quantifier names nobody: the quote is unattributed, like
    /// "Several said".
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Quantifiers that can stand for the people they count.</summary>
        private static readonly WordSet StandaloneQuantifiers = new WordSet(
            "some", "others", "many", "most", "several", "both", "few", "another");

        /// <summary>Words before a quantifier that close the clause before it.</summary>
        private static readonly WordSet QuantifierClauseOpeners = new WordSet("and", "but", "while", "whereas", "yet");

        /// <summary>Whether the cue at <paramref name="k"/> is the verb of a quantifier standing as its clause's subject.</summary>
        private static bool QuantifierSubjectVerb(List<Token> t, int k, Sentence s)
        {
            int q = k - 1;
            if (q < s.First || !t[q].IsWord || !StandaloneQuantifiers.Contains(t[q].Text) || !OpensQuantifierClause(t, q, s)) return false;
            if (k + 1 >= s.End) return false;
            Token next = t[k + 1];
            if (next.Is("that") || next.Kind == TokenKind.Quote || next.IsPunct(':')) return true;
            if (next.IsWord && (SubjectPronouns.Contains(next.Text) || next.Is("there"))) return true; // "say they", "says there are"
            return next.IsWord && PlainSayings.Contains(t[k].Text) && !next.Is("in") && !next.Is("on") && !next.Is("over");
        }

        /// <summary>Whether a clause starts at <paramref name="q"/>: the sentence's start, past a comma, semicolon or conjunction.</summary>
        private static bool OpensQuantifierClause(List<Token> t, int q, Sentence s)
        {
            if (q == s.First) return true;
            Token before = t[q - 1];
            if (before.IsPunct(',') || before.IsPunct(';')) return true;
            return before.IsWord && QuantifierClauseOpeners.Contains(before.Text) && (q - 1 == s.First || t[q - 2].IsPunct(','));
        }

        /// <summary>The quantifier right before the cue at <paramref name="k"/> as an unnamed source, when it is the clause's subject.</summary>
        private static Mention? QuantifierSource(string text, List<Token> t, Sentence s, int k) =>
            QuantifierSubjectVerb(t, k, s) ? Unnamed(text, t, k - 1, k) : null;
    }
}
