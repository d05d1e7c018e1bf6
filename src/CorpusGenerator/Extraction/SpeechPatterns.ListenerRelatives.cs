using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Mr. Bush tells voters who wonder why he cannot summon Mr. Trump's fury that he wasn't
    /// brought up that way": a relative clause without commas on the listener of a cue of telling
    /// describes that listener inside the teller's report; its cue ("wonder") reports nothing of
    /// its own, and the teller's words after it are the teller's.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// Whether <paramref name="antecedent"/> is the listener right after an addressee cue found
        /// earlier in the sentence, with no comma before the relative clause.
        /// </summary>
        private static bool ListenerOfEarlierCue(List<Token> t, Sentence s, Mention antecedent, List<Attribution> earlier)
        {
            if (Last(earlier) is not int last) return false;
            Attribution teller = earlier[last];
            int first = WithDeterminer(t, s, antecedent.First);
            return teller.Speaker is not null && !teller.SpeakerAfterCue && teller.CueEnd == first && CueLexicon.TakesAddressee(t[teller.Cue].Text) &&
                   antecedent.End < s.End && !t[antecedent.End].IsPunct(',');
        }
    }
}
