using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "(After Fox News executives shared the full details of the allegations, which Mr. Ailes
    /// denies, the talk of a walkout ended.)": a cue whose subject follows "which" or "whom" has that
    /// pronoun for its object, and the comma right after the cue closes the relative clause; the
    /// clause after the comma is the sentence going on, not what was denied.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        private static bool ObjectIsRelativePronoun(List<Token> t, Attribution a) =>
            a.Speaker is Mention speaker && !a.SpeakerAfterCue && speaker.First > 0 && speaker.End <= a.Cue &&
            (t[speaker.First - 1].Is("which") || t[speaker.First - 1].Is("whom")) &&
            a.ContentFirst > a.CueEnd && a.CueEnd < t.Count && t[a.CueEnd].IsPunct(',');
    }
}
