using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"America: A Tribute to Heroes raised $150m": inside a paragraph, "Name: words" is a title and its subtitle, not a speaker's turn.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// Whether the sentence starting at token <paramref name="first"/> opens its paragraph:
        /// only blanks stand between it and a line break or the start of the text. A headline's
        /// "Pence: Gennifer Flowers won't be at the debate" and a transcript's "WALLACE: Let's
        /// start ..." open their line; inside a paragraph, a name, a colon and words with no
        /// quotation mark are a title with its subtitle ("Joshua Reynolds: The Creation of
        /// Celebrity will feature ...", "Star Trek: Enterprise began in 2001", "America: A
        /// Tribute to Heroes raised more than $150m") or a list's label, and were taken for the
        /// words of "Joshua Reynolds", "Star Trek" and "America". A headline's capital tag and
        /// dash before the name ("EXCLUSIVE – Roger Stone: ...") still opens the line. The
        /// look-back reads blanks and at most one short tag.
        /// </summary>
        private static bool OpensParagraph(string text, List<Token> t, int first)
        {
            int i = SkipBlanksBack(text, t[first].Start - 1);

            // "EXCLUSIVE – Roger Stone: Don't Trust the Voting Machines": a headline's capital tag and dash.
            if (i >= 0 && (text[i] == '-' || text[i] == '\u2013' || text[i] == '\u2014'))
            {
                int tag = SkipBlanksBack(text, i - 1), stop = System.Math.Max(-1, tag - 20);
                while (tag > stop && char.IsUpper(text[tag])) tag--;
                if (tag < i - 2) i = SkipBlanksBack(text, tag);
            }

            return i < 0 || text[i] == '\n' || text[i] == '\r';
        }

        private static int SkipBlanksBack(string text, int i)
        {
            while (i >= 0 && (text[i] == ' ' || text[i] == '\t')) i--;
            return i;
        }
    }
}
