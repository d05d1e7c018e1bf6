using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>Where reported speech ends and the writer's own clause, joined by ", but", begins.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Conjunctions that join a contrasting clause: ", but", ", although", ", while".</summary>
        private static readonly WordSet TailConjunctions = new WordSet("but", "although", "though", "whereas", "while");

        /// <summary>Subjects of a clause on their own: "he", "it" ("it is expected"), "others", "some".</summary>
        private static readonly WordSet TailPronouns = new WordSet("he", "she", "they", "it", "there", "others", "some", "many", "most");

        private static readonly WordSet TailDeterminers = new WordSet(
            "the", "a", "an", "this", "these", "those", "some", "many", "most", "other", "his", "her", "its", "their", "one");

        /// <summary>Verbs of thinking and feeling: "others fear", "he believes", "Goodridge thought": a view held, reported by the writer.</summary>
        private static readonly WordSet ViewVerbs = new WordSet(
            "feel", "feels", "felt", "believe", "believes", "believed", "think", "thinks", "thought", "fear", "fears", "feared",
            "speculate", "speculates", "speculated", "recognise", "recognises", "recognised", "recognize", "recognizes", "recognized",
            "expect", "expects", "expected", "hope", "hopes", "hoped", "worry", "worries", "worried", "doubt", "doubts", "doubted");

        /// <summary>Finite verbs in the writer's present: "it is widely expected", "she has given", "gamers will now fear".</summary>
        private static readonly WordSet PresentFinites = new WordSet(
            "is", "are", "will", "has", "have", "does", "remains", "seems", "isn't", "aren't", "won't", "hasn't", "haven't", "doesn't",
            "isn’t", "aren’t", "won’t", "hasn’t", "haven’t", "doesn’t");

        /// <summary>Forms that shift reported speech into the past: "he did not know", "it would".</summary>
        private static readonly WordSet BackshiftedFinites = new WordSet(
            "was", "were", "would", "had", "could", "did", "might", "wasn't", "weren't", "wouldn't", "hadn't", "couldn't", "didn't",
            "wasn’t", "weren’t", "wouldn’t", "hadn’t", "couldn’t", "didn’t");

        private static readonly WordSet TailAdverbs = new WordSet("also", "now", "still", "ultimately", "privately", "publicly", "clearly");

        /// <summary>
        /// "Analysts predicted rates will drop, although others feel the Bank may raise them": after
        /// ", but", ", although", ", though", ", whereas" or ", while", a clause with its own subject
        /// and a verb of saying or thinking ("others feel", "he believes", "Mike Goodridge thought")
        /// is another view the writer reports, not more of what the cue reports. So is one in the
        /// writer's present after a report put in the past: "Sony has said it wanted to launch the
        /// PSP in Europe at the same time as the US, but gamers will now fear that the launch has
        /// been put back", "He insisted he did not know the poll date, but it is widely expected to
        /// be 5 May". The content then ends at the comma. A clause with no subject of its own
        /// (", but would rise"), or in the reported past (", although he would remain a supporter"),
        /// stays reported.
        /// </summary>
        private static int StopAtNarratedTail(List<Token> t, Attribution a, int start, int end)
        {
            // Whether the report before a comma has a verb put in the past is asked only at a
            // ", but" that needs it, and read on from where the last question stopped: every
            // content's words were looked up for it (1% of extraction), and it is rarely asked.
            int backshiftRead = start;
            bool backshifted = false;
            for (int j = start + 1; j + 3 < end; j++)
            {
                if (t[j].Is("but") && WithheldDetailsAt(t, j, end) is int withheld && withheld > start) return withheld;
                if (t[j].Is("and") && OpensSecondAct(t, start, j, end)) return t[j - 1].IsPunct(',') && j - 1 > start ? j - 1 : j;
                if (!t[j].IsPunct(',')) continue;
                if (!t[j + 1].IsWord || !TailConjunctions.Contains(t[j + 1].Text)) continue;
                int v = AfterTailSubject(t, j + 2, end);
                if (v < 0) v = AfterFrontedAdjunct(t, j + 2, end);
                if (v < 0) continue;
                string verb = t[v].Text;
                if ((CueLexicon.IsCue(verb) || ViewVerbs.Contains(verb)) && !CueLexicon.IsParticiple(verb)) return j;
                if (PresentFinites.Contains(verb) && BackshiftedBefore(j) && IsPastCue(t[a.Cue])) return j;
            }

            return end;

            bool BackshiftedBefore(int comma)
            {
                for (; backshiftRead < comma && !backshifted; backshiftRead++) backshifted = IsBackshiftedWord(t[backshiftRead]);
                return backshifted;
            }
        }

        /// <summary>
        /// The verb after a short subject opening the clause at <paramref name="i"/>: a pronoun, a
        /// determiner and up to three words, up to three capitalised words, or a bare plural
        /// ("gamers"); then at most one adverb. -1 when the clause opens otherwise.
        /// </summary>
        private static int AfterTailSubject(List<Token> t, int i, int end)
        {
            Token first = t[i];
            int k;
            if (TailPronouns.Contains(first.Text)) k = i + 1;
            else if (TailDeterminers.Contains(first.Text) || first.IsCapitalized && !first.Is("I"))
            {
                bool named = !TailDeterminers.Contains(first.Text);
                k = i + 1;
                while (k < end && k - i <= 3 && t[k].IsWord && !IsTailVerb(t[k]) && (!named || t[k].IsCapitalized)) k++;
                if (!named && k == i + 1) return -1;
            }
            else if (first.IsWord && !WordLists.StopWords.Contains(first.Text) && first.Text.Length > 3 && first.Text.EndsWith("s", System.StringComparison.Ordinal) &&
                     !IsTailVerb(first))
            {
                k = i + 1;
            }
            else
            {
                return -1;
            }

            if (k < end && t[k].IsWord && (TailAdverbs.Contains(t[k].Text) || t[k].Text.EndsWith("ly", System.StringComparison.Ordinal))) k++;
            return k < end && t[k].IsWord ? k : -1;
        }

        /// <summary>Prepositions of time and circumstance that <see cref="WordLists.Prepositions"/> leaves out.</summary>
        private static readonly WordSet TimePrepositions = new WordSet("after", "before", "since", "despite", "following", "during", "until");

        /// <summary>Words at most of a phrase of time or circumstance that opens the tail before its subject.</summary>
        private const int MaxFrontedAdjunctWords = 5;

        /// <summary>
        /// "she would quit at the end of last year, but after a successful season she has had a
        /// change of heart": a short phrase opened by a preposition, with no comma, may stand
        /// between the conjunction and the tail's pronoun subject. Returns the verb after that
        /// subject, as <see cref="AfterTailSubject"/> does; -1 when the tail opens otherwise.
        /// </summary>
        private static int AfterFrontedAdjunct(List<Token> t, int i, int end)
        {
            if (!t[i].IsWord || !(WordLists.Prepositions.Contains(t[i].Text) || TimePrepositions.Contains(t[i].Text))) return -1;
            for (int k = i + 1; k < end && k - i <= MaxFrontedAdjunctWords; k++)
            {
                Token w = t[k];
                if (!w.IsWord && w.Kind != TokenKind.Number) return -1;
                if (w.Is("that") || CueLexicon.IsCue(w.Text) || IsTailVerb(w)) return -1;
                if (k > i + 1 && TailPronouns.Contains(w.Text) && !w.Is("some") && !w.Is("many") && !w.Is("most") && !w.Is("others")) return AfterTailSubject(t, k, end);
            }

            return -1;
        }

        private static bool IsTailVerb(Token w) =>
            CueLexicon.IsCue(w.Text) || ViewVerbs.Contains(w.Text) || PresentFinites.Contains(w.Text) || BackshiftedFinites.Contains(w.Text);

        /// <summary>"said", "insisted": a cue in the past.</summary>
        private static bool IsPastCue(Token cue) =>
            cue.Is("said") || cue.Is("told") || cue.Is("wrote") || cue.Text.EndsWith("ed", System.StringComparison.OrdinalIgnoreCase);

        /// <summary>A verb put in the past: "did", "would", "wanted".</summary>
        private static bool IsBackshiftedWord(Token w) =>
            w.IsWord && (BackshiftedFinites.Contains(w.Text) || (w.Text.Length > 4 && !w.IsCapitalized && w.Text.EndsWith("ed", System.StringComparison.Ordinal)));
    }
}
