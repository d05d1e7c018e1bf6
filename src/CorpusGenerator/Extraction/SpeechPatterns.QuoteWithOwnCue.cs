using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Rhimes declared the need for strong will: “Change the world,” she said.", "Clinton
    /// suggested the plan was unserious - “Again, we need the details,” she said - and ...": a
    /// quotation that opens a sentence of its own after a colon, dash or comma and is followed
    /// by its own speaker and cue ("she said") is that cue's content. The earlier cue's content
    /// stops before the mark that introduces the quotation; otherwise the earlier cue swallows
    /// the quotation and the later cue, which the reader sees as its attribution, reports
    /// nothing.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// The token where the content of <paramref name="current"/> must stop because the
        /// quotation before <paramref name="next"/>'s speaker is <paramref name="next"/>'s own, or
        /// -1 when the sentence has no such shape.
        /// </summary>
        private static int QuoteWithOwnCue(List<Token> t, Attribution current, Attribution next)
        {
            if (next.Speaker is not Mention speaker || next.SpeakerAfterCue || next.SharesSpeakerWith >= 0 || next.ContentFixed) return -1;
            int q = speaker.First - 1;
            if (q > current.CueEnd && t[q].IsPunct(',')) q--; // "“Q”, he said": the comma outside the marks
            if (q <= current.CueEnd || t[q].Kind != TokenKind.Quote || !OpensSentence(t[q].Text)) return -1;

            // The quotation is introduced as a sentence of its own: a colon, a dash or a comma
            // before it, with the earlier cue's words between.
            Token mark = t[q - 1];
            if (!(mark.IsPunct(':') || mark.IsPunct(',') || IsDash(mark) || mark.IsPunct('-')) || q - 1 <= current.CueEnd) return -1;

            // "Mr Johnson told Today: “Q,” he said": a cue whose words before the mark are only its
            // listener has nothing of its own to report; the quotation is its content, and the
            // later cue only repeats who speaks. Its own report takes words, or a "that".
            if (q - 1 - current.CueEnd > MaxReportReach || CountWords(t, current.CueEnd, q - 1) < MinOwnContentWords) return -1;
            if (CueLexicon.TakesAddressee(t[current.Cue].Text) && !HasThat(t, current.CueEnd, q - 1)) return -1;
            return q - 1;
        }

        /// <summary>Words the earlier cue must report before the mark to have content of its own.</summary>
        private const int MinOwnContentWords = 3;

        private static bool HasThat(List<Token> t, int first, int end)
        {
            for (int i = first; i < end; i++)
            {
                if (t[i].Is("that")) return true;
            }

            return false;
        }

        /// <summary>Whether quoted words start with a capital letter, as a sentence does ("Change the world", not "a disaster").</summary>
        private static bool OpensSentence(string quoted)
        {
            foreach (char c in quoted)
            {
                if (char.IsLetter(c)) return char.IsUpper(c);
                if (char.IsDigit(c)) return true;
            }

            return false;
        }
    }
}
