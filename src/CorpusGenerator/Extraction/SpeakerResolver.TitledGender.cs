using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Mr Kilroy-Silk", "Ms Blackman": the honorific written before a name tells whom "he" and
    /// "she" can refer to. Without it the latest person spoken of takes either pronoun until one
    /// resolves to them, so "Ms Blackman said she was proud ... On Thursday, he told" went to her.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        private static readonly WordSet MaleHonorifics = new WordSet("mr", "sir", "lord");

        private static readonly WordSet FemaleHonorifics = new WordSet("mrs", "ms", "miss", "lady", "dame");

        /// <summary>Records the gender the honorific before <paramref name="mention"/> gives its entity; two that disagree ("Mr Howard", "Mrs Howard") give none.</summary>
        private void NoteHonorificGender(Entity entity, Mention mention)
        {
            if (!entity.IsPerson && !entity.IsUnknown) return;

            // "Michael Jackson" and "Katherine Jackson": which of them "Mr Jackson" is, the
            // surname alone does not say, and the wrong one would lose the pronoun that is hers.
            if (mention.NameWords.Length == 1 && bySurname.TryGetValue(entity.SurnameKey, out var sharing) && sharing.Count > 1) return;
            char gender = HonorificGenderBefore(mention.Span.Start);
            if (gender == '\0') gender = NounPhrases.PeerTitleGender(mention.Text); // "Lord Woolf": the title is inside the name
            if (gender == '\0') return;
            if (entity.TitledGender == '\0') entity.TitledGender = gender;
            else if (entity.TitledGender != gender) entity.TitledGender = '?';
        }

        /// <summary>'m' for "Mr"/"Sir"/"Lord" right before <paramref name="start"/>, 'f' for "Mrs"/"Ms"/"Miss"/"Lady"/"Dame", else '\0'.</summary>
        private char HonorificGenderBefore(int start)
        {
            int end = start;
            while (end > 0 && text[end - 1] == ' ') end--;
            if (end > 0 && text[end - 1] == '.') end--;
            int begin = end;
            // An honorific has at most four letters: the walk stops at a fifth ("percent Smith"
            // read back no further than "rcent"), which says no as the whole word did.
            while (begin > 0 && end - begin <= 4 && char.IsLetter(text[begin - 1])) begin--;
            int length = end - begin;
            if (length < 2 || length > 4 || end == start || !char.IsUpper(text[begin])) return '\0';
            return MaleHonorifics.Contains(text, begin, length) ? 'm' : FemaleHonorifics.Contains(text, begin, length) ? 'f' : '\0';
        }

        /// <summary>A person whose honorific gives the other gender is never what the pronoun refers to.</summary>
        private static bool HonorificContradicts(Entity entity, char gender)
        {
            if (entity.TitledGender == 'm' || entity.TitledGender == 'f') return entity.TitledGender != gender;
            char byRole = entity.IsPerson && entity.TitledGender == '\0' ? RoleGender(entity.Role) : '\0';
            return byRole != '\0' && byRole != gender;
        }
    }
}
