using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>Phrases before the subject that only set the scene of what the cue reports.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// "Later in the day, the FBI said it would cooperate.", "As for Trump, he said he's not
        /// worried.", "In June 2009, after Clinton suffered a concussion, Axelrod emailed ...": when
        /// every comma-separated piece before the subject opens with a preposition, a subordinating
        /// word or a time word, and none is quoted, the pieces say when, where or under what
        /// condition, and no main clause stands among them, so nothing there was said. "If she
        /// wins, she will ..., he said" keeps its main clause ("she will"), and stays content.
        /// </summary>
        private static bool OnlyAdverbials(List<Token> t, int first, int end)
        {
            if (first >= end) return false;
            bool pieceStart = true, prepositional = false;
            for (int i = first; i < end; i++)
            {
                Token w = t[i];
                if (w.Kind == TokenKind.Quote || w.Is("that")) return false;
                if (w.IsPunct(','))
                {
                    pieceStart = true;
                    continue;
                }

                if (!pieceStart)
                {
                    // "On Tuesday she lost the Oregon primary": a subject pronoun inside a piece that a
                    // preposition opens starts the main clause the phrase of time only set up.
                    if (prepositional && NounPhrases.IsPronoun(w)) return false;
                    continue;
                }

                pieceStart = false;
                if (!w.IsWord || !OpensAdverbial(t, i, end)) return false;
                prepositional = WordLists.Prepositions.Contains(w.Text);
            }

            return true;
        }

        /// <summary>"In", "during", "after", "as", "if", "later", "Tuesday", "shortly after": the word at <paramref name="i"/> opens an adverbial.</summary>
        private static bool OpensAdverbial(List<Token> t, int i, int end)
        {
            Token w = t[i];

            // "About 270 people", "at least 12 families": a preposition counting the subject opens no
            // adverbial; nor does "whether", whose clause is a subject ("Whether it works is ...").
            if (i + 1 < end && (t[i + 1].Kind == TokenKind.Number || t[i + 1].Is("least") || t[i + 1].Is("most"))) return false;
            if (w.Is("whether")) return false;
            if (WordLists.Prepositions.Contains(w.Text) || Subordinators.Contains(w.Text) || IsTimeWord(w) || w.Is("during")) return true;

            // "Shortly after my sentence", "Soon before the vote": a degree adverb, then the preposition.
            return w.Text.EndsWith("ly", System.StringComparison.OrdinalIgnoreCase) && i + 1 < end && t[i + 1].IsWord &&
                   (WordLists.Prepositions.Contains(t[i + 1].Text) || Subordinators.Contains(t[i + 1].Text));
        }
    }
}
