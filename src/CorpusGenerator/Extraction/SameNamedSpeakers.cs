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

            return MergeCompoundSurnames(kept, merged);
        }

        /// <summary>
        /// "said Carlos Baez Silva", then "Mr Baez Silva estimated": a person named by two words
        /// that end another person's name after one given name is that person, whose surname is
        /// the two words (Spanish double surnames, "Saumarez Smith", "Duncan Smith", "Van
        /// Hollen"). The surname lookup reads a two-word name as a given name and a surname, so
        /// "Baez Silva" became a typed speaker of its own, cut short. The full name is kept, with
        /// the mentions of both. Only people, and only when the word before is capitalised and no
        /// determiner ("Several Opec members" is no one's name).
        /// </summary>
        private static List<Entity> MergeCompoundSurnames(List<Entity> speakers, List<(Entity Merged, Entity Into)> merged)
        {
            Dictionary<string, Entity>? people = null;
            foreach (Entity speaker in speakers)
            {
                if (!speaker.IsPerson || speaker.Name.IndexOf(' ') < 0) continue;
                people ??= new Dictionary<string, Entity>(StringComparer.Ordinal);
                if (!people.ContainsKey(speaker.Name)) people.Add(speaker.Name, speaker);
            }

            if (people is null || people.Count < 2) return speakers;
            List<Entity>? kept = null;
            foreach (Entity full in speakers)
            {
                if (!full.IsPerson) continue;
                string name = full.Name;
                int space = name.IndexOf(' ');
                if (space <= 0 || name.IndexOf(' ', space + 1) < 0 || !char.IsUpper(name[0]) || WordLists.Determiners.Contains(name.Substring(0, space))) continue;
                string tail = name.Substring(space + 1);
                if (!char.IsUpper(tail[0]) || !people.TryGetValue(tail, out Entity? part) || part == full) continue;
                full.Mentions.UnionWith(part.Mentions);
                full.Role ??= part.Role;
                for (int m = 0; m < merged.Count; m++)
                {
                    if (merged[m].Into == part) merged[m] = (merged[m].Merged, full); // a same-named speaker merged into the part before
                }

                merged.Add((part, full));
                people.Remove(tail);
                kept ??= new List<Entity>(speakers);
                kept.Remove(part);
            }

            return kept ?? speakers;
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
