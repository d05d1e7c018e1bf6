using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "The EU has called on the industry to cut adverts", "Labour called for reform", "he warned
    /// of the dangers of being distracted", "complained about delays": the preposition these verbs
    /// take belongs to the verb ("called for", "warned of"), and what was called for or warned of
    /// is the phrase after it. The content used to open with the bare "on"/"for"/"of", which is
    /// no part of what anyone said.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Prepositions a cue can take as a particle; "to" (an infinitive: "pledged to act") and "that" stay in the content.</summary>
        private static readonly WordSet CueParticles = new WordSet("on", "for", "of", "against", "about");

        /// <summary>Moves a particle that opens the content right after its cue into the cue.</summary>
        private static void PrepositionIntoCue(List<Token> t, Attribution a)
        {
            int p = a.ContentFirst;
            if (a.Kind == QuoteKind.Direct || p != a.CueEnd || p + 1 >= a.ContentEnd || !t[p].IsWord || t[a.Cue].Is("according")) return;
            if (!CueParticles.Contains(t[p].Text) || !CueLexicon.TakesPrepositionalContent(t[a.Cue].Text, t[p].Text)) return;
            a.CueEnd = p + 1;
            Set(t, a, p + 1, a.ContentEnd);
        }
    }
}
