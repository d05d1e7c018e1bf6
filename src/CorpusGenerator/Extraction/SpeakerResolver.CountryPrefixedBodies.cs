using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "In a statement the US Department of Justice said ... The Department of Justice said that
    /// both men pleaded guilty": a body named again without the country word that opened its
    /// name ("US", "UK", "British") is the same body, not a second one. Typed apart, the article
    /// had two speakers for one department (BBC tech/075, tech/303).
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>Country words that open a national body's name besides the nationalities: "US", "UK".</summary>
        private static readonly WordSet CountryAbbreviations = new WordSet("US", "UK", "U.S.", "U.K.");

        /// <summary>
        /// The body in <paramref name="sameLastWord"/> (entities whose name ends in the same word)
        /// whose key is <paramref name="key"/> after one country word, when the name
        /// <paramref name="words"/> holds an organisation word; else null. Only one such body:
        /// with two ("the US State Department", "the UK State Department") the name is no one's.
        /// </summary>
        private static Entity? CountryPrefixedBody(string[] words, string key, List<Entity>? sameLastWord)
        {
            if (sameLastWord is null || words.Length < 2 || !HasOrganisationWord(words)) return null;
            Entity? found = null;
            // Bounded as the name lookup is: 1 MB of "Until December Qabcd Corp said" lines took
            // 3.9 s against 1.3 s for half the text when this scanned every body ending in "Corp".
            for (int c = FirstRecentCandidate(sameLastWord); c < sameLastWord.Count; c++)
            {
                Entity candidate = sameLastWord[c];
                string k = candidate.Key;
                int space = k.IndexOf(' ');
                if (candidate.IsPerson || space <= 0 || k.Length != space + 1 + key.Length || !k.EndsWith(key, StringComparison.Ordinal)) continue;
                string country = k.Substring(0, space);
                if (!CountryAbbreviations.Contains(country) && !RoleLexicon.IsNationality(country)) continue;
                if (found is not null && !ReferenceEquals(found, candidate)) return null;
                found = candidate;
            }

            return found;
        }
    }
}
