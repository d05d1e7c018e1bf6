using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    internal static partial class SpeechPatterns
    {
        /// <summary>Cues of saying that invert after what was said; "called", "named" name things ("a duo called Bruce &amp; Terry").</summary>
        private static readonly WordSet InvertedSayings = new WordSet(
            "said", "says", "added", "adds", "explained", "explains", "argued", "argues", "warned", "warns", "noted", "notes", "insisted", "insists");

        /// <summary>Words that open an appositive or a phrase placing the speaker: "an analyst", "from TV producer X".</summary>
        private static readonly WordSet UncommaedAppositiveOpeners = new WordSet("a", "an", "the", "from", "of", "at", "with");

        /// <summary>
        /// "Analysing traffic will become important for service providers if they are to hold on to
        /// gamers said Lindsay Schroth, an analyst with research firm The Yankee Group.": the comma
        /// before an inverted "said" is missing, so the noun before the cue ("gamers") was taken for
        /// the speaker and the name for what was said. A name of two words or more right after the
        /// cue that closes the sentence, alone or with an appositive ("an analyst with ...", "from
        /// ...", "managing director of ...") and at most a relative clause, says nothing: it is the
        /// speaker, and the clause before the cue (which must hold a finite verb) is what was said.
        /// Constant work per cue beyond the sentence's tail.
        /// </summary>
        private static bool IsUncommaedInversion(string text, List<Token> t, Sentence s, int k)
        {
            if (k - 4 < s.First || k + 2 >= s.End || !t[k - 1].IsWord || t[k - 1].IsCapitalized && !NounPhrases.IsNameish(t[k - 1]) || !InvertedSayings.Contains(t[k].Text)) return false;
            if (WordLists.StopWords.Contains(t[k - 1].Text) || WordLists.VerbModifiers.Contains(t[k - 1].Text) || NounPhrases.IsPronoun(t[k - 1])) return false;
            Mention? after = NounPhrases.StartingAt(text, t, k + 1, s.End);
            if (after is null || after.Kind != MentionKind.Name || after.NameWords.Length < 2 || after.Titled) return false;
            int i = after.End;
            while (i < s.End && t[i].IsPunct('.')) i++;
            if (i < s.End)
            {
                if (!t[i].IsPunct(',') || i + 1 >= s.End) return false;
                Token opener = t[i + 1];
                if (!opener.IsWord || !(UncommaedAppositiveOpeners.Contains(opener.Text) || RoleLexicon.IsTitle(opener.Text) || NounPhrases.Appositive(text, t, i + 1, s.End) is not null)) return false;
                for (int j = i + 2; j < s.End; j++)
                {
                    if (t[j].Kind == TokenKind.Quote) return false;
                    // "said John Smith, the chairman, had lied": a second comma must open a relative clause.
                    if (t[j].IsPunct(',') && !(j + 1 < s.End && (t[j + 1].Is("which") || t[j + 1].Is("who")))) return false;
                    if (t[j].IsPunct(',')) break;
                }
            }

            // The clause before the cue: no quotation, and a finite verb.
            bool finite = false;
            for (int j = s.First; j < k; j++)
            {
                if (t[j].Kind == TokenKind.Quote) return false;
                if (t[j].IsWord && FiniteAuxiliaries.Contains(t[j].Text)) finite = true;
            }

            return finite;
        }
    }
}
