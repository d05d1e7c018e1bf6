using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "“I'm qualified now,” said the 28-year-old.", "The 52-year-old made his fortune ...": news
    /// writes a person's age for their name once they are named, as elegant variation. An age
    /// is in no one's role, so the description stayed a speaker named as written and the quote
    /// had no one; it is the person last spoken of who has a full name.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>Whether <paramref name="mention"/> is "the N-year-old", with at most a noun after it ("the 22-year-old striker").</summary>
        private static bool IsAgedDescription(Mention mention)
        {
            string[] words = mention.Text.Split(' ');
            if (words.Length < 2 || words.Length > 3 || !words[0].Equals("the", StringComparison.OrdinalIgnoreCase)) return false;
            string age = words[1];
            int dash = age.IndexOf('-');
            return dash > 0 && age.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase) && char.IsDigit(age[0]);
        }

        /// <summary>
        /// The person an unnamed source "the 28-year-old" stands for: the person last spoken of
        /// with a full name; null for any other unnamed source ("one employee"), which stays unknown.
        /// </summary>
        public Entity? ResolveAged(Mention mention)
        {
            if (!IsAgedDescription(mention) || LastNamedPerson() is not Entity e) return null;
            e.Mentions.Add(mention.Span);
            Touch(e);
            return e;
        }

        /// <summary>The person last spoken of with a full name, or null.</summary>
        private Entity? LastNamedPerson()
        {
            foreach (Entity e in recent)
            {
                if (e.IsPerson && !e.IsUnknown && e.Key.IndexOf(' ') > 0) return e;
            }

            return null;
        }
    }
}
