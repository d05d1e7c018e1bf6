using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "“Q,” Emmanuel Ferry, from Exane BNP Paribas told Reuters.", "Richard Doherty, from
    /// Panasonic's Hollywood Laboratories, one of the pioneers of Blu-ray, told the BBC": a
    /// person's name, a comma, then where they are from, and the comma that would close the
    /// appositive is left out (or another appositive follows). The walk back from the cue met
    /// the organisation first and made it the speaker; the person named before "from" is.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Replaces an organisation speaker by the person whose affiliation it is, when a full name, a comma and "from"/"of"/"at" stand before it.</summary>
        private static void PersonBeforeAffiliation(string text, List<Token> t, Sentence s, Attribution a)
        {
            if (a.SpeakerAfterCue || a.ResolvedFrom is not null || a.Speaker is not Mention org || org.Kind != MentionKind.Name || org.End > a.Cue) return;
            int i = org.First - 1;
            if (i > s.First && t[i].Is("the")) i--;
            if (i > s.First && t[i].IsWord && t[i].IsPossessive && t[i].IsCapitalized) i--; // "from Panasonic's Hollywood Laboratories"
            if (i - 2 < s.First || !(t[i].Is("from") || t[i].Is("of") || t[i].Is("at")) || !t[i - 1].IsPunct(',')) return;
            if (FullNameBeforeComma(text, t, s, i - 1) is Mention person) a.Speaker = person;
        }

        /// <summary>
        /// The full name (two words or more) right before the comma at <paramref name="comma"/>,
        /// when it opens its clause: the sentence, a quotation or a comma before it ("“Q,”
        /// Emmanuel Ferry, from ..."), or "but", which opens a clause as a comma does ("Siemens'
        /// plans ... may be more than a user needs today, but Christoph Caselitz, president of the
        /// mobile networks division at the firm says that: ..."); else null.
        /// </summary>
        private static Mention? FullNameBeforeComma(string text, List<Token> t, Sentence s, int comma)
        {
            if (comma - 1 < s.First) return null;
            Mention? person = NounPhrases.EndingAt(text, t, comma - 1, s.First);
            if (person is null || person.Kind != MentionKind.Name || person.NameWords.Length < 2) return null;
            int before = person.First - 1;
            return before >= s.First && !(t[before].IsPunct(',') || t[before].Kind == TokenKind.Quote || t[before].Is("but")) ? null : person;
        }
    }
}
