using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>A participle clause after "said," that tells how it was said, not what.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// "“Who would have believed it?” Trump said, looking out on the crowd.": a participle
        /// right after the cue and its comma opens an accompanying action, not the reported words,
        /// so the right side holds nothing unless a "that" clause follows the action ("said,
        /// citing the report, that ..."). "said, including ..." lists what was said and stays;
        /// "said, adding that ..." is a cue of its own and is read as one. Only where the speaker
        /// opens the sentence: inside one ("Though it went well, he said, replacing him would be
        /// hard") the participle may be the subject of the rest of the reported clause.
        /// </summary>
        private static int SkipMannerParticiple(List<Token> t, Sentence s, Attribution a, int start, int limit)
        {
            if (a.Speaker is null || a.SpeakerAfterCue || a.Speaker.First != s.First) return start;
            if (t[a.Cue].Is("according") || a.CueEnd >= limit || !t[a.CueEnd].IsPunct(',') || start != a.CueEnd + 1 || start >= limit) return start;
            Token first = t[start];
            if (!first.IsWord || first.IsCapitalized || !CueLexicon.IsParticiple(first.Text) || first.Is("including") || first.Is("according") || CueLexicon.IsCue(first.Text)) return start;
            for (int j = start + 1; j + 1 < limit; j++)
            {
                if (t[j].IsPunct(',') && t[j + 1].Is("that")) return j + 2;
            }

            return limit;
        }
    }
}
