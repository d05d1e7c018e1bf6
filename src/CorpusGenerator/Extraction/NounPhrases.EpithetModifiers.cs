using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "the elections watchdog has said", "an anti-fraud agency has said", "the Commons standards
    /// and privileges committee said": a source noun after noun modifiers the role walk does not
    /// take keeps them and its determiner.
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// The determiner or possessive that opens the source noun at <paramref name="head"/> across
        /// the noun modifiers before <paramref name="first"/>, or -1. The description walk takes
        /// only modifiers that look like a role's ("senior", "Iraqi"), and <see cref="BodyOpening"/>
        /// only a body's official name after "the" or a possessive; any other modifier ended the
        /// walk at the head, so the typed speaker was the bare noun: "the elections watchdog" gave
        /// `watchdog` (BBC, six times), "the mining group" `group`, "an anti-fraud agency"
        /// `agency`, "the Commons standards and privileges committee" `committee` — a member no
        /// reader can tell apart from any other, and no longer a definite description that can
        /// stand for the body the article named before ("the mining group" after "UK Coal").
        /// <list type="bullet">
        /// <item>Opened by "the", "a", "an", "one", "another", a possessive pronoun ("its security
        /// team") or a possessive ("Australia's competition watchdog", "the company's research team").</item>
        /// <item>Crossed: capitalised words, and lower-case words that are no stop word, count, cue,
        /// adverb in -ly, superlative or verb in -ed (a hyphenated "Paris-based" is a modifier);
        /// "and" only between two such words ("science and technology committee").</item>
        /// <item>Refused after a preposition: "the chairman of the working party" speaks, not the party.</item>
        /// </list>
        /// Reads at most six tokens back from the noun.
        /// </summary>
        private static int EpithetOpening(List<Token> t, int first, int head, int sentenceFirst)
        {
            // Not a person's title: "A Vancouver peewee hockey coach says" is Stephen Gillis, named
            // next; as written it was a second person beside him (GGT), and "His former business
            // partner at Lenox" took Lawrence B. Cummings's words (PolNeAR).
            if (!t[head].IsWord || t[head].IsCapitalized || (RoleLexicon.IsTitle(t[head].Text) && !RoleLexicon.IsOrganisationWord(t[head].Text))) return -1;
            for (int k = first - 1; k >= sentenceFirst && head - k <= BodyModifierReach; k--)
            {
                Token w = t[k];
                if (!w.IsWord) return -1;
                if (w.Is("the") || IsIndefiniteOpening(w) || PossessivePronouns.Contains(w.Text))
                {
                    // "according to a fact sheet lawmakers released": "a" is the sheet's, never a plural's.
                    if (IsIndefiniteOpening(w) && IsPluralNoun(t[head].Text)) return -1;
                    return AfterPreposition(t, k, sentenceFirst) || PluralAfterTimeWord(t, k, head, sentenceFirst) ? -1 : k;
                }

                if (w.IsPossessive)
                {
                    // "Australia's competition watchdog", "South Korea's" read on to "South"; "the firm's security team".
                    int open = k;
                    if (w.IsCapitalized)
                    {
                        while (open - 1 >= sentenceFirst && t[open - 1].IsCapitalized && !t[open - 1].IsPossessive && head - open < BodyModifierReach) open--;
                    }

                    if (open - 1 >= sentenceFirst && (t[open - 1].Is("the") || t[open - 1].Is("a") || t[open - 1].Is("an"))) open--;
                    else if (!w.IsCapitalized) return -1; // "officials' research team": whose is not said
                    return AfterPreposition(t, open, sentenceFirst) ? -1 : open;
                }

                if (w.IsCapitalized) continue;
                if (w.Is("and") && k + 1 < first && k - 1 >= sentenceFirst && IsEpithetModifier(t[k - 1]) && IsEpithetModifier(t[k + 1])) continue;
                // "the assembly government", "the weekly magazine": a word in -ly right before the
                // noun, which an adverb never is in a noun phrase; further back it may be one.
                if (!IsEpithetModifier(w) && !(k == head - 1 && IsEpithetModifier(w, allowLy: true))) return -1;
            }

            return -1;
        }

        /// <summary>Words that open a time phrase whose object a determiner may begin: "before the auction", "after the match".</summary>
        private static readonly WordSet TimeWords = new WordSet("before", "after", "during", "since", "until", "till", "following");

        /// <summary>
        /// "Hours before the auction lawyers for Menatep ... said": a plural needs no determiner, so
        /// the "the" after a time word is its object's ("the auction"), and the plural alone is the
        /// subject. A singular noun needs one: "after the mining group reported" is the group's.
        /// </summary>
        private static bool PluralAfterTimeWord(List<Token> t, int k, int head, int sentenceFirst)
        {
            return IsPluralNoun(t[head].Text) && k - 1 >= sentenceFirst && t[k - 1].IsWord && TimeWords.Contains(t[k - 1].Text);
        }

        /// <summary>A noun in -s (not -ss) or "police": "lawyers", "police"; not "press", "news"... which end no epithet here.</summary>
        private static bool IsPluralNoun(string noun) =>
            noun.Equals("police", StringComparison.OrdinalIgnoreCase) || (noun.Length > 3 && noun.EndsWith("s", StringComparison.Ordinal) && !noun.EndsWith("ss", StringComparison.Ordinal));

        /// <summary>"a", "an", "one", "another": a singular's indefinite opening ("one longtime friend said", "One intelligence source said").</summary>
        internal static bool IsIndefiniteOpening(Token w) => w.Is("a") || w.Is("an") || w.Is("one") || w.Is("another");

        /// <summary>Possessive pronouns that open a description as "the" does: "its security team said".</summary>
        private static readonly WordSet PossessivePronouns = new WordSet("his", "her", "its", "their", "our");

        /// <summary>"his", "her", "its", "their", "our": a possessive pronoun, which opens a noun phrase as "the" does.</summary>
        internal static bool IsPossessivePronoun(Token w) => w.IsWord && PossessivePronouns.Contains(w.Text);

        /// <summary>A lower-case word that can modify a noun: no stop word, count, cue, adverb in -ly, superlative or unhyphenated verb in -ed.</summary>
        private static bool IsEpithetModifier(Token w, bool allowLy = false)
        {
            if (!w.IsWord || w.IsCapitalized || w.IsPossessive) return false;
            string x = w.Text;
            // A count ends the modifiers: "a story detailing four domestic-abuse police reports".
            return !(WordLists.StopWords.Contains(x) || IsCountWord(x) || CueLexicon.IsCue(x) || (!allowLy && x.EndsWith("ly", StringComparison.Ordinal)) ||
                     x.EndsWith("est", StringComparison.Ordinal) || (x.EndsWith("ed", StringComparison.Ordinal) && x.IndexOf('-') < 0));
        }
    }
}
