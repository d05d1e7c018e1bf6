using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Vice-President Dick Cheney", "Treasury Under-Secretary John Taylor": a title written with a hyphenated prefix.</summary>
    internal static partial class NounPhrases
    {
        /// <summary>Prefixes that make a title of a title: "vice-", "under-", "deputy-", "co-", "ex-".</summary>
        private static readonly WordSet TitlePrefixes = new WordSet("vice", "under", "co", "ex", "deputy", "assistant", "acting", "sub");

        /// <summary>
        /// Whether <paramref name="token"/> is a title joined to a prefix by a hyphen ("Vice-President",
        /// "Under-Secretary", "Co-Founder"): as a title, it ends the role before the name. The
        /// lexicon holds the words without the hyphen, so the role was glued into the name
        /// (Speakers.VicePresidentDickCheney). A surname with a title in it ("McEwen-King") has no
        /// such prefix.
        /// </summary>
        private static bool IsPrefixedTitle(Token token)
        {
            if (!token.IsWord) return false;
            string w = token.Text;
            int hyphen = w.IndexOf('-');
            if (hyphen <= 0 || hyphen + 1 >= w.Length || w.IndexOf('-', hyphen + 1) >= 0) return false;
            return TitlePrefixes.Contains(w.Substring(0, hyphen)) && RoleLexicon.IsTitle(w.Substring(hyphen + 1));
        }
    }
}
