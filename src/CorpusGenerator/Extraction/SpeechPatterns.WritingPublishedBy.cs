using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "according to figures revealed by the Electoral Commission on Wednesday", "according to a
    /// survey published by Ofcom": a writing whose author is named after a participle of making
    /// it public and "by" is its author's, as "figures by" or "figures from" the body already are
    /// (<see cref="AuthorAfterWriting"/>). The participle stood between the writing and "by", so
    /// the source phrase named no one and its report had no speaker although the text says whose
    /// it is. Only participles of issuing a writing: "a poll commissioned by the Sun" or "a study
    /// funded by X" name a payer, not the author, and stay as they were.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Participles that put a writing out under its author's name.</summary>
        private static readonly WordSet PublishingParticiples = new WordSet(
            "released", "revealed", "published", "compiled", "issued", "produced", "collected");

        /// <summary>
        /// The token index of "by" when a publishing participle and "by" follow the writing's
        /// noun at <paramref name="at"/> ("figures [released by] ..."), else <paramref name="at"/>.
        /// </summary>
        private static int PastPublishingParticiple(List<Token> t, int at, int end)
        {
            if (at + 2 < end && t[at].IsWord && !t[at].IsCapitalized && PublishingParticiples.Contains(t[at].Text) && t[at + 1].Is("by")) return at + 1;
            return at;
        }

        /// <summary>
        /// Whether a date closes the author's name at <paramref name="at"/>: "by the Electoral
        /// Commission on Wednesday.", "from the BRC in January," (a weekday or month, then the
        /// phrase's close).
        /// </summary>
        private static bool DateClosesAuthor(List<Token> t, int at, int end)
        {
            if (at + 1 >= end || !(t[at].Is("on") || t[at].Is("in"))) return false;
            Token day = t[at + 1];
            return day.IsWord && day.IsCapitalized && SpeakerResolver.CalendarWords.Contains(day.Text) && (at + 2 >= end || IsPhraseClose(t[at + 2]));
        }
    }
}
