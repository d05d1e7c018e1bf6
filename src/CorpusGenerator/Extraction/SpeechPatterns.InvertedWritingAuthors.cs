using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "..., says a report from analysts Gartner.", "..., predicts the report by telecoms giant
    /// BT.": a writing after an inverted cue that names its author after "from" or "by" is its
    /// author's words, as it is after "according to" (<see cref="AuthorAfterWriting"/>). The walk
    /// from the cue stopped at the writing's noun ("a report") and the report, with its "The
    /// report predicts" after it, had no speaker although the text says whose it is.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// The author named after the writing <paramref name="writing"/> that follows an inverted
        /// cue, or null. After "from" only an organisation's name or a name a lower-case role
        /// describes ("from analysts Gartner"): "a report from Russia" comes from a place.
        /// </summary>
        private static Mention? AuthorAfterInvertedWriting(string text, List<Token> t, Sentence s, Mention writing)
        {
            if (writing.Kind != MentionKind.Description && writing.Kind != MentionKind.Group) return null;
            Mention? author = AuthorAfterWriting(text, t, s, writing);
            if (author is null || author.Conjoined || author.First < 1) return null;
            int before = author.First - 1;
            if (t[before].Is("the") && before > 0) before--;
            bool described = t[before].IsWord && !t[before].IsCapitalized && !t[before].Is("from") && !t[before].Is("by"); // "from analysts Gartner"
            return t[before].Is("from") && !described && !NamesOrganisation(author.NameWords) ? null : author;
        }
    }
}
