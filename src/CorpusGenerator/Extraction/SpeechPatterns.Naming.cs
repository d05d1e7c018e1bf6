using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"a group called Black Votes Matter": "called" that names a thing, not a speaker calling it something.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Words at most between the indefinite article and "called": "a new consulting firm called".</summary>
        private const int NamedPhraseWords = 4;

        /// <summary>
        /// "A company called Harmony Enterprises gave ...", "a Facebook group called Occupy DNC":
        /// right after an indefinite phrase headed by a lower-case noun that is no person's role,
        /// "called" is a participle naming that thing (a group which is called ...), so nobody
        /// speaks. A person's role keeps the cue ("one lawmaker called Trump “the orange prince”").
        /// </summary>
        private static bool NamingParticiple(List<Token> t, int k, Sentence s)
        {
            if (!t[k].Is("called") || k - 2 < s.First) return false;

            // "a newspaper called on Clinton to ...", "a group called for a boycott": a call made, not a name.
            if (k + 1 < s.End && (t[k + 1].Is("on") || t[k + 1].Is("for") || t[k + 1].Is("upon"))) return false;

            // "a website called “Cape Breton If Trump Wins”": a name in quotation marks quotes words
            // someone wrote, which PolNeAR counts as a mixed quotation; leave it to the quotation rules.
            if (k + 1 < s.End && t[k + 1].Kind == TokenKind.Quote) return false;
            if (k + 2 < s.End && t[k + 1].Is("the") && t[k + 2].Kind == TokenKind.Quote) return false;
            Token head = t[k - 1];
            if (!head.IsWord || head.IsCapitalized || NounPhrases.IsPronoun(head) || WordLists.StopWords.Contains(head.Text) ||
                WordLists.VerbModifiers.Contains(head.Text) || RoleLexicon.IsTitle(head.Text) || head.Text.EndsWith("ly", System.StringComparison.Ordinal))
            {
                return false;
            }

            for (int i = k - 2; i >= s.First && k - 1 - i <= NamedPhraseWords; i--)
            {
                Token w = t[i];
                if (!w.IsWord) return false;
                if (w.Is("a") || w.Is("an") || w.Is("another")) return true;
                if (WordLists.StopWords.Contains(w.Text) || WordLists.VerbModifiers.Contains(w.Text) || RoleLexicon.IsTitle(w.Text)) return false;
            }

            return false;
        }
    }
}
