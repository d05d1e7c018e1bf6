using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "26% say they are conservative", "Only 12% of voters said ...": a share written with the
    /// percent sign is the share "26 percent" spells out, and speaks as one. The tokenizer parts
    /// the sign from its number, so the phrase readers, which end a phrase at a word or a number,
    /// never took it for a subject.
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>Whether token <paramref name="i"/> is a percent sign written right after a number.</summary>
        internal static bool IsPercentSign(List<Token> t, int i) =>
            i > 0 && t[i].IsPunct('%') && t[i - 1].Kind == TokenKind.Number && t[i - 1].End == t[i].Start;
    }
}
