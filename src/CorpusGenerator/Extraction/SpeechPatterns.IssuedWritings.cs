using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "The company issued a statement saying it will appeal", "The Cruz campaign sent a
    /// fundraising email Wednesday saying that ...", "The council released a statement calling the
    /// test "a clear violation"": a participle right after a writing that the subject put out says
    /// what the writing says, and the writing's author is the one who says it. With no comma
    /// before it the participle was read as a modifier with no subject of its own; the verb of
    /// issuing and the noun of writing make the author plain, so the main clause's subject speaks.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// Writings that say something in their author's name: the statement nouns of "issued the
        /// following statement:" and the written messages an author sends.
        /// </summary>
        private static bool IsIssuedWriting(Token w) => StatementNouns.Contains(w.Text) || WrittenMessages.Contains(w.Text);

        private static readonly WordSet WrittenMessages = new WordSet(
            "statements", "email", "e-mail", "emails", "letter", "memo", "tweet", "tweets", "release", "note", "post",
            "op-ed", "editorial", "notice", "communique");

        /// <summary>Words at most between the writing's determiner and its noun: "a second joint statement".</summary>
        private const int WritingModifiers = 3;

        /// <summary>Whether the participle at <paramref name="k"/> directly follows "issued a statement" (with a time between, "on Tuesday").</summary>
        private static bool AfterIssuedWriting(List<Token> t, Sentence s, int k)
        {
            int i = k - 1;

            // "sent a fundraising email Wednesday saying", "issued a statement late on Friday saying".
            for (int time = 0; time < 3 && i > s.First && t[i].IsWord && (IsTimeWord(t[i]) || t[i].Is("on") || t[i].Is("late") || t[i].Is("early")); time++) i--;
            if (i <= s.First || !t[i].IsWord || !IsIssuedWriting(t[i])) return false;
            int noun = i;
            i--;
            while (i > s.First && noun - i <= WritingModifiers && t[i].IsWord && !WordLists.Determiners.Contains(t[i].Text) && !IssuingVerbs.Contains(t[i].Text)) i--;
            if (i > s.First && t[i].IsWord && WordLists.Determiners.Contains(t[i].Text)) i--;
            if (i > s.First && t[i].Is("out") && t[i - 1].Is("put")) i--; // "put out a statement saying"
            return i > s.First && t[i].IsWord && !t[i].IsCapitalized && IssuingVerbs.Contains(t[i].Text);
        }
    }
}
