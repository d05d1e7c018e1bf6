using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "The government is reiterating a 2.5% target for 2005, while the European Central Bank is
    /// making positive noises": a cue whose object is a noun phrase reports no clause, so a clause
    /// joined to it by ", while" (", but", ", although") is the writer's next sentence, not more of it.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Conjunctions that join the writer's contrasting clause to the main one.</summary>
        private static readonly WordSet ContrastConjunctions = new WordSet("but", "while", "whilst", "although", "though", "whereas");

        /// <summary>Words that make what stands after the cue a clause rather than a noun phrase: a finite auxiliary or a subject pronoun.</summary>
        private static readonly WordSet ClauseMarkers = new WordSet(
            "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "shall",
            "do", "does", "did", "he", "she", "it", "they", "we", "i", "you", "there", "that", "who", "which");

        /// <summary>Finite verbs after the contrasting clause's subject: "the ECB is making", "no figure has yet been agreed".</summary>
        private static readonly WordSet ContrastFinites = new WordSet(
            "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must");

        /// <summary>Words that open a clause of their own after the cue: "explained how", "asked whether".</summary>
        private static readonly WordSet WhWords = new WordSet("how", "why", "what", "whether", "if", "when", "where", "who", "which");

        /// <summary>A lower-case word in -ed: "contained", "tried", "based".</summary>
        private static bool IsPastForm(Token w) => w.IsWord && !w.IsCapitalized && w.Text.Length > 3 && w.Text.EndsWith("ed", System.StringComparison.Ordinal);

        private static readonly char[] ContractionMarks = { '\'', '’' };

        /// <summary>"he's", "it’ll", "there's": a subject pronoun with its verb contracted onto it.</summary>
        private static bool IsContractedClauseMarker(Token w)
        {
            int mark = w.Text.IndexOfAny(ContractionMarks);
            return mark > 0 && ClauseMarkers.Contains(w.Text.Substring(0, mark));
        }

        /// <summary>Words of a noun phrase at most before the contrasting clause.</summary>
        private const int MaxObjectWords = 30;

        /// <summary>
        /// Where the content of <paramref name="a"/>, a noun phrase right after its cue ("announced
        /// proposals to increase tuition fees ..., although no figure has yet been agreed", "wrote
        /// the screenplay ..., while a new radio series was aired", "promised more such parties
        /// in more locations around the world - despite problems after the Brighton event"), ends:
        /// at a comma or dash before a contrasting clause with its own subject and finite verb, or
        /// before "despite". A noun phrase is the cue's object and cannot run on into a clause; a
        /// clause after "said" ("said it would rise, but would fall later", "said sales fell,
        /// although he would remain a supporter") may still be what was said, and is left alone.
        /// </summary>
        private static int StopAtWritersClauseAfterObject(List<Token> t, Attribution a, int start, int end)
        {
            if (start != a.CueEnd || start >= end || !t[start].IsWord || t[start].IsCapitalized || NounPhrases.IsPronoun(t[start]) ||
                WhWords.Contains(t[start].Text) || IsPastForm(t[start]) || IsContractedClauseMarker(t[start]))
            {
                return end; // "explained how his son persuaded him", "said tried to re-sign him", "says he's riding"
            }

            for (int j = start + 1; j + 1 < end && j - start <= MaxObjectWords; j++)
            {
                Token w = t[j];
                if (w.IsWord && ClauseMarkers.Contains(w.Text)) return end;

                // "said more than 1,300 emails contained classified material, but ...": a past form
                // not followed by a preposition is the verb of a clause; "the screenplay based on
                // his book" is a participle that modifies the noun before it.
                if (IsPastForm(w) && !WordLists.Determiners.Contains(t[j - 1].Text) && !(t[j + 1].IsWord && WordLists.Prepositions.Contains(t[j + 1].Text))) return end;
                if (w.Kind == TokenKind.Quote || CueLexicon.IsCue(w.Text) && !t[j - 1].Is("to")) return end;
                bool comma = w.IsPunct(',');
                bool dash = IsDash(w) || w.IsPunct('-') && t[j - 1].End < w.Start && w.End < t[j + 1].Start;
                if (!comma && !dash) continue;
                Token next = t[j + 1];
                if (next.Is("despite")) return j;
                // "said the U.S. needs to secure the border, but that he would not support ...": a
                // second "that" goes on reporting.
                if (!next.IsWord || !ContrastConjunctions.Contains(next.Text) || j + 2 >= end || t[j + 2].Is("that")) return end;
                int v = AfterTailSubject(t, j + 2, end);
                return v >= 0 && ContrastFinites.Contains(t[v].Text) || FiniteAfterShortSubject(t, j + 2, end) ? j : end;
            }

            return end;
        }

        /// <summary>Words at most of the contrasting clause's subject: "no figure", "Republican leaders", "a new radio series".</summary>
        private const int MaxContrastSubjectWords = 4;

        /// <summary>
        /// Whether a short subject at <paramref name="i"/> ("no figure has", "Republican leaders
        /// were") is followed by a finite verb: words that open no phrase of their own (no
        /// preposition, "to" or verb of saying) and then one of <see cref="ContrastFinites"/>.
        /// </summary>
        private static bool FiniteAfterShortSubject(List<Token> t, int i, int end)
        {
            for (int k = i; k < end && k - i <= MaxContrastSubjectWords; k++)
            {
                Token w = t[k];
                if (!w.IsWord && w.Kind != TokenKind.Number) return false;
                if (ContrastFinites.Contains(w.Text)) return k > i;
                if (WordLists.Prepositions.Contains(w.Text) || w.Is("to") || CueLexicon.IsCue(w.Text) || TailAdverbs.Contains(w.Text) || IsPastForm(w)) return false;
            }

            return false;
        }
    }
}
