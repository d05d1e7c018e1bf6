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

        /// <summary>
        /// "A Bayern spokesman said ... 'He's got back pain,' the spokesman said", "A CRE spokesman
        /// said ... the spokesman said", "The Vodafone spokesman said ... the spokesman said": a
        /// spokesman quoted before by description ("A Bayern spokesman", "A spokesman for the
        /// Information Commissioner's Office", kept as written, no person
        /// and no organisation) is who "the spokesman" is when no one else has spoken since. Such a
        /// description was never a role holder nor a person, so the later "the spokesman" found no
        /// one and the quote had no speaker. Taken: the nearest such spokesman description among
        /// those recently spoken of, with the same noun ("spokesperson" either way) and, for "the
        /// Vodafone spokesman", every word of the mention in its name; only one named with whom it
        /// speaks for ("A Bayern spokesman", "The band's spokesman"), since "the spokesman" after a
        /// bare "a spokesman" already falls back to the body last named; passed over only by
        /// organisations and people unknown as such. A person quoted or with a role in between
        /// stops the walk (that person may be the spokesman's subject or the one meant): no
        /// speaker beats a wrong one. The list is short and bounded: constant work.
        /// </summary>
        private Entity? SpokesmanDescribedBefore(Mention mention, string head)
        {
            foreach (Entity e in recent)
            {
                if (e.IsPerson && (e.Quotes > 0 || e.Role is not null)) return null;
                if (e.IsPerson || e.Quotes == 0) continue;
                if (SpokesNounOf(e) is not string last) continue;
                if (e.Name.IndexOf(' ') == e.Name.LastIndexOf(' ')) continue; // a bare "a spokesman" speaks for no one said: "Downing St said ... a spokesman ... The spokesman said" stays Downing St's
                if (!last.Equals(head, StringComparison.OrdinalIgnoreCase) && !last.Equals("spokesperson", StringComparison.OrdinalIgnoreCase) && !head.Equals("spokesperson", StringComparison.OrdinalIgnoreCase)) return null;
                for (int i = 0; i < mention.NameWords.Length - 1; i++)
                {
                    if (!ContainsWord(e.Name, mention.NameWords[i])) return null;
                }

                return e;
            }

            return null;
        }

        /// <summary>
        /// An entity kept as its spokesman's description ("A Delta spokesperson"): a person, though
        /// never marked one, so never what "it" stands for ("A Delta spokesperson confirmed ...
        /// Delta has been hit ... It has said it needs to cut jobs" is Delta, "A Treasury
        /// spokesperson said ... the NIESR report ... It said" the report's authors). What "it" is
        /// was named before the spokesman spoke, and the organisations before it in the recent
        /// list are as often the wrong one ("Ernst &amp; Young" for the NIESR report): no speaker.
        /// </summary>
        private static bool IsSpokesDescription(Entity e) => SpokesNounOf(e) is not null;

        /// <summary>
        /// The spokes noun of an entity kept as its spokesman's description: its last word ("A
        /// Bayern spokesman") or the word before "for" ("A spokesman for the Information
        /// Commissioner's Office", "A spokesman for Michael Howard"); else null.
        /// </summary>
        private static string? SpokesNounOf(Entity e)
        {
            if (e.IsPerson) return null;
            string name = e.Name;
            int space = name.LastIndexOf(' ');
            if (space > 0 && string.Compare(name, space + 1, "spokes", 0, 6, StringComparison.OrdinalIgnoreCase) == 0)
            {
                string last = name.Substring(space + 1);
                return IsSpokesNoun(last) ? last : null;
            }

            int at = name.IndexOf(" spokes", StringComparison.OrdinalIgnoreCase);
            if (at < 0) return null;
            int end = name.IndexOf(' ', at + 1);
            if (end < 0 || string.CompareOrdinal(name, end, " for ", 0, 5) != 0) return null;
            string noun = name.Substring(at + 1, end - at - 1);
            return IsSpokesNoun(noun) ? noun : null;
        }

        private static void NoteSpokesGender(Entity entity, Mention mention)
        {
            if (entity.IsPerson || entity.IsUnknown || entity.TitledGender != '\0' || mention.NameWords.Length == 0) return;
            string head = mention.NameWords[mention.NameWords.Length - 1];
            if (head.Equals("spokesman", StringComparison.OrdinalIgnoreCase)) entity.TitledGender = 'm';
            else if (head.Equals("spokeswoman", StringComparison.OrdinalIgnoreCase)) entity.TitledGender = 'f';
        }
    }
}
