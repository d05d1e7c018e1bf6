using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"C, a school spokesman told The Wall Street Journal.": after "told", only who listened.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// Whether [<paramref name="first"/>, <paramref name="end"/>) after a cue that takes an addressee
        /// ("told", "assured") is only that addressee: a capitalised name ("The Wall Street Journal",
        /// "the Post", "CNN") or a listener ("reporters", "the crowd"), then at most a time ("told
        /// the Times on Monday"). Nothing said stands there; what was told went before the speaker.
        /// </summary>
        private static bool OnlyAddressee(List<Token> t, Attribution a, int first, int end)
        {
            if (first >= end || !CueLexicon.TakesAddressee(t[a.Cue].Text) || t[a.Cue].Is("according")) return false;
            int i = first;
            if (t[i].IsWord && (WordLists.Determiners.Contains(t[i].Text) || t[i].IsPossessive)) i++;
            int named = i;
            while (i < end && t[i].IsWord && (t[i].IsCapitalized || ListenerWords.Contains(t[i].Text) || (i > named && t[i].Is("of"))) && !IsTimeWord(t[i])) i++;
            if (i == named || t[i - 1].Is("of")) return false;
            if (i < end && t[i].Is("on") && i + 1 < end && IsTimeWord(t[i + 1])) i += 2;
            else if (i < end && IsTimeWord(t[i])) i++;
            return i == end;
        }
    }
}
