using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "He pleaded guilty to fraud charges", "she pleaded not guilty to two counts", "pleads no
    /// contest": a plea entered in court is a legal act, not words reported, so "pleaded" before
    /// "guilty", "innocent", "not guilty" or "no contest" is no cue. "pleaded with them to stay"
    /// and "pleaded for calm" still report a request.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        private static readonly WordSet PleaForms = new WordSet("plead", "pleads", "pleaded", "pled", "pleading");

        private static readonly WordSet PleaWords = new WordSet("guilty", "innocent");

        /// <summary>Whether the word at <paramref name="k"/> is "pleaded" entering a plea: "pleaded (not) guilty", "pleaded no contest".</summary>
        private static bool EntersAPlea(List<Token> t, int k, Sentence s)
        {
            if (!PleaForms.Contains(t[k].Text) || k + 1 >= s.End || !t[k + 1].IsWord) return false;
            Token next = t[k + 1];
            if (PleaWords.Contains(next.Text)) return true;
            if (k + 2 >= s.End || !t[k + 2].IsWord) return false;
            return (next.Is("not") && PleaWords.Contains(t[k + 2].Text)) || (next.Is("no") && t[k + 2].Is("contest"));
        }
    }
}
