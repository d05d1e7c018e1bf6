using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Clinton pointed out that the law was never enforced", "as critics are quick to point out:
    /// “Q”": "point out" is a verb of saying made of two words, a cue when what follows it is a
    /// "that" clause, a colon or a quotation ("pointed out the window" is no speech).
    /// </summary>
    internal static partial class SpeechPatterns
    {
        private static readonly WordSet PointForms = new WordSet("point", "points", "pointed", "pointing");

        /// <summary>
        /// Every word a cue can open with: the cue verbs, "according", "read", "reads" and the forms
        /// of "point" (<see cref="IsPointOut"/>). <see cref="IsCue"/> asks it first, once: nearly every
        /// word (97 in 100 in the BBC corpus) is none of them and skips IsCue's other tests, each of
        /// which asks about one of these words.
        /// Ignores case as <see cref="Token.Is"/> does, so no answer of <see cref="IsCue"/> changes.
        /// Here, after <see cref="PointForms"/>: a static field is set in the order of its file.
        /// </summary>
        private static readonly WordSet MayOpenCue = CueLexicon.UnionWithCues(new WordSet("according", "read", "reads"), PointForms);

        /// <summary>Whether "point out" at <paramref name="k"/> introduces what was said; its cue then ends after "out".</summary>
        private static bool IsPointOut(List<Token> t, int k, Sentence s, out int cueEnd)
        {
            cueEnd = k + 2;
            if (!PointForms.Contains(t[k].Text) || t[k].IsCapitalized && k != s.First || k + 2 >= s.End || !t[k + 1].Is("out")) return false;
            Token next = t[k + 2];
            return next.Is("that") || next.IsPunct(':') || next.Kind == TokenKind.Quote ||
                   (next.IsPunct(',') && k + 3 < s.End && t[k + 3].Kind == TokenKind.Quote);
        }
    }
}
