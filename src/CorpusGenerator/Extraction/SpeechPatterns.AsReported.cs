using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "As reported by Western Journalism, investigators found ...", "..., as first reported by
    /// The Times.": "as reported by X" names the source of the clause it is set off from, as
    /// "according to X" does. The cue's "by" had made it a passive with no speaker, so these
    /// reports were lost. The source is the phrase after "by"; what it reports is the main clause,
    /// after the opening's comma or before the closing one. Every walk is bounded.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Verbs of "as reported by": the source reported, noted, stated or announced what follows.</summary>
        private static readonly WordSet AsReportedVerbs = new WordSet("reported", "noted", "stated", "announced", "revealed");

        /// <summary>Adverbs that may stand between "as" and the verb: "as first reported by".</summary>
        private static readonly WordSet AsReportedAdverbs = new WordSet("first", "previously", "originally", "earlier", "also");

        /// <summary>Tokens at most from "by" to the comma that closes an opening "As reported by X,".</summary>
        private const int AsReportedSourceTokens = 12;

        /// <summary>
        /// The attribution of "as reported by X" whose verb is at <paramref name="k"/>, its content
        /// fixed to the main clause; null when the shape is not there, the source is not a phrase,
        /// or no comma sets the attribution off from a clause of at least two words.
        /// </summary>
        private static Attribution? AsReportedBy(string text, List<Token> t, Sentence s, int k)
        {
            if (!t[k].IsWord || !AsReportedVerbs.Contains(t[k].Text) || k + 2 >= s.End || !t[k + 1].Is("by")) return null;
            int asAt = k - 1;
            if (asAt >= s.First && t[asAt].IsWord && AsReportedAdverbs.Contains(t[asAt].Text)) asAt--;
            if (asAt < s.First || !t[asAt].Is("as")) return null;

            Mention? source = NounPhrases.StartingAt(text, t, k + 2, s.End);
            bool unnamed = false;
            if (source is null || source.First != k + 2) source = AccordingToSource(text, t, s, k + 2, out unnamed);
            if (source is null || source.Kind == MentionKind.Pronoun) return null;

            int first, end;
            if (asAt == PastOpeningConjunction(t, s, asAt + 1))
            {
                // "As reported by X, C.": the clause after the comma that closes the source.
                int comma = source.End;
                while (comma < s.End && comma - (k + 2) <= AsReportedSourceTokens && !t[comma].IsPunct(',')) comma++;
                if (comma >= s.End || !t[comma].IsPunct(',')) return null;
                first = comma + 1;
                end = TrimEnd(t, first, s.End);
            }
            else if (asAt - 1 > s.First && t[asAt - 1].IsPunct(','))
            {
                // "C, as reported by X.": the clause before, when the source closes the sentence.
                if (TrimEnd(t, source.End, s.End) != source.End) return null;
                first = s.First;
                end = asAt - 1;
            }
            else
            {
                return null;
            }

            if (CountWords(t, first, end) < 2) return null;
            var a = new Attribution(k, k + 1) { Speaker = source, SpeakerUnnamed = unnamed, SpeakerAfterCue = true, ContentFixed = true };
            Set(t, a, first, end);
            return a;
        }
    }
}
