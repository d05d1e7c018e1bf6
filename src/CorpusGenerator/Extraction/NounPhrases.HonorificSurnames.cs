using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Mr King", "Dr Bishop": a title word after an honorific written without a period.</summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// A capitalised title word that closes a run right after an honorific is a surname: an
        /// honorific goes before a surname, never before a title ("Mr King said", "Mr Dean says"),
        /// save for the few words that are no one's surname ("Mr President"). Only the British
        /// form with no period: "Mr. King" stays as it was, since the quotes it would add are
        /// ones PolNeAR's gold files as indirect, and direct,mixed precision there falls.
        /// </summary>
        private static bool IsSurnameAfterHonorific(List<Token> t, int i, int first, int end) =>
            i == end - 1 && i > first && t[i].IsCapitalized && !NoSurnames.Contains(t[i].Bare) && RoleLexicon.IsHonorific(t[i - 1].Text);
    }
}
