using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "the Commons home affairs committee said", "The prime minister's office said": a body
    /// named by the nouns before the word its official names end in.
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>Tokens read back from a body's noun for the "the" that opens it.</summary>
        private const int BodyModifierReach = 6;

        /// <summary>
        /// Nouns for a business or outlet that "the" and a modifier refer back to, as an epithet
        /// does: "the mining group" is UK Coal, named before, "the research team" its university.
        /// </summary>
        private static readonly WordSet AnaphoricBodyNouns = new WordSet("group", "company", "team", "agency", "network", "news", "press", "media");

        /// <summary>
        /// The "the" (or capitalised possessive) that opens the body noun at <paramref name="head"/>
        /// across the noun modifiers before <paramref name="first"/>, or -1. The description walk
        /// stops at a lower-case modifier that looks like no role ("affairs", "select", "prime"), so
        /// "the Commons home affairs committee said" gave the typed speaker "committee", "the
        /// environment select committee" "committee" and "The prime minister's office"
        /// "minister's office": members no one can tell apart. The phrase is then the speaker as
        /// far as its opening.
        /// <list type="bullet">
        /// <item>Only a noun an official name ends in (<see cref="RoleLexicon.IsOrganisationWord"/>:
        /// "committee", "office", "government", "union", "association"), where the modifiers are
        /// most of the name. An epithet ("the elections watchdog", "the security firm") stands
        /// for a body the article names, before or after: <see cref="EpithetOpening"/> reads it.</item>
        /// <item>Only "the" or a possessive: "an anti-fraud agency has said", "an all-party
        /// committee said" introduce a body the article then names.</item>
        /// <item>Crossed: lower-case words that are no stop word, cue, adverb, superlative or verb
        /// in -ed, and capitalised words ("the Commons education select committee").</item>
        /// <item>Refused after a preposition: "the chairman of the working party" speaks, not the party.</item>
        /// </list>
        /// Reads at most six tokens back from the noun.
        /// </summary>
        private static int BodyOpening(List<Token> t, int first, int head, int sentenceFirst)
        {
            Token noun = t[head];
            if (!noun.IsWord || noun.IsCapitalized || noun.IsPossessive || !RoleLexicon.IsOrganisationWord(noun.Text) || AnaphoricBodyNouns.Contains(noun.Text)) return -1;
            for (int k = first - 1; k >= sentenceFirst && head - k <= BodyModifierReach; k--)
            {
                Token w = t[k];
                if (!w.IsWord || w.Is("a") || w.Is("an")) return -1;
                if (w.Is("the")) return AfterPreposition(t, k, sentenceFirst) ? -1 : k;
                if (w.IsPossessive)
                {
                    // "Germany's BdB private banks association"; "South Korea's" reads on to "South".
                    if (!w.IsCapitalized || k == sentenceFirst) return -1;
                    int open = k;
                    while (open - 1 >= sentenceFirst && t[open - 1].IsCapitalized && !t[open - 1].IsPossessive && head - open < BodyModifierReach) open--;
                    if (open - 1 >= sentenceFirst && t[open - 1].Is("the")) open--;
                    return AfterPreposition(t, open, sentenceFirst) ? -1 : open;
                }

                if (w.IsCapitalized) continue;
                string x = w.Text;
                if (WordLists.StopWords.Contains(x) || CueLexicon.IsCue(x) || x.EndsWith("ly", StringComparison.Ordinal) || x.EndsWith("est", StringComparison.Ordinal) ||
                    (x.EndsWith("ed", StringComparison.Ordinal) && x.IndexOf('-') < 0)) return -1;
            }

            return -1;
        }

        /// <summary>Whether a preposition stands right before token <paramref name="k"/>: the phrase is its object.</summary>
        private static bool AfterPreposition(List<Token> t, int k, int sentenceFirst) =>
            k - 1 >= sentenceFirst && t[k - 1].IsWord && WordLists.Prepositions.Contains(t[k - 1].Text);
    }
}
