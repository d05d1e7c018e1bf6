using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "... -- meddling the California congressman said is designed to “sow discord”": a cue in a
    /// relative clause without its "that", whose reported clause has lost its subject to the noun
    /// before the speaker. The cue reports that clause, though it stands inside another's content.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Finite verbs that open a clause whose subject went before the speaker: "said is designed".</summary>
        private static readonly WordSet FiniteAuxiliaries = new WordSet(
            "is", "was", "are", "were", "has", "had", "will", "would", "can", "could", "may", "might", "should", "must");

        /// <summary>
        /// Whether the cue of <paramref name="a"/> has its subject right after a lowercase noun and a
        /// finite verb right after it: "meddling the congressman said is", "a plan officials say would".
        /// </summary>
        private static bool IsReducedRelativeCue(List<Token> t, Sentence s, Attribution a)
        {
            if (a.Speaker is null || a.Speaker.Kind == MentionKind.Pronoun || a.SpeakerAfterCue) return false;
            int after = a.CueEnd;
            if (after >= s.End || !t[after].IsWord || !FiniteAuxiliaries.Contains(t[after].Text)) return false;
            if (a.Speaker.First - 1 >= s.First && t[a.Speaker.First - 1].Is("that")) return false; // "leaders that Sanders said would"
            int first = WithDeterminer(t, s, a.Speaker.First);
            if (first - 1 < s.First) return false;
            Token noun = t[first - 1];
            // "an effort that Sanders said would make": a relative clause that keeps its "that" is
            // one reported clause with what it qualifies; only the reduced one stands apart.
            return noun.IsWord && !noun.IsCapitalized && RelativePronoun(noun) == RelativeKind.None && !WordLists.StopWords.Contains(noun.Text) &&
                   !CueLexicon.IsCue(noun.Text) && !WordLists.Prepositions.Contains(noun.Text);
        }
    }
}
