using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Phillip reported from Oakland, Calif.; Gearan, from Washington.", "Julie Hirschfeld Davis
    /// reported from Midway Atoll", "He's reported from every single GOP debate this cycle": a
    /// reporter's credit says where the reporting was done, not what was reported. A "from"
    /// phrase right after "reported" is no content unless a "that" clause or a quotation follows
    /// in it ("reported from Kabul that ..." still reports). Likewise the "by" phrase after "was
    /// quoted as saying" names the medium that quoted the speaker, not what was said.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Whether the content of <paramref name="a"/> is only the place it was reported from.</summary>
        private static bool ReportedFromPlace(List<Token> t, Attribution a)
        {
            if (a.ContentFirst != a.CueEnd || a.Kind != QuoteKind.Indirect) return false;
            Token cue = t[a.Cue];
            if (t[a.ContentFirst].Is("by"))
            {
                // "the issue will be dealt with under the law, minister Yuri Trutnev was quoted as
                // saying by the Interfax news agency": the "by" phrase names who quoted him, the
                // medium, not what he said.
                if (!cue.Is("saying") || a.Cue < 2 || !t[a.Cue - 1].Is("as") || !t[a.Cue - 2].Is("quoted")) return false;
            }
            else if (!t[a.ContentFirst].Is("from") || !(cue.Is("reported") || cue.Is("reports") || cue.Is("reporting") || cue.Is("report")))
            {
                return false;
            }

            for (int i = a.ContentFirst + 1; i < a.ContentEnd; i++)
            {
                if (t[i].Is("that") || t[i].Kind == TokenKind.Quote) return false;
            }

            return true;
        }
    }
}
