using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Clinton responded to Vargas’ question on Facebook writing, “Q”", "Thiel wrote in a
    /// statement to Wired explaining ..., “Q”": a participle cue with its quotation after a name
    /// was read as that name speaking ("footage of Hillary Clinton asking, “Q”"). After "of" the
    /// name is what the footage shows; after "on", "to", "in" and the like it is where or to whom
    /// the main clause's subject wrote or spoke, and that subject goes on speaking.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// The main clause's subject before <paramref name="named"/> when the name is the object of
        /// a preposition other than "of" and the participle cue at <paramref name="cue"/> follows it
        /// directly; null otherwise, and the name keeps the quotation.
        /// </summary>
        private static Mention? SubjectPastPlaceOrListener(string text, List<Token> t, Sentence s, Mention named, int cue)
        {
            int p = WithDeterminer(t, s, named.First) - 1;
            if (named.End != cue || p <= s.First || !t[p].IsWord || t[p].IsCapitalized || t[p].Is("of") || !WordLists.Prepositions.Contains(t[p].Text)) return null;
            Mention? subject = MainSubject(text, t, s, p);
            return subject is not null && subject.Kind != MentionKind.Group && subject.End <= p ? subject : null;
        }
    }
}
