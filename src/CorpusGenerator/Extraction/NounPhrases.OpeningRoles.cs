using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Producer Kevin Wallace said", "Novelists Ann Lee and ...": a role noun capitalised only because it opens the sentence.</summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// Role nouns without an agent ending that match reports put before a player's name
        /// ("Wing Christophe Dominici", "Prop Adam Jones"), and ordinals ("First Mark Cueto
        /// scored"): no one's given name.
        /// </summary>
        private static readonly WordSet OpeningRoleWords = new WordSet(
            "wing", "prop", "lock", "centre", "fullback", "first", "second", "third", "fourth", "fifth");

        /// <summary>
        /// Whether token <paramref name="i"/> is an agent noun ("Producer", "Actor", "Sprinter",
        /// "Novelist", "Producers", "Judges", "Musician", "Referee", "Magistrate") that is
        /// capitalised only because it opens the sentence. Before
        /// a full name (the caller asks for two name words after it) it is the person's role, as
        /// "producer Kevin Wallace" is mid-sentence; without this the role was glued into the
        /// name ("Producer Kevin Wallace"). A given name with such an ending ("Walter", "Tyler")
        /// opens a run of two words, which the caller never takes. <see cref="OpeningRoleWords"/>
        /// count too.
        /// </summary>
        private static bool IsOpeningAgentNoun(List<Token> t, int i)
        {
            string w = t[i].Text;
            if (OpeningRoleWords.Contains(w) && OpensSentence(t, i) && !t[i].IsPossessive) return true;
            if (w.Length < 6 || !OpensSentence(t, i) || WordLists.StopWords.Contains(w)) return false;
            for (int k = 1; k < w.Length; k++)
            {
                if (!char.IsLower(w[k])) return false;
            }

            if (w.EndsWith("er", StringComparison.Ordinal) || w.EndsWith("or", StringComparison.Ordinal) || w.EndsWith("ist", StringComparison.Ordinal) ||
                w.EndsWith("ers", StringComparison.Ordinal) || w.EndsWith("ors", StringComparison.Ordinal) || w.EndsWith("ists", StringComparison.Ordinal))
            {
                return true;
            }

            // "Judges Simon Cowell": the plural of a title; "Musician", "Californian" (not "Brian",
            // "Adrian"), "Referee", "Magistrate" (not "Kate"): longer words with other agent endings.
            string lower = WordSet.LowerUnlessAscii(w); // the sets fold case themselves
            if ((lower[lower.Length - 1] == 's' || lower[lower.Length - 1] == 'S') && (RoleLexicon.IsTitle(lower.Substring(0, lower.Length - 1)) || RoleLexicon.IsSourceNoun(lower))) return true;
            return (w.Length >= 8 && (w.EndsWith("ian", StringComparison.Ordinal) || w.EndsWith("ate", StringComparison.Ordinal))) || w.EndsWith("ee", StringComparison.Ordinal);
        }
    }
}
