using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Press reports have speculated that Fiat may be willing to accept a cash payment": a cue
    /// word that is as often a noun ("reports", "claims", "charges", <see cref="NounCues"/>) with a
    /// plural auxiliary right after it is the noun, the head of the subject of that auxiliary's
    /// verb. Read as the verb, it gave the typed speaker "Press" (two BBC articles) and the words
    /// "have speculated that ..." as what Press reported; the verb after the auxiliary is the cue,
    /// and "Press reports" its subject, as in "Press reports suggest that ...".
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Whether the cue word at <paramref name="k"/> is a plural noun cue that a plural auxiliary follows.</summary>
        private static bool NounCueBeforeAuxiliary(List<Token> t, int k, Sentence s) =>
            k + 1 < s.End && t[k].Text.EndsWith("s", StringComparison.Ordinal) && NounCues.Contains(t[k].Text) && t[k + 1].IsWord && PluralAuxiliaries.Contains(t[k + 1].Text);
    }
}
