using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "according to research carried out by security firm Saint Bernard Software", "a survey
    /// conducted by PC Pro Magazine": the agent of the participle
    /// that says who did a study is its author, as the agent of "published" or "released" is
    /// (<see cref="PublishingParticiples"/>). The participle stood between the writing and "by",
    /// so the source phrase named no one. Only participles of doing the work itself: "a poll
    /// commissioned by the Sun" or "a study funded by X" name a payer and stay as they were.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// Participles of doing a study or a poll: their "by" names who did it. Not "gathered": a
        /// first version with it gave "According to figures gathered by Netcraft" to Netcraft, and
        /// "the company" of the next sentences (Lycos Europe, read as a person) went to Netcraft too.
        /// </summary>
        private static readonly WordSet MakingParticiples = new WordSet("conducted", "undertaken");

        /// <summary>
        /// The token after a participle of making a writing at <paramref name="at"/> ("conducted",
        /// "carried out"), or <paramref name="at"/> when none stands there.
        /// </summary>
        private static int PastMakingParticiple(List<Token> t, int at, int end)
        {
            if (at >= end || !t[at].IsWord || t[at].IsCapitalized) return at;
            if (MakingParticiples.Contains(t[at].Text)) return at + 1;
            return at + 1 < end && t[at].Is("carried") && t[at + 1].Is("out") ? at + 2 : at;
        }
    }
}
