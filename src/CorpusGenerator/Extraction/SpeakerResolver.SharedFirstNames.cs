using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// A first name two people share ("Hannah" with "Hannah B" and "Hannah G"): which of them a
    /// first name alone stands for, when the text lets one tell.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>Characters back (about a paragraph or two) within which a shared first name finds its full name.</summary>
        private const int SharedFirstNameReach = 1000;

        private static readonly WordSet PersonPronouns = new WordSet("he", "she", "his", "her", "him");

        /// <summary>
        /// "Hannah" after "One-on-one date with Hannah B": of several people with one first name,
        /// a first name alone is the one whose full name was written last before it.
        /// </summary>
        private static Entity? LastNamedBefore(List<Entity> candidates, int position)
        {
            // Only someone just named: a full name paragraphs back is as likely not the one meant
            // ("Creative" the company, long after "Creative Zen Micro Photo" the player).
            Entity? best = null;
            int bestStart = position - SharedFirstNameReach - 1;
            foreach (Entity e in candidates)
            {
                int start = LastMentionBefore(e, position);
                if (start >= 0 && start > bestStart)
                {
                    best = e;
                    bestStart = start;
                }
            }

            return best;
        }

        /// <summary>Whether "he", "she", "his", "her" or "him" follows <paramref name="from"/> in its sentence.</summary>
        private bool PersonPronounFollows(int from)
        {
            int limit = System.Math.Min(text.Length, from + 300);
            for (int i = from; i < limit; i++)
            {
                char c = text[i];
                if (c == '.' || c == '!' || c == '?' || c == '\n') return false;
                if ((c != 'h' && c != 's' && c != 'H' && c != 'S') || (i > 0 && char.IsLetter(text[i - 1]))) continue;
                int end = i;
                while (end < limit && char.IsLetter(text[end])) end++;
                if (PersonPronouns.Contains(text.Substring(i, end - i))) return true;
                i = end;
            }

            return false;
        }

        /// <summary>Where the last mention of <paramref name="entity"/> before <paramref name="position"/> starts, or -1.</summary>
        private static int LastMentionBefore(Entity entity, int position)
        {
            if (entity.Mentions.Count == 0 || entity.Mentions.Min.Start >= position) return -1;
            return entity.Mentions.GetViewBetween(entity.Mentions.Min, new TextRange(position, position)).Max.Start;
        }
    }
}
