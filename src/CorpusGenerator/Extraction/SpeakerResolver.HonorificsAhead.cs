using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Robert Kilroy-Silk" ... "Mr Kilroy-Silk": an honorific anywhere in the article tells the full name's gender before any pronoun is read.</summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>
        /// Gives each full name the gender an honorific before its surname says anywhere in the
        /// article ("Mr Kilroy-Silk", "Ms Blackman"), once every name is registered and before the
        /// article is read. The honorific was learned only when read, so a pronoun before it could
        /// take the wrong person: "Ex-chat show host Robert Kilroy-Silk is to contest the seat.
        /// Labour's Elizabeth Blackman won it in 1997. She says ..." gave her words to him, and
        /// "he" was then refused to him for the rest of the article. As when read, a surname two
        /// full names share tells neither, and two honorifics that disagree tell nothing.
        /// One pass over the names, given a sentence's list at a time in reading order: linear.
        /// </summary>
        public void NoteHonorificsAhead(List<Mention> names)
        {
            foreach (Mention m in names)
            {
                if (m.Kind != MentionKind.Name || m.NameWords.Length != 1 || m.Conjoined) continue;
                if (!bySurname.TryGetValue(m.NameKey ??= KeyOf(m.NameWords), out List<Entity>? sharing) || sharing.Count != 1) continue; // one word: its key is its surname's, kept for the mention's later lookups
                Entity e = sharing[0];
                if (!e.IsPerson || e.Key.IndexOf(' ') < 0) continue;
                char gender = HonorificGenderBefore(m.Span.Start);
                if (gender == '\0') continue;
                if (e.TitledGender == '\0') e.TitledGender = gender;
                else if (e.TitledGender != gender) e.TitledGender = '?';
            }
        }
    }
}
