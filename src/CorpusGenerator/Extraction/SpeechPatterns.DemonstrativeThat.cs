using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "He said that was a misconception", "opposition parties say that will not happen in
    /// practice": a "that" right before a finite verb has no subject after it to introduce, so it
    /// is no complementiser but the reported clause's own subject, a demonstrative. Skipping it as
    /// the "that" of "said that C" cut the report's subject off ("was a misconception").
    /// </summary>
    internal static partial class SpeechPatterns
    {
        private static readonly WordSet DemonstrativeVerbs = new WordSet(
            "is", "was", "are", "were", "has", "had", "will", "would", "can", "could", "may", "might", "should", "must", "did", "does",
            "isn't", "wasn't", "won't", "wouldn't", "hasn't", "hadn't", "couldn't", "didn't", "doesn't",
            "isn’t", "wasn’t", "won’t", "wouldn’t", "hasn’t", "hadn’t", "couldn’t", "didn’t", "doesn’t");

        /// <summary>
        /// Whether the "that" at <paramref name="i"/> is the subject of a finite verb right after it.
        /// "that had he known", "that were it not for", "that should the talks fail" put the verb
        /// before a subject of its own (a conditional), and there "that" is the complementiser.
        /// </summary>
        private static bool IsDemonstrativeThat(List<Token> t, int i, int limit)
        {
            if (i + 2 >= limit || !t[i].Is("that") || !t[i + 1].IsWord || !DemonstrativeVerbs.Contains(t[i + 1].Text)) return false;
            Token after = t[i + 2];
            bool inverts = t[i + 1].Is("had") || t[i + 1].Is("were") || t[i + 1].Is("should");
            return !(inverts && after.IsWord && (NounPhrases.IsPronoun(after) || after.Is("there") || after.Is("we") || after.Is("i") ||
                                                 WordLists.Determiners.Contains(after.Text) || after.IsCapitalized));
        }
    }
}
