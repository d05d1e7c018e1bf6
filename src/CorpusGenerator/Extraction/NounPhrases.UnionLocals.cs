using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>Union locals: "UFCW Local 832", "Teamsters Local 294".</summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// The number of a union local ("Local 832"): part of the name, which a gold or a reader
        /// writes whole, though names are otherwise words only.
        /// </summary>
        public static bool IsLocalNumber(List<Token> t, int i) =>
            i > 0 && t[i].Kind == TokenKind.Number && t[i - 1].Kind == TokenKind.Word && t[i - 1].Text == "Local" && t[i - 1].End < t[i].Start;

        /// <summary>"UFCW Local 832": a name with a local's number is a union, what "the union" refers to.</summary>
        public static bool NamesUnionLocal(string name)
        {
            int at = name.IndexOf(" Local ", System.StringComparison.Ordinal);
            return at > 0 && at + 7 < name.Length && char.IsDigit(name[at + 7]);
        }
    }
}
