using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Wenger said he was hopeful Edu would sign a new deal and played down suggestions that ...",
    /// "Mr Blair said the aim was to preserve tradition and hinted that a super regiment was
    /// likely", "He said his comments were not racist and refused to apologise": "and" with a verb
    /// of a speaker's act and no subject of its own joins a second act of the cue's subject, told
    /// by the writer; the report ends before "and". Only verbs that describe what a speaker does
    /// with words, and only in the shape that speakers take ("questioned how", "rejected claims"),
    /// since "police arrested him and questioned him" keeps acts inside the report.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Verbs of a speaker's act that need no particular word after them: "hinted that", "hinted at".</summary>
        private static readonly WordSet SpeakerActs = new WordSet("hinted", "signalled", "signaled");

        /// <summary>Verbs taking a particle for a speaker's act: "played down", "ruled out", "brushed aside".</summary>
        private static readonly WordSet ParticleActs = new WordSet("played", "ruled", "brushed", "shrugged", "talked");

        private static readonly WordSet ActParticles = new WordSet("down", "out", "aside", "off", "up");

        /// <summary>"refused to apologise", "declined to comment", "appealed for calm", "appealed to voters".</summary>
        private static readonly WordSet ActsWithTo = new WordSet("refused", "declined");

        /// <summary>"rejected claims", "dismissed suggestions": the object a speaker rejects is something said.</summary>
        private static readonly WordSet RejectingActs = new WordSet("rejected", "dismissed", "denied");

        private static readonly WordSet SaidThings = new WordSet(
            "claims", "suggestions", "calls", "criticism", "reports", "accusations", "allegations", "fears", "speculation",
            "the", "any", "talk", "charges", "demands");

        /// <summary>
        /// Whether the words after the "and" at <paramref name="and"/> open a second act of the
        /// speaker's, in a report that starts at <paramref name="start"/>. The report's own verb
        /// decides between the two subjects "and" may join: a simple past ("Police say he posed a
        /// deadly threat and refused to drop the gun") takes the act into the report, as a cue of
        /// its own inside it ("said that Guccifer had admitted it, and questioned why") gives it a
        /// speaker of its own; a modal, a copula or an auxiliary ("would sign", "were not racist",
        /// "had attacked") leaves it to the cue's subject.
        /// </summary>
        private static bool OpensSecondAct(List<Token> t, int start, int and, int end)
        {
            if (and + 2 >= end || !t[and].Is("and")) return false;
            Token verb = t[and + 1], next = t[and + 2];
            if (!verb.IsWord || verb.IsCapitalized || !next.IsWord) return false;
            bool act = SpeakerActs.Contains(verb.Text) ||
                       (ParticleActs.Contains(verb.Text) && ActParticles.Contains(next.Text)) ||
                       (ActsWithTo.Contains(verb.Text) && next.Is("to")) ||
                       (verb.Is("appealed") && (next.Is("for") || next.Is("to"))) ||
                       (verb.Is("questioned") && (next.Is("how") || next.Is("why") || next.Is("whether") || next.Is("what"))) ||
                       (RejectingActs.Contains(verb.Text) && SaidThings.Contains(next.Text));
            if (!act) return false;

            // The walk back is bounded, and made only at a rare act after "and".
            bool finite = false;
            for (int k = and - 1; k >= start && and - k <= MaxActReach; k--)
            {
                Token w = t[k];
                if (!w.IsWord || w.IsCapitalized) continue;
                if (CueLexicon.IsCue(w.Text)) return false;
                if (finite) continue;
                if (BackshiftedFinites.Contains(w.Text) || PresentFinites.Contains(w.Text) || IsModalWord(w)) finite = true;
                else if (w.Text.Length > 3 && w.Text.EndsWith("ed", System.StringComparison.Ordinal) &&
                         !(k > start && t[k - 1].IsWord && (Auxiliaries.Contains(t[k - 1].Text) || t[k - 1].Is("not") || t[k - 1].Is("to"))))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Tokens at most walked back from "and" to the report's own verb.</summary>
        private const int MaxActReach = 40;
    }
}
