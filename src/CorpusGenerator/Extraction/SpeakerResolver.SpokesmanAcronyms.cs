using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "A spokesman for the British Phonographic Industry (BPI) said ... The BPI spokesman
    /// described": a spokesman described by the acronym of the body he speaks for is the unnamed
    /// spokesman already quoted for it.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        private static readonly WordSet SpokesNouns = new WordSet("spokesman", "spokeswoman", "spokesperson");

        /// <summary>
        /// The recent unnamed "spokesman for ..." whose organisation <paramref name="description"/>
        /// names by its acronym or its words ("The BPI spokesman", "the Unison spokesman"), else
        /// null. Such a group is no person, so the look for the last person quoted passed it by
        /// and found no one; every capitalised word of the description must be in the group's
        /// name or be the initials of the capitalised words after its noun, so "the Tory
        /// spokesman" is not "A spokesman for UKIP". Looks at the short recent list only.
        /// </summary>
        private Entity? SpokesGroupFor(string[] description)
        {
            if (description.Length < 2 || description.Length > 4 || !SpokesNouns.Contains(description[description.Length - 1])) return null;
            string head = description[description.Length - 1];
            foreach (Entity e in recent)
            {
                if (e.IsPerson || e.IsUnknown) continue;
                int at = e.Name.IndexOf(" " + head + " ", StringComparison.OrdinalIgnoreCase);
                if (at < 0) continue;
                string organisation = e.Name.Substring(at + head.Length + 2);
                bool all = true;
                for (int i = 0; i < description.Length - 1 && all; i++)
                {
                    string w = description[i];
                    all = w.Length > 0 && char.IsUpper(w[0]) && (ContainsWord(organisation, w) || w == InitialsOf(organisation));
                }

                if (all) return e;
            }

            return null;
        }

        /// <summary>"BPI" for "for the British Phonographic Industry": the first letters of its capitalised words.</summary>
        private static string InitialsOf(string phrase)
        {
            var initials = new System.Text.StringBuilder();
            bool start = true;
            foreach (char c in phrase)
            {
                if (start && char.IsUpper(c)) initials.Append(c);
                start = c == ' ';
            }

            return initials.ToString();
        }
    }
}
