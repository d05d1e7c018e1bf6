using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// Speakers the article names alike are one: "Electronic Arts" and its "EA" once spelled out,
    /// or "Analysts" opening a sentence and "analysts" later. Left apart they would be two typed
    /// members, the second renamed (<c>Analysts2</c>) with a CORPUS006 warning.
    /// </summary>
    internal static class SameNamedSpeakers
    {
        /// <summary>
        /// The speakers with each name once (compared ignoring case), in order; a later speaker's
        /// mentions and, when the first has none, its role go to the first with its name, and the
        /// pair is added to <paramref name="merged"/> so its quotes can follow.
        /// </summary>
        public static List<Entity> Merge(List<Entity> speakers, List<(Entity Merged, Entity Into)> merged)
        {
            var kept = new List<Entity>(speakers.Count);
            var byName = new Dictionary<string, Entity>(StringComparer.OrdinalIgnoreCase);
            foreach (Entity speaker in speakers)
            {
                if (!byName.TryGetValue(speaker.Name, out Entity? first))
                {
                    byName.Add(speaker.Name, speaker);
                    kept.Add(speaker);
                    continue;
                }

                first.Mentions.UnionWith(speaker.Mentions);
                first.Role ??= speaker.Role;
                merged.Add((speaker, first));
            }

            return kept;
        }
    }
}
