using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// Speakers the article names alike are one: "Electronic Arts" and its "EA" once spelled out,
    /// "Analysts" opening a sentence and "analysts" later, or "The National Audit Office" and
    /// "National Audit Office". Left apart they would be two typed
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
                string key = WithoutArticle(speaker.Name);
                if (!byName.TryGetValue(key, out Entity? first))
                {
                    byName.Add(key, speaker);
                    kept.Add(speaker);
                    continue;
                }

                first.Mentions.UnionWith(speaker.Mentions);
                first.Role ??= speaker.Role;
                merged.Add((speaker, first));
            }

            return kept;
        }

        /// <summary>
        /// The name without an article opening it, when a capital follows: "The National Audit
        /// Office" and "National Audit Office", "The Football Association" and "Football
        /// Association" are one body, named with its article where a sentence opens on it
        /// ("The National Audit Office said") and without it where an acronym is spelled out
        /// ("The NAO urged") or the "the" stays outside the name ("according to the IMF"). Left
        /// apart they were two typed members for one speaker in 24 BBC articles. A lower-case word
        /// after the article ("the government") keeps the name whole.
        /// </summary>
        private static string WithoutArticle(string name)
        {
            if (name.Length > 4 && (name[0] == 'T' || name[0] == 't') && name[1] == 'h' && name[2] == 'e' && name[3] == ' ' && char.IsUpper(name[4])) return name.Substring(4);
            return name;
        }
    }
}
