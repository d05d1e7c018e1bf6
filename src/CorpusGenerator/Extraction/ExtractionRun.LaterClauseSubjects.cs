using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Victory took Real to within six points of leaders Barcelona and Owen is confident Real can
    /// close the gap. He added: ...": a second main clause joined by "and" or "but" has its own
    /// subject, the name right before its auxiliary. Only the sentence's opening subject was
    /// noted, so "he" went to the person named in the sentence before ("Midfielder Edu reduced
    /// the deficit"). Not in a sentence that reports or quotes ("He said that any evidence would
    /// be looked into and Mr Houston may be interviewed"): that clause is someone's words. Reads
    /// the sentence once; only a person already known is noted.
    /// </summary>
    internal sealed partial class ExtractionRun
    {
        /// <summary>Auxiliaries of a singular subject: a closed class, so "Smith and Jones were" is never read as a clause.</summary>
        private static readonly WordSet SingularAuxiliaries = new WordSet(
            "is", "was", "has", "had", "will", "would", "could", "can", "may", "might", "must", "should", "does", "did");

        /// <summary>Makes the subject of the last "and NAME is ..." clause of a sentence that neither quotes nor reports the one "he" or "she" refers to next.</summary>
        private void NoteLaterClauseSubject(List<Token> t, Sentence sentence)
        {
            Mention? last = null;
            int lastAuxiliary = -2; // not looked for yet
            for (int i = sentence.First + 1; i + 2 < sentence.End; i++)
            {
                // Every word of every sentence passes here: its length, one load, turns away nearly
                // all of them before the two comparisons.
                Token word = t[i];
                if (word.Text.Length != 3 || !(word.Is("and") || word.Is("but")) || !t[i + 1].IsWord || !t[i + 1].IsCapitalized) continue;
                // The subject's auxiliary stands at least two tokens on ("and Owen is"): with no
                // singular auxiliary that far on, neither this "and" nor a later one starts such a
                // clause, and the noun phrase is not read ("and Real Madrid beat ..." is common).
                if (lastAuxiliary == -2) lastAuxiliary = LastSingularAuxiliary(t, sentence);
                if (lastAuxiliary < i + 2) break;
                Mention? subject = NounPhrases.StartingAt(text, t, i + 1, sentence.End);
                if (subject is null || subject.Kind != MentionKind.Name || subject.Conjoined || subject.Article is not null || subject.End >= sentence.End) continue;
                if (!t[subject.End].IsWord || !SingularAuxiliaries.Contains(t[subject.End].Text)) continue;
                last = subject;
            }

            // Only a sentence with such a clause is read for a quotation or a cue (a hash lookup a
            // word): most sentences have none, and this check on every word cost 2% of extraction.
            if (last is null || QuotesOrReports(t, sentence)) return;
            resolver.NoteKnownPerson(last);
        }

        /// <summary>The index of the sentence's last singular auxiliary, or -1: read once a sentence, and only one with an "and" or "but" before a capital.</summary>
        private static int LastSingularAuxiliary(List<Token> t, Sentence sentence)
        {
            for (int j = sentence.End - 1; j > sentence.First + 1; j--)
            {
                if (t[j].IsWord && SingularAuxiliaries.Contains(t[j].Text)) return j;
            }

            return -1;
        }

        /// <summary>Whether a quotation mark or a cue word stands among the sentence's tokens before its last two.</summary>
        private static bool QuotesOrReports(List<Token> t, Sentence sentence)
        {
            for (int i = sentence.First; i + 2 < sentence.End; i++)
            {
                if (t[i].Kind == TokenKind.Quote || (t[i].IsWord && CueLexicon.IsCue(t[i].Text))) return true;
            }

            return false;
        }
    }
}
