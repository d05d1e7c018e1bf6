using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "An All England club spokesperson denied Phillips made the remark", "The NISCC spokesman
    /// said": a spokesman whose modifier names a body is someone who speaks for that body, not the
    /// player or official quoted before.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>
        /// Whether a modified "spokesman" mention ("An All England club spokesperson", "The NISCC
        /// spokesman") speaks for a body that <paramref name="e"/>, a person quoted or with a role,
        /// is not: a modifier word not in the person's role that is either a body word (an
        /// organisation word such as "club", "centre", "office", or an acronym such as "NISCC") while
        /// the person is known as one (a role, an honorific, a pronoun already theirs), or a
        /// capitalised name word ("All England") that is no title, no nationality and not in the
        /// person's name. The last fallback of a titled description otherwise took the person last
        /// quoted: Lindsay Davenport for the All England club's spokesperson who answered her, the
        /// NISCC's director Roger Cumming for its spokesman. A party modifier ("The Tory spokesman
        /// also criticised", after Michael Ancram was quoted: "Tory" is a title) or a plain one
        /// names no other body and is still the person last quoted, as is a body never known as a
        /// person for a body word ("The police spokesman" for "Scotland Yard"). A first version
        /// that stopped at every person for any modified spokesman (nullspk4-8) lost Scotland Yard
        /// twice and Downing St. The same test stops the match of a title by its stem against a
        /// person's role: "The Trafford Centre spokeswoman" went to "Spokesman Alan Jones", named
        /// later for Bluewater, and "The Bat spokeswoman" to Xing Wangli, spokesman for the State
        /// Tobacco Monopoly Administration, by the stem "spoke" of their roles. No speaker beats a
        /// wrong one.
        /// </summary>
        private static bool SpeaksForOtherBody(Mention mention, Entity e)
        {
            string[] words = mention.NameWords;
            for (int i = 0; i < words.Length - 1; i++)
            {
                string w = words[i];
                if (e.Role is not null && ContainsWord(e.Role, w)) continue;
                if (RoleLexicon.IsOrganisationWord(w) || IsAcronymWord(w))
                {
                    if (KnownAsPerson(e)) return true;
                }
                else if (w.Length > 1 && char.IsUpper(w[0]) && !RoleLexicon.IsTitle(w) && !RoleLexicon.IsNationality(w) && !ContainsWord(e.Name, w))
                {
                    return true; // "All England club": a body's own name, not the person's
                }
            }

            return false;
        }

        /// <summary>
        /// "The Ofcom spokesman said", "The BBC spokeswoman said" with no spokesperson of that body
        /// before: a spokesperson its capitalised modifier names the body of, kept as written, as
        /// "An Ofcom spokesman" is. It was no speaker at all, though the sentence names whose
        /// spokesperson speaks. A plain or party modifier ("the Tory spokesman") names no body: no
        /// speaker beats a wrong one.
        /// </summary>
        private Entity? OwnBodySpokesperson(Mention mention)
        {
            string[] words = mention.NameWords;
            for (int i = 0; i < words.Length - 1; i++)
            {
                string w = words[i];
                if (IsAcronymWord(w) || (w.Length > 1 && char.IsUpper(w[0]) && !RoleLexicon.IsTitle(w) && !RoleLexicon.IsNationality(w))) return ResolveGroup(mention);
            }

            return null;
        }

        /// <summary>Two or more letters, all capitals: "NISCC", "BPI", "CRE".</summary>
        private static bool IsAcronymWord(string w)
        {
            if (w.Length < 2) return false;
            foreach (char c in w)
            {
                if (!char.IsUpper(c)) return false;
            }

            return true;
        }
    }
}
