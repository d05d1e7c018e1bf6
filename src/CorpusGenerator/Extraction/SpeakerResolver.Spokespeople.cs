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
        /// <summary>Gives an unnamed "spokesman" the gender its noun says, so that a pronoun of that gender can refer to it.</summary>
        private static void NoteSpokesGender(Entity entity, Mention mention)
        {
            if (entity.IsPerson || entity.IsUnknown || entity.TitledGender != '\0' || mention.NameWords.Length == 0) return;
            string head = mention.NameWords[mention.NameWords.Length - 1];
            if (head.Equals("spokesman", StringComparison.OrdinalIgnoreCase)) entity.TitledGender = 'm';
            else if (head.Equals("spokeswoman", StringComparison.OrdinalIgnoreCase)) entity.TitledGender = 'f';
        }
    }
}
