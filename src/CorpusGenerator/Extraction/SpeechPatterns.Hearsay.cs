using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Some advisers are said to be urging the governor to pay": a report with no one to name.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// "Some advisers are said to be urging ...", "Bernie Sanders, who is said to have pressed
        /// for ...", "he was said to have been handed every telegram": the passive "be said to"
        /// reports what someone unnamed said about the subject, and the whole clause, subject
        /// included, is what was said. The attribution has no speaker; its content is fixed here.
        /// </summary>
        private static Attribution? HearsayPassive(string text, List<Token> t, Sentence s, int k)
        {
            if (!t[k].Is("said") || k + 2 >= s.End || !t[k + 1].Is("to") || !t[k + 2].IsWord) return null;
            int be = k - 1;
            if (be - 1 < s.First || !(t[be].Is("is") || t[be].Is("was") || t[be].Is("are") || t[be].Is("were"))) return null;

            // The subject: a relative pronoun, or the phrase ending right before "is" or "was".
            int first;
            if (RelativePronoun(t[be - 1]) is RelativeKind.Who or RelativeKind.Which or RelativeKind.That) first = be - 1;
            else if (NounPhrases.EndingAt(text, t, be - 1, s.First) is Mention subject) first = WithDeterminer(t, s, subject.First);
            else return null;

            // The clause ends at the sentence's end, or at a bracket or semicolon that closes it.
            int end = k + 2;
            while (end < s.End && !t[end].IsPunct(')') && !t[end].IsPunct(';')) end++;
            end = TrimEnd(t, first, end);
            var a = new Attribution(k, k + 1) { ContentFixed = true };
            Set(t, a, first, end);
            return a;
        }
    }
}
