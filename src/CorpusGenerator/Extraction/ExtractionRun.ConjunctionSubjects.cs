using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "But Larne boss Jimmy McGeough has yet to confirm that Weir is on his way. 'I heard on
    /// Sunday ...,' he said.": a sentence opening with "But" or "And" has its subject right after
    /// the conjunction. The conjunction is no name, so the subject was never noted and "he" went
    /// to the person spoken of before.
    /// </summary>
    internal sealed partial class ExtractionRun
    {
        /// <summary>
        /// The person named right after an opening "But" or "And" (perhaps after a role that
        /// premodifies the name: "But Larne boss Jimmy McGeough", or a lower-case role alone:
        /// "But centre Jamie Noon"), when a lower-case word (its
        /// verb) or a comma follows the name. Reads a few tokens.
        /// </summary>
        private Mention? NameAfterConjunction(List<Token> t, Sentence sentence)
        {
            int first = sentence.First;
            if (first + 2 >= sentence.End || !(t[first].Is("but") || t[first].Is("and"))) return null;
            if (!t[first + 1].IsCapitalized)
            {
                // "But centre Jamie Noon believes", "And ex-Tory education secretary Gillian Shepherd remembered" (BareRoleSubjects).
                Mention? roled = NounPhrases.SubjectAfterBareRole(text, t, first + 1, sentence.End);
                return roled is not null && !InReportedClause(t, roled.End, sentence) ? roled : null;
            }

            Mention? subject = NounPhrases.StartingAt(text, t, first + 1, sentence.End);
            if (subject is null || subject.Kind != MentionKind.Name || InReportedClause(t, subject.End, sentence)) return null;
            if (NounPhrases.SubjectAfterPremodifiedRole(text, t, subject, sentence.End) is Mention person) return person;
            return subject.End < sentence.End && (FollowedByVerb(t, subject.End, sentence) || t[subject.End].IsPunct(',')) ? subject : null;
        }

        /// <summary>
        /// "And Tony Blair would be in the very front line of that campaign, he said.": a later
        /// ", he said" makes the clause the speaker's words, and the name in it no subject of the
        /// article's own sentence. Reads the sentence once.
        /// </summary>
        private static bool InReportedClause(List<Token> t, int from, Sentence sentence)
        {
            for (int i = from; i + 2 < sentence.End; i++)
            {
                if (t[i].IsPunct(',') && (t[i + 1].Is("he") || t[i + 1].Is("she")) && t[i + 2].IsWord && CueLexicon.IsCue(t[i + 2].Text)) return true;
            }

            return false;
        }
    }
}
