using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "He’s argued that ...", "She's suggesting that ...", "they’ve said the plan ...": a subject
    /// pronoun with its auxiliary contracted onto it is one token, which no phrase reader takes for
    /// a subject, so the report was lost. The pronoun part speaks. Only before a participle or a
    /// past form, where "’s" is "has" or "is" ("he’s saying", "she’s said"); a cue of telling with
    /// "that" or "to" after it is passive ("he’s told that ...", "she’s asked to ...") and is left.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        private static readonly WordSet ContractedPronouns = new WordSet("he", "she", "they");

        private static readonly WordSet Contractions = new WordSet("s", "ve", "d", "re");

        /// <summary>Whether <paramref name="w"/> is a subject pronoun with its auxiliary contracted on ("he’s", "they've"), not a possessive.</summary>
        private static bool IsContractedPronoun(Token w) => ContractedLength(w) > 0;

        /// <summary>The length of the pronoun in a contracted subject ("she’s" → 3), or 0.</summary>
        private static int ContractedLength(Token token)
        {
            if (!token.IsWord) return 0;
            string w = token.Text;
            int apostrophe = w.IndexOf('\'');
            if (apostrophe < 0) apostrophe = w.IndexOf('’');
            return apostrophe > 0 && ContractedPronouns.Contains(w.Substring(0, apostrophe)) && Contractions.Contains(w.Substring(apostrophe + 1)) ? apostrophe : 0;
        }

        /// <summary>The pronoun of a contracted subject at <paramref name="j"/> before the cue at <paramref name="k"/>, or null.</summary>
        private static Mention? ContractedSubject(List<Token> t, Sentence s, int j, int k)
        {
            int apostrophe = j >= s.First ? ContractedLength(t[j]) : 0;
            if (apostrophe == 0) return null;
            string cue = t[k].Text;
            bool pastOrParticiple = CueLexicon.IsParticiple(cue) || cue.EndsWith("ed", System.StringComparison.OrdinalIgnoreCase) || cue == "said" || cue == "told" || cue == "written";
            if (!pastOrParticiple) return null;
            if (CueLexicon.TakesAddressee(cue) && !CueLexicon.IsParticiple(cue) && k + 1 < s.End && (t[k + 1].Is("that") || t[k + 1].Is("to") || t[k + 1].Is("by"))) return null;
            var span = new TextRange(t[j].Start, t[j].Start + apostrophe);
            return new Mention(MentionKind.Pronoun, j, j + 1, span, t[j].Text.Substring(0, apostrophe));
        }
    }
}
