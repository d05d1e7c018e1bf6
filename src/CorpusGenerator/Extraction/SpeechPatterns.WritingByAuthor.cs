using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "according to a recent report from Bloomberg New Energy Finance", "according to an
    /// analysis by Lee Epstein", "according to a report by UK think-tank Demos": a writing whose
    /// author is named after it with "from" or "by" reports its author's words; the author is the
    /// source, as "the Demos report" makes Demos the source.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// The author named after the writing <paramref name="writing"/> ("a report from X", "an
        /// analysis by X"), or null when the writing's phrase is not followed so.
        /// </summary>
        private static Mention? AuthorAfterWriting(string text, List<Token> t, Sentence s, Mention writing)
        {
            if (writing.Kind == MentionKind.Name || writing.Kind == MentionKind.Pronoun || writing.End + 1 >= s.End) return null;
            Token head = t[writing.End - 1];
            if (!head.IsWord || head.IsCapitalized || !RoleLexicon.IsDocument(head.Text)) return null;
            Token by = t[writing.End];
            if (!by.Is("from") && !by.Is("by")) return null;
            Mention? author = NounPhrases.StartingAt(text, t, writing.End + 1, s.End);
            if (author is null || author.Kind != MentionKind.Name) return null;
            author = NounPhrases.NameAfterPremodifiedRole(text, t, author, s.End) ?? author;

            // The name closes the author's phrase: "by UK think-tank Demos" read as "UK" names a
            // country that describes the author, not the author; "by Goldman Sachs & Co" goes on.
            return author.End >= s.End || IsPhraseClose(t[author.End]) || t[author.End].Is("and") ? author : null;
        }

        private static bool IsPhraseClose(Token token) => token.Kind == TokenKind.Punct && ",.;:)!?".IndexOf(token.Text[0]) >= 0;
    }
}
