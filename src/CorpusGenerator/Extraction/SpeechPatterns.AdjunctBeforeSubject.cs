using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Most Gibraltarians said in a referendum they wanted to remain British", "Gerrard had said
    /// before Wednesday's game he would consider leaving", "the BBC said on Thursday there were no
    /// plans": a phrase opened by a preposition right after the cue, with no "that" to follow, says
    /// where, when or how it was said, and the report starts at the subject after it. Only a
    /// subject that cannot stand inside the phrase marks where it ends: "he", "she", "they",
    /// "we", "I" (never an object), or "it"/"there" before a finite verb. A determiner ("said in
    /// a statement the company ...") does not: it opens the phrase's own nouns as often.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        private static readonly WordSet AdjunctPrepositions = new WordSet(
            "in", "on", "at", "during", "after", "before", "following", "since", "from", "over", "through", "via", "of", "to",
            "outside", "inside", "ahead", "earlier", "later");

        /// <summary>"a greater say in how it is run": a question word opens a clause that is the phrase's object, not its end.</summary>
        private static readonly WordSet QuestionWords = new WordSet("how", "what", "why", "where", "when", "whether", "whom", "whose", "which", "who", "if");

        /// <summary>Second words of a preposition's adverb that qualifies what follows it: "at first", "in fact", "of course", "at least".</summary>
        private static readonly WordSet ReportAdverbs = new WordSet(
            "first", "fact", "course", "least", "particular", "turn", "short", "general", "part", "effect", "essence", "practice", "principle", "theory", "truth", "reality", "times");

        /// <summary>Tokens at most between the preposition and the subject.</summary>
        private const int MaxAdjunctTokens = 7;

        private static readonly WordSet AdjunctFinites = new WordSet(
            "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may", "might", "should", "must");

        /// <summary>
        /// Prepositions that after another cue than "say" or "add" more often take its object
        /// ("responded to criticism he was soft", "warned of fears they would"): the phrase is then
        /// what the cue is about, and the clause after it no report of its own.
        /// </summary>
        private static readonly WordSet ObjectAdjunctPrepositions = new WordSet("to", "of", "on", "over", "from");

        /// <summary>The subject after an adjunct phrase at <paramref name="i"/>, or <paramref name="i"/> when none stands there.</summary>
        private static int PastAdjunctBeforeSubject(List<Token> t, Attribution a, int i, int limit)
        {
            if (i + 3 >= limit || !t[i].IsWord || !AdjunctPrepositions.Contains(t[i].Text)) return i;
            if (!CueLexicon.IsSay(t[a.Cue].Text) && ObjectAdjunctPrepositions.Contains(t[i].Text)) return i;

            // "adding to honours it has already picked up": adding to something is no saying.
            if (t[i].Is("to") && t[a.Cue].Text.StartsWith("add", System.StringComparison.OrdinalIgnoreCase)) return i;

            // "said at first he tried to cover up", "said in fact they": these adverbs belong to
            // the report's own clause ("said in retrospect he feels" and "said in November they
            // would" do not).
            if (t[i + 1].IsWord && ReportAdverbs.Contains(t[i + 1].Text)) return i;
            for (int j = i + 1; j + 1 < limit && j - i <= MaxAdjunctTokens; j++)
            {
                Token w = t[j];
                if (w.IsWord && !w.IsCapitalized && j > i + 1)
                {
                    bool nominative = w.Is("he") || w.Is("she") || w.Is("they") || w.Is("we");
                    bool finiteNext = t[j + 1].IsWord && AdjunctFinites.Contains(t[j + 1].Text);
                    if ((nominative && t[j + 1].IsWord) || ((w.Is("it") || w.Is("there")) && finiteNext)) return j;
                }

                if (w.Is("I") && j > i + 1 && t[j + 1].IsWord) return j;
                if (w.IsWord ? (w.Is("that") || QuestionWords.Contains(w.Text) || RelativePronoun(w) != RelativeKind.None || CueLexicon.IsCue(w.Text) || Auxiliaries.Contains(w.Text) || w.Is("and") || w.Is("or") || w.Is("but"))
                             : w.Kind != TokenKind.Number)
                {
                    return i;
                }
            }

            return i;
        }
    }
}
