using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Sen. Chuck Grassley, facing a challenge in Iowa, a swing state, said": a name inside a phrase between the speaker and the cue.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// Whether <paramref name="name"/>, the phrase before a comma on the walk back from the cue,
        /// is a preposition's object: "in Iowa,", "in Aurora, Colorado,", "of the Vatican,". Such a
        /// name belongs to the description around it ("facing a challenge in Iowa, a swing state,"),
        /// so the speaker is further back, where the description began.
        /// </summary>
        private static bool ObjectOfPreposition(string text, List<Token> t, Sentence s, Mention name)
        {
            int p = WithDeterminer(t, s, name.First) - 1;

            // "in Aurora, Colorado": the state after the city the preposition governs; a titled name
            // is a person ("In Nevada, Senator Harry Reid").
            if (p > s.First && t[p].IsPunct(',') && !name.Titled && name.End - name.First <= 2 && IsPlaceAfterPlace(text, t, s, p)) return true;
            return p >= s.First && t[p].IsWord && !t[p].IsCapitalized && WordLists.Prepositions.Contains(t[p].Text);
        }
    }
}
