using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Vice President Joseph R. Biden Jr. said ...", then "Mr. Biden said": a person's full name
    /// ending in a generation suffix ("Jr", "Sr", "III") is filed under the surname before the
    /// suffix as well. Filed only under "JR", it was found by no later "Biden", which became a
    /// second typed speaker beside "Joseph R. Biden Jr" (polnear-train: Biden, Verdery, Harris,
    /// Brooks; BBC: "Evans" beside "Charles Evans Jr"). The suffix tells a son from his father,
    /// so a lone surname finds the suffixed name only when no other name has that surname
    /// ("Mr. Trump" beside "Donald Trump Jr" is still Donald J. Trump), and a full name without
    /// the suffix never finds it.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>Generation suffixes a full name may end with (a closed class).</summary>
        private static readonly WordSet GenerationSuffixes = new WordSet("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

        /// <summary>
        /// Files a person named by two words or more and a generation suffix under the word before
        /// the suffix too. A name that is no person's stays under its last word ("World War II").
        /// </summary>
        private void FileUnderSurnameBeforeSuffix(Entity entity, string[] words)
        {
            int last = words.Length - 1;
            if (!entity.IsPerson || last < 2 || !GenerationSuffixes.Contains(words[last])) return;
            string surname = SurnameKey(words[last - 1]);
            if (!bySurname.TryGetValue(surname, out List<Entity>? list)) bySurname[surname] = list = new List<Entity>();
            list.Add(entity);
        }

        /// <summary>Whether some mention of <paramref name="entity"/> comes before <paramref name="at"/>: of a father and a son, the one named already.</summary>
        private static bool NamedBefore(Entity entity, int at) => entity.Mentions.Count > 0 && entity.Mentions.Min.Start < at;

        /// <summary>Whether <paramref name="candidate"/> is filed under <paramref name="surname"/> by its own last word, not as a suffixed name's surname.</summary>
        private static bool IsFiledUnder(Entity candidate, string surname) => string.Equals(candidate.SurnameKey, surname, System.StringComparison.Ordinal);
    }
}
