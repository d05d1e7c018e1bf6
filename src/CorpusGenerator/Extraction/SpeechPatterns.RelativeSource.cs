using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "including 18% who say they would be dissatisfied", "dozens of women who claim that he
    /// assaulted them": a relative clause whose verb reports words speaks for its antecedent, and
    /// when the lexicon cannot read that antecedent the relative pronoun stands for it, as written.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// Gives <paramref name="a"/> the relative pronoun at <paramref name="who"/> as an unnamed
        /// source when its cue reports plainly: a verb that only reports words, or one with "that".
        /// </summary>
        private static void RelativeSource(string text, List<Token> t, Sentence s, Attribution a, int who)
        {
            if (!(PlainSayings.Contains(t[a.Cue].Text) || CueLexicon.IsSay(t[a.Cue].Text) || (a.CueEnd < s.End && t[a.CueEnd].Is("that")))) return;
            a.Speaker = Unnamed(text, t, who, who + 1);
            a.SpeakerUnnamed = true;
        }
    }
}
