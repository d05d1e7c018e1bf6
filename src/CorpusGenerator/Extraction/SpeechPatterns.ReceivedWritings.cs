using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "A Feb. 1 letter from the American Legion obtained by The Associated Press warns that ...",
    /// "A copy of the inspector general's memo seen by Reuters said ...": the agent of "obtained",
    /// "seen" or "reviewed" is who got to read the writing, not who wrote it (and whom it was
    /// sent to: <see cref="SendingParticiples"/>). The name right before the cue was taken for the
    /// speaker; the writing that opens the clause speaks, named with its phrase, as a writing named
    /// by its making does ("A news report published Wednesday").
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Participles whose "by" names a reader of a writing: "obtained by", "seen by".</summary>
        private static readonly WordSet ReceiptParticiples = new WordSet("obtained", "seen", "reviewed", "viewed", "acquired", "received");

        /// <summary>
        /// The writing that <paramref name="reader"/> obtained or saw, when the reader is governed
        /// by "by" after a receipt participle (or "to" after a sending one) and the phrase before
        /// the participle is a writing (or a writing's postmodifier) that opens the clause; null otherwise.
        /// </summary>
        private static Mention? WritingBeforeReader(string text, List<Token> t, Sentence s, Mention reader)
        {
            int by = WithDeterminer(t, s, reader.First) - 1;
            if (by - 2 < s.First || !t[by - 1].IsWord || t[by - 1].IsCapitalized) return null;
            if (!(t[by].Is("by") && ReceiptParticiples.Contains(t[by - 1].Text)) && !(t[by].Is("to") && SendingParticiples.Contains(t[by - 1].Text))) return null; // "A letter sent to Martin Mubanga said" (SentWritings)
            int last = by - 2;

            // The writing itself ("memo"), or the writing before a short postmodifier ("letter
            // from the American Legion", "copy of the memo").
            int document = -1;
            for (int i = last; i >= s.First && last - i < 8; i--)
            {
                if (!(t[i].IsWord || t[i].Kind == TokenKind.Number || t[i].IsPunct('.'))) return null;
                if (t[i].IsWord && !t[i].IsCapitalized && RoleLexicon.IsDocument(t[i].Bare))
                {
                    document = i;
                    break;
                }
            }

            if (document < 0) return null;
            // The determiner that opens the writing's phrase opens the clause: "A redacted copy of
            // the 2013 FDIC inspector general's memo", "A Feb. 1 letter".
            int first = document;
            while (first >= s.First && last - first < 14 && !(t[first].IsWord && WordLists.Determiners.Contains(t[first].Text) && StartsClause(t, s, first)))
            {
                if (!(t[first].IsWord || t[first].Kind == TokenKind.Number || t[first].IsPunct('.')) || CueLexicon.IsCue(t[first].Text) && !t[first].IsCapitalized) return null;
                first--;
            }

            if (first < s.First || last - first >= 14) return null;
            var span = new TextRange(t[first].Start, t[last].End);
            return new Mention(MentionKind.Group, first, last + 1, span, span.Of(text)) { NameWords = new[] { t[document].Bare } };
        }
    }
}
