using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Clinton called Sanders shortly after the winner was declared", "Bill Clinton called her to
    /// get together again", "Sharon, who called the police, said ...": "call" with a person alone
    /// as its object is to telephone or summon them, and nothing is reported. Calling someone
    /// something names them ("called him a kind, loving and admirable person", "calling Trump a
    /// fascist", "called Mr. Yanukovych, a former coal trucking director ..., an outstanding
    /// leader"): there a second phrase follows the person, here the content ends or goes on with
    /// "and", "to", or when. Such a "call" is no cue at all, so that a cue after it still reports
    /// ("Sharon, who called the police, said her wedding rings were taken").
    /// </summary>
    internal static partial class SpeechPatterns
    {
        private static readonly WordSet CallForms = new WordSet("call", "calls", "called", "calling");

        /// <summary>Words after the person called that say when or why, not what they are called: "shortly after", "to get together".</summary>
        private static readonly WordSet AfterPersonCalled = new WordSet(
            "and", "to", "shortly", "after", "before", "during", "moments", "minutes", "hours", "days", "immediately");

        /// <summary>Names at most in the person called: "Sanders", "Mr Brown", "Hillary Rodham Clinton".</summary>
        private const int PersonCalledWords = 3;

        /// <summary>Whether the "call" at <paramref name="k"/> has a person alone as its object: a telephone call, not a naming.</summary>
        private static bool CalledAPerson(List<Token> t, int k, Sentence s)
        {
            if (!CallForms.Contains(t[k].Text) || k + 1 >= s.End) return false;
            int first = k + 1;
            int end = s.End;
            Token w = t[first];
            int p;
            bool commaEnds;
            if (FirstObjectPronouns.Contains(w.Text) && !w.IsCapitalized)
            {
                p = first + 1;
                commaEnds = false; // "calling him, among other things, “a failed candidate.”"
            }
            else if (w.Is("the") && first + 1 < end && t[first + 1].Is("police"))
            {
                p = first + 2; // "called the police"
                commaEnds = true;
            }
            else if (w.IsCapitalized && !w.IsPossessive && !IsTimeWord(w))
            {
                p = first;
                while (p < end && p - first < PersonCalledWords && t[p].IsCapitalized && !t[p].IsPossessive && !IsTimeWord(t[p])) p++;

                // "calling Trump and Cruz liars": names joined by "and" are one object, named together.
                if (p + 1 < end && t[p].Is("and") && t[p + 1].IsCapitalized) return false;
                commaEnds = false; // "called Mr. Yanukovych, a former ... director, an outstanding leader"
            }
            else
            {
                return false;
            }

            if (p >= end) return true;
            Token next = t[p];
            if (next.IsPunct(',')) return commaEnds;
            // "Bill Clinton called her.": the sentence's end, not the point of "Mr." or "J." in a name.
            if ((next.IsPunct('.') || next.IsPunct('!')) && p == end - 1) return true;
            // Not a day or "last week": a naming may follow it ("called them last week, “Manchurian anchors”").
            return next.IsWord && AfterPersonCalled.Contains(next.Text);
        }
    }
}
