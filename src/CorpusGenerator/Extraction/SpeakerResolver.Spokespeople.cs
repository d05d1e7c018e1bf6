using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "A BBC spokeswoman said ... She said": an unnamed spokesman or spokeswoman is no person the
    /// article names, yet it is whom the next "he" or "she" goes on about, not the person named
    /// before it.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>
        /// Gives an unnamed "spokesman" the gender its noun says, so that a pronoun of that gender can
        /// refer to it. Only these two nouns, not every gendered one of <see cref="RoleGender"/>: a
        /// spokesman is someone else than the people named, but "the businessman" or "his brother"
        /// is most often a person already named: with every gendered noun, six polnear quotes of
        /// named people (three of Donald Trump's) went to "the businessman", "his brother" or "my
        /// mother".
        /// </summary>
        private static void NoteSpokesGender(Entity entity, Mention mention)
        {
            if (entity.IsPerson || entity.IsUnknown || entity.TitledGender != '\0' || mention.NameWords.Length == 0) return;
            string head = mention.NameWords[mention.NameWords.Length - 1];
            if (head.Equals("spokesman", StringComparison.OrdinalIgnoreCase)) entity.TitledGender = 'm';
            else if (head.Equals("spokeswoman", StringComparison.OrdinalIgnoreCase)) entity.TitledGender = 'f';
        }
    }
}
