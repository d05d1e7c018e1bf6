using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Macrovision said the new technology will work in nearly all current DVD players, but it did
    /// not specify how many machines could have a problem": after "but", a verb of saying that is
    /// denied ("did not specify", "would not say", "declined to comment", "refused to confirm")
    /// tells what the speaker left unsaid: the writer's remark on the report, never part of it.
    /// The report ends before "but", whether or not the clause has a subject of its own
    /// ("..., but would not say when").
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Auxiliaries a "not" denies a verb of saying after: "did not say", "would not comment".</summary>
        private static readonly WordSet DeniedAuxiliaries = new WordSet(
            "did", "does", "do", "would", "could", "will", "has", "have", "had", "can",
            "didn't", "doesn't", "don't", "wouldn't", "couldn't", "won't", "hasn't", "haven't", "hadn't", "can't", "cannot",
            "didn’t", "doesn’t", "don’t", "wouldn’t", "couldn’t", "won’t", "hasn’t", "haven’t", "hadn’t", "can’t");

        /// <summary>Verbs of saying the cue lexicon leaves out as too often acts: "comment", "give details", "name".</summary>
        private static readonly WordSet WithheldVerbs = new WordSet("comment", "give", "name", "detail", "discuss", "identify", "put");

        /// <summary>
        /// Whether the clause at <paramref name="i"/> (after "but", perhaps after its subject)
        /// denies a verb of saying: "did not specify", "didn't say", "declined to comment".
        /// </summary>
        private static bool DeniesSaying(List<Token> t, int i, int end)
        {
            if (i + 1 >= end || !t[i].IsWord) return false;
            int v;
            if (t[i].Is("declined") || t[i].Is("refused")) v = t[i + 1].Is("to") ? i + 2 : -1;
            else if (DeniedAuxiliaries.Contains(t[i].Text)) v = t[i + 1].Is("not") ? i + 2 : t[i].Text.Length > 3 && t[i].Text.EndsWith("t", System.StringComparison.Ordinal) && !t[i].Is("did") ? i + 1 : -1;
            else return false;
            if (v < 0 || v >= end || !t[v].IsWord || t[v].IsCapitalized) return false;
            return CueLexicon.IsCue(t[v].Text) || WithheldVerbs.Contains(t[v].Text);
        }

        /// <summary>
        /// The "but" (or the comma before it) that opens a clause denying a verb of saying at or
        /// after <paramref name="but"/>, with or without a subject of its own; -1 when there is none.
        /// </summary>
        private static int WithheldDetailsAt(List<Token> t, int but, int end)
        {
            if (!t[but].Is("but") || but + 2 >= end) return -1;
            int cut = t[but - 1].IsPunct(',') ? but - 1 : but;
            if (DeniesSaying(t, but + 1, end)) return cut;
            int v = AfterTailSubject(t, but + 1, end);
            return v >= 0 && DeniesSaying(t, v, end) ? cut : -1;
        }
    }
}
