using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "The American Film Institute (AFI) hailed Mel Gibson's biblical epic ... It claimed both
    /// film-makers ...", "The Disasters Emergency Committee (DEC) has been set up by a coalition of
    /// 12 charities ... It urged people to go online": a body's name is often written with "the",
    /// and the phrase at the sentence's first token ("The") is then no name, so the sentence had
    /// no named subject and the "it" after it found no speaker (SpeakerResolver.ItsSubject).
    /// </summary>
    internal sealed partial class ExtractionRun
    {
        /// <summary>
        /// The name right after a sentence-opening "The", ending in an organisation's word
        /// ("Institute", "Foundation", "Association": "The US tycoon" names no body), when its verb follows it (perhaps past
        /// its acronym in brackets: "The Mobile Data Association (MDA) has") or a comma does; null
        /// otherwise. Only when the phrase at the first token (<paramref name="opening"/>) is none
        /// or a description all in capitals (<see cref="CapitalisedAfterThe"/>): "The" before a role
        /// ("The BPI spokesman") opens a description. Reads a few tokens.
        /// </summary>
        private Mention? NameAfterOpeningThe(List<Token> t, Sentence sentence, Mention? opening)
        {
            int first = sentence.First;
            if (first + 2 >= sentence.End || !t[first].Is("the") || !t[first + 1].IsCapitalized || (opening is not null && !CapitalisedAfterThe(t, opening))) return null;
            Mention? subject = NounPhrases.StartingAt(text, t, first + 1, sentence.End);
            if (subject is null || subject.Kind != MentionKind.Name || subject.NameWords.Length < 2 || !RoleLexicon.IsOrganisationWord(subject.NameWords[subject.NameWords.Length - 1])) return null; // "The US tycoon" is no body
            int after = subject.End;
            if (after + 2 < sentence.End && t[after].IsPunct('(') && t[after + 1].IsWord && t[after + 2].IsPunct(')')) after += 3; // "(MDA)"
            if (after >= sentence.End) return null;
            return (FollowedByVerb(t, after, sentence) && !SubjectPronouns.Contains(t[after].Text)) || t[after].IsPunct(',') ? subject : null;
        }

        /// <summary>
        /// "The Acme Institute", "The Disasters Emergency Committee": read as a description, since
        /// its last word is a source noun, but every word after "the" is capitalised, so it is a
        /// body's name. "The BPI spokesman" keeps its lower-case head and stays a description.
        /// </summary>
        private static bool CapitalisedAfterThe(List<Token> t, Mention opening)
        {
            if (opening.Kind != MentionKind.Description) return false;
            for (int i = opening.First + 1; i < opening.End; i++)
            {
                if (!t[i].IsWord || !t[i].IsCapitalized) return false;
            }

            return true;
        }
    }
}
