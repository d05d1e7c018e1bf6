using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// Spells out an organisation's acronym from the name the article writes out in full:
    /// "IRCC" → "Immigration, Refugees and Citizenship Canada", "NRA" → "National Rifle Association".
    /// One pass over the text, looking back at most <see cref="MaxWords"/> capitalised words from each.
    /// </summary>
    internal static class Acronyms
    {
        private const int MaxWords = 8;

        private static readonly WordSet Connectors = new WordSet("and", "of", "for", "the", "on", "&");

        /// <summary>The acronym of <paramref name="name"/> ("IRCC", "the IRCC"), or null when it is not one.</summary>
        public static string? AcronymOf(string name)
        {
            string bare = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name.Substring(4) : name;
            if (bare.Length < 2 || bare.Length > 6) return null;
            foreach (char c in bare)
            {
                if (c < 'A' || c > 'Z') return null;
            }

            return bare;
        }

        /// <summary>
        /// The first written-out name in <paramref name="text"/> of each of <paramref name="wanted"/>,
        /// by initials. Only the acronyms asked are matched: building every run's initials as a
        /// string, to look up, cost more than the scan.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        public static Dictionary<string, string> Expansions(string text, IReadOnlyList<string> wanted)
        {
            var found = new Dictionary<string, string>(StringComparer.Ordinal);
            var starts = new List<int>(); // capitalised words of the current run: start offsets
            var ends = new List<int>();
            var initials = new List<char>();
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (!char.IsLetter(c))
                {
                    // A comma or a space continues a run ("Immigration, Refugees"); anything else ends it.
                    if (c != ' ' && c != ',' && c != '&') Clear(starts, ends, initials);
                    i++;
                    continue;
                }

                int start = i;
                while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-' || text[i] == '\'' || text[i] == '\u2019')) i++;
                if (i - 2 > start && (text[i - 1] == 's' || text[i - 1] == 'S') && (text[i - 2] == '\'' || text[i - 2] == '\u2019')) i -= 2; // "Press’s"
                while (i - 1 > start && (text[i - 1] == '\'' || text[i - 1] == '\u2019' || text[i - 1] == '-')) i--; // "Press’"
                // The word is text[start, i): asked in place, not cut out, since most are not capitalised.
                if (char.IsUpper(text[start]) && NounPhrases.IsWeekday(text, start, i - start))
                {
                    // "the Labour Party on Monday", "Mr Furse on Thursday": a weekday dates the
                    // words before it and names nothing, so it ends the run; else "PM" and "FT"
                    // were spelled out as "Party on Monday" and "Furse on Thursday".
                    Clear(starts, ends, initials);
                }
                else if (char.IsUpper(text[start]) && !Connectors.Contains(text, start, i - start))
                {
                    starts.Add(start);
                    ends.Add(i);
                    initials.Add(text[start]);
                    if (starts.Count > MaxWords)
                    {
                        starts.RemoveAt(0);
                        ends.RemoveAt(0);
                        initials.RemoveAt(0);
                    }

                    // Every run of two or more capitalised words ending here whose initials spell a wanted acronym.
                    foreach (string acronym in wanted)
                    {
                        int n = acronym.Length;
                        if (n < 2 || n > initials.Count || found.ContainsKey(acronym) || !EndsWithInitials(initials, acronym)) continue;
                        int first = initials.Count - n;
                        // "operators such as BT and Telewest": a run that opens with the acronym
                        // itself only lists it beside another body, and spells nothing out; else
                        // "BT announced" was named "BT and Telewest".
                        if (ends[first] - starts[first] == n && string.CompareOrdinal(text, starts[first], acronym, 0, n) == 0) continue;
                        if (NamesAnOffice(text, starts, ends, first)) continue;
                        found[acronym] = text.Substring(starts[first], i - starts[first]);
                    }
                }
                else if (!Connectors.Contains(text, start, i - start))
                {
                    Clear(starts, ends, initials);
                }
            }

            return found;
        }

        /// <summary>
        /// Whether the run's words from <paramref name="first"/> on are all title words ("Under
        /// Secretary", "Prime Minister"): an office, which is no organisation's written-out name.
        /// "said Treasury Under Secretary John Taylor" spelled out "the US" of the same article as
        /// "Under Secretary", the name of its typed speaker.
        /// </summary>
        private static bool NamesAnOffice(string text, List<int> starts, List<int> ends, int first)
        {
            for (int k = first; k < starts.Count; k++)
            {
                string word = text.Substring(starts[k], ends[k] - starts[k]);
                if (!RoleLexicon.IsTitle(word) && !(word == "Under" && k + 1 < starts.Count)) return false;
            }

            return true;
        }

        /// <summary>Whether the last initials of the run spell <paramref name="acronym"/>.</summary>
        private static bool EndsWithInitials(List<char> initials, string acronym)
        {
            int first = initials.Count - acronym.Length;
            for (int k = 0; k < acronym.Length; k++)
            {
                if (initials[first + k] != acronym[k]) return false;
            }

            return true;
        }

        private static void Clear(List<int> starts, List<int> ends, List<char> initials)
        {
            starts.Clear();
            ends.Clear();
            initials.Clear();
        }
    }
}
