using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"city staff" in an article about the City of Surrey: the group it also calls "Surrey staff".</summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>Distinct phrases searched for at most: each search reads the article once, so resolving stays linear.</summary>
        private const int MaxPhraseSearches = 16;

        /// <summary>Whether the article writes a phrase, asked once per phrase.</summary>
        private readonly Dictionary<string, bool> writtenPhrases = new Dictionary<string, bool>(StringComparer.Ordinal);

        /// <summary>
        /// "city staff", "city officials": a group of the government a lone "the city" names ("the
        /// City of Surrey"), which the article may also call by the place's name ("Surrey staff").
        /// When it does, both are one group under that name; otherwise null, and the group stays
        /// as written.
        /// </summary>
        private Entity? GroupNamedByItsPlace(Mention mention)
        {
            string[] words = mention.NameWords;
            if (words.Length != 2 || !GeographicHeads.Contains(words[0]) || !char.IsLower(words[0][0])) return null;
            if (GovernmentOf(words[0]) is not Entity government) return null;
            int of = government.Name.IndexOf(" of ", StringComparison.OrdinalIgnoreCase);
            if (of < 0) return null;
            string named = government.Name.Substring(of + 4) + " " + words[1];
            if (!writtenPhrases.TryGetValue(named, out bool written))
            {
                if (writtenPhrases.Count >= MaxPhraseSearches) return null;
                written = text.IndexOf(named, StringComparison.Ordinal) >= 0;
                writtenPhrases[named] = written;
            }

            if (!written) return null;
            string key = "#" + named.ToUpperInvariant();
            if (byKey.TryGetValue(key, out Entity? known)) return known;
            var entity = new Entity(named, key, key, isPerson: false, entities.Count);
            Add(entity);
            return entity;
        }
    }
}
