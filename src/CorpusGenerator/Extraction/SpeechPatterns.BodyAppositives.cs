using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Manufacturers' organisation, the EEF, said", "The employers' group, the CBI, said": a
    /// description of a body with the body's name set off after it; the name speaks.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Nouns for a body that are no word of an official name (<see cref="RoleLexicon.IsOrganisationWord"/> holds the rest).</summary>
        private static readonly WordSet BodyNouns = new WordSet("firm", "watchdog", "regulator", "charity", "body", "lobby", "consultancy", "insurer", "lender", "airline", "carrier");

        /// <summary>
        /// The name in the appositive that closes at <paramref name="right"/> and opens with "the"
        /// right after the comma <paramref name="comma"/> ("the EEF"), when the phrase before the
        /// comma describes a body by its noun ("Manufacturers' organisation", "The employers'
        /// group"); null otherwise. The walk back from the cue took a name only when it opened the
        /// appositive, so "the" left the description as the speaker, its bare noun the typed member
        /// ("organisation", BBC twice). A person's title before it ("Its chief executive, the Rev
        /// Jesse Jackson,") is no body: the name is the person, read as before.
        /// </summary>
        private static Mention? NameOfDescribedBody(string text, List<Token> t, Sentence s, int comma, int right, Mention? inner)
        {
            if (inner is null || inner.Kind != MentionKind.Name || inner.Titled || inner.First != comma + 2 || !t[comma + 1].Is("the") || inner.End != right) return null;
            if (comma - 1 <= s.First) return null;
            Mention? described = SubjectEndingAt(text, t, s, comma - 1);
            if (described is null || (described.Kind != MentionKind.Group && described.Kind != MentionKind.Description) || described.NameWords.Length == 0) return null;
            string head = described.NameWords[described.NameWords.Length - 1];
            if (RoleLexicon.IsTitle(head) || !(RoleLexicon.IsOrganisationWord(head) || BodyNouns.Contains(head))) return null;
            return inner;
        }
    }
}
