using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"the Liberal Democrats", "the Conservative Party", "General Motors": a title word that opens a group's name.</summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// Whether the capitalised run <paramref name="first"/>..<paramref name="end"/>, whose
        /// title words end right before <paramref name="nameFirst"/>, is the name of a group
        /// rather than a title and a person: the one word left after the title is a plural
        /// people noun or organisation word ("Democrats", "Conservatives", "Motors") or "Party".
        /// No one's name is such a word alone, so splitting gave a speaker "Democrats" with the
        /// role "Liberal", or "Party" with the role "Conservative". A singular word stays a
        /// surname ("President Park", "Judge Hall", "Captain Fox").
        /// </summary>
        private static bool NamesGroupAfterTitle(List<Token> t, int first, int nameFirst, int end)
        {
            if (nameFirst <= first || end - nameFirst != 1 || t[nameFirst].IsPossessive || RoleLexicon.IsHonorific(t[nameFirst - 1].Text)) return false;
            for (int i = first; i < end; i++)
            {
                // "many liberal Democrats": a lower-case modifier describes the group, it names none.
                if (!t[i].IsWord || !t[i].IsCapitalized) return false;
            }

            return IsGroupHead(t[nameFirst].Text);
        }

        /// <summary>"Democrats", "Officials", "Motors", "Party": a word that heads the name of a group, never a person's.</summary>
        internal static bool IsGroupHead(string word)
        {
            string w = word.ToLowerInvariant();
            if (w == "party") return true;
            bool plural = w.Length > 3 && w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal);
            return plural && (RoleLexicon.IsSourceNoun(w) || RoleLexicon.IsOrganisationWord(w));
        }
    }
}
