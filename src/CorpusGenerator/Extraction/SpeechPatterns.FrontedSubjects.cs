using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "C, an airport official said.", "C, the Democratic nominee's campaign announced Friday.",
    /// "C, the news site RTL Info reported.", "C, Portuguese newspaper Correio de Manha reports.",
    /// "C, Donald Trump's longtime confidant Roger Stone stated.": the speaker's mention leaves out
    /// words of its phrase (an article, a possessive, noun or name modifiers, a description before
    /// a name), so the comma that ends the fronted content C is not right before the mention, and
    /// C was lost. Past at most a few such words, a comma still closes C; the phrase must not open
    /// with a conjunction or preposition (", and officials said" joins a clause, it fronts nothing),
    /// nor hold an article inside (", an arrangement the campaign has criticized":
    /// the phrase is the cue's object). Only where nothing but a circumstance follows the cue: C is
    /// then the only content the cue can have.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Words at most between the comma and the speaker's mention.</summary>
        private const int FrontedSubjectWords = 6;

        /// <summary>
        /// The start of the subject phrase when only premodifying words stand between a comma and
        /// the mention that starts at <paramref name="leftEnd"/>; else -1.
        /// </summary>
        private static int FrontedSubjectStart(List<Token> t, int leftFirst, int leftEnd)
        {
            // The mention's own article ("an arrangement the Sanders campaign") opens the phrase: nothing may go before it.
            if (t[leftEnd].Is("the") || t[leftEnd].Is("a") || t[leftEnd].Is("an")) return -1;

            for (int b = leftEnd - 1; b > leftFirst && leftEnd - b <= FrontedSubjectWords; b--)
            {
                Token w = t[b];
                if (!IsSubjectPremodifier(w)) return -1;
                bool opens = t[b - 1].IsPunct(',');

                // An article opens the phrase ("the news site RTL Info", "an anti-fraud agency") or a
                // second one (", an arrangement the campaign").
                bool article = w.Is("the") || w.Is("a") || w.Is("an");
                if (article && !opens) return -1;
                if (opens)
                {
                    // The phrase opens at b: not with a conjunction, preposition or pronoun.
                    if (!w.IsCapitalized && WordLists.StopWords.Contains(w.Text) && !article) return -1;
                    return b;
                }
            }

            return -1;
        }

        /// <summary>
        /// A word that may premodify a subject's head: an article, a possessive
        /// ("nominee's", "Trump’s"), a capitalised word, a lower-case modifier ("airport", "longtime"),
        /// or "and" between two of them ("teachers and union officials").
        /// </summary>
        private static bool IsSubjectPremodifier(Token w)
        {
            if (!w.IsWord || CueLexicon.IsCue(w.Text)) return false;
            if (w.IsPossessive || w.IsCapitalized || IsModifierWord(w)) return true;
            return w.Is("the") || w.Is("a") || w.Is("an") || w.Is("and");
        }
    }
}
