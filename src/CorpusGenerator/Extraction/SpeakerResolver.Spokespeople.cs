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
        /// <summary>
        /// Whether <paramref name="head"/> is "spokesman", "spokeswoman" or "spokesperson". "The
        /// spokesman said" whose role no one named holds was given to the last person quoted or
        /// with a role: the Prime Minister's spokesman's words to Tony Blair, a Downing Street
        /// spokesman's (asked about Alastair Campbell) to Alastair Campbell, an Iranian club's
        /// spokesman's to its striker, a Rangers spokesman's to the Rangers manager. A spokesman
        /// speaks for the people named and is not one of them, so that last fallback stops at anyone
        /// known as a person (a role, an honorific, a pronoun already theirs). Two capitalised words
        /// with none of these are as often the organisation the spokesman speaks for ("Scotland
        /// Yard", "Downing St", "the British Phonographic Industry") and are still taken. Only a bare
        /// "the spokesman": with a modifier ("the Tory spokesman", "the BPI spokesman") the person
        /// last quoted was as often the one meant ("he asked. The Tory spokesman also criticised"),
        /// and a first version that covered those lost four right speakers in twenty.
        /// </summary>
        private static bool IsSpokesNoun(string head) =>
            head.Equals("spokesman", StringComparison.OrdinalIgnoreCase) || head.Equals("spokeswoman", StringComparison.OrdinalIgnoreCase) ||
            head.Equals("spokesperson", StringComparison.OrdinalIgnoreCase);

        /// <summary>A role (not only where it is from: "British Phonographic Industry"), an honorific or a pronoun already resolved to it says <paramref name="e"/> is a person.</summary>
        private static bool KnownAsPerson(Entity e) => (e.Role is not null && !NounPhrases.IsOriginRole(e.Role)) || e.TitledGender != '\0' || e.Gender != '\0';

        private static void NoteSpokesGender(Entity entity, Mention mention)
        {
            if (entity.IsPerson || entity.IsUnknown || entity.TitledGender != '\0' || mention.NameWords.Length == 0) return;
            string head = mention.NameWords[mention.NameWords.Length - 1];
            if (head.Equals("spokesman", StringComparison.OrdinalIgnoreCase)) entity.TitledGender = 'm';
            else if (head.Equals("spokeswoman", StringComparison.OrdinalIgnoreCase)) entity.TitledGender = 'f';
        }
    }
}
