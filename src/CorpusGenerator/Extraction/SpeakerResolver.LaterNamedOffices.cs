using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "“The economy is at a pause,” the economy minister said. “The recovery will continue,” said
    /// economy minister Heizo Takenaka.": news often writes the office first and the name with it
    /// only in the next sentence or paragraph. When no one named before holds the office, the
    /// description stays speakerless; the person named next with that office in their role is it.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>
        /// The one person among <paramref name="names"/> (a sentence's name mentions, read after the
        /// <paramref name="description"/>) first named there and whose role holds every word of the
        /// office description ("economy minister Heizo Takenaka" for "the economy minister"); null
        /// when none or two. Only a title that is no spokesperson's ("the spokesman" is often one
        /// the article never names, and "Andrew Hogg, spokesman for the Medical Foundation" who
        /// speaks next is another). Reads the sentence's names once.
        /// </summary>
        public Entity? LaterNamedHolder(Mention description, List<Mention> names)
        {
            string[] words = description.NameWords;
            if (words.Length == 0) return null;
            string head = words[words.Length - 1];
            if (!RoleLexicon.IsTitle(head) || RoleLexicon.IsOrganisationWord(head) || IsSpokesNoun(head)) return null;
            Entity? found = null;
            foreach (Mention m in names)
            {
                if (m.Kind != MentionKind.Name || m.Span.Start < description.Span.End) continue;
                Entity? e = FindOrCreateName(m, create: false);
                if (e is null || !e.IsPerson || e.Mentions.Count == 0 || e.Mentions.Min.Start < description.Span.End) continue;
                if (!(e.Role is not null && RoleHolds(e.Role, words)) && !WrittenBefore(m.Span.Start, words)) continue;
                if (found is not null && found != e) return null;
                found = e;
            }

            return found;
        }

        /// <summary>
        /// Whether <paramref name="words"/> are written right before the name at <paramref name="start"/>,
        /// as its premodifier ("economy minister Heizo Takenaka") or set off by a comma ("Scottish
        /// Finance Minister, Tom McCabe"), whatever the case: the role the name was given may keep
        /// only its last word ("minister") or another title ("MSP"). Reads the few characters before the name.
        /// </summary>
        private bool WrittenBefore(int start, string[] words)
        {
            int end = start - 1; // the space before the name
            if (end < 1 || text[end] != ' ') return false;
            if (text[end - 1] == ',') end--;
            for (int w = words.Length - 1; w >= 0; w--)
            {
                string word = words[w];
                int from = end - word.Length;
                if (from < 0 || string.Compare(text, from, word, 0, word.Length, System.StringComparison.OrdinalIgnoreCase) != 0) return false;
                if (w > 0 && (from < 1 || text[from - 1] != ' ')) return false;
                end = from - 1;
            }

            if (end < 0) return true;
            if (char.IsLetter(text[end]) || text[end] == '-') return false; // "ex-home secretary"
            int wordEnd = end, wordStart = end;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
            foreach (string modifier in OfficeModifiers)
            {
                // "shadow home secretary David Davis" is not "the home secretary"
                if (wordEnd - wordStart == modifier.Length && string.Compare(text, wordStart, modifier, 0, modifier.Length, System.StringComparison.OrdinalIgnoreCase) == 0) return false;
            }

            return true;
        }
    }
}
