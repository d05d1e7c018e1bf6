using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Lewandowski continued to assert that he never touched her", "Republicans continue to warn
    /// that ...", "Clinton is continuing to insist she will ...": "continue to" only says the
    /// saying goes on, as "went on to say" does, so the subject of "continue" speaks the cue after
    /// it. Otherwise the infinitive's "to" hid the cue ("wants to say" reports nothing), and
    /// "continued" itself, a cue only before "that", took the place of the subject's cue.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        private static readonly WordSet ContinueForms = new WordSet("continue", "continues", "continued", "continuing");

        /// <summary>Whether the cue at <paramref name="cue"/> follows "continue to".</summary>
        private static bool ContinuesTo(List<Token> t, int cue, Sentence s) =>
            cue - 2 >= s.First && t[cue - 1].Is("to") && t[cue - 2].IsWord && ContinueForms.Contains(t[cue - 2].Text);

        /// <summary>
        /// Whether <paramref name="k"/> is "continue" before "to" and a cue: an aspect of that cue,
        /// no cue of its own. Before another verb ("continued to defend the notion that ...") it
        /// stays what it was.
        /// </summary>
        private static bool ContinuesBeforeTo(List<Token> t, int k, Sentence s) =>
            ContinueForms.Contains(t[k].Text) && k + 2 < s.End && t[k + 1].Is("to") && t[k + 2].IsWord && CueLexicon.IsCue(t[k + 2].Text);
    }
}
