using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    internal static partial class NounPhrases
    {
        /// <summary>
        /// Function words that are also surnames: "Theresa May", "George Will", "Neil Back".
        /// </summary>
        private static readonly string[] FunctionWordSurnameList = { "may", "will", "back", "well", "still" };

        private static readonly WordSet FunctionWordSurnames = new WordSet(FunctionWordSurnameList);

        /// <summary>What may follow a surname but never the modal verb: "May has said", "May, shadow secretary".</summary>
        private static readonly WordSet AfterSurnameWords = new WordSet("has", "had", "was", "is", "and", "who");

        /// <summary>
        /// "Conservative family spokeswoman Theresa May said", "Guitarist Brian May has said": a
        /// function word read as the verb "may" ended the name at "Theresa", and the quote lost its
        /// speaker. In running text the modal is never capitalised after a name, so a capitalised
        /// one right after a first name (or "Mrs") is the surname, when what follows can only follow
        /// a name: a cue, "has", "had", "was", "and", or a comma or stop. Headlines in title case
        /// ("Romney Will Win") are left alone: there the next word is capitalised too. One pass
        /// over the paragraph's tokens, marking them nameish before any walk asks.
        /// </summary>
        public static void MarkFunctionWordSurnames(string text, List<Token> t)
        {
            // Only a word that opens with one of these capitals can be such a surname: the
            // runtime's vectorized search finds them in the text, and only the tokens found are
            // read (a pass over every token had cost 2% of extraction). The last token is never
            // one: something must follow the surname.
            if (t.Count < 2) return;
            int end = t[t.Count - 1].Start;
            for (int at = text.IndexOfAny(FunctionWordSurnameInitials, t[0].Start, end - t[0].Start); at >= 0;
                 at = at + 1 < end ? text.IndexOfAny(FunctionWordSurnameInitials, at + 1, end - at - 1) : -1)
            {
                // The word there, as the text has it: a run of three to five letters in the set,
                // or no token of one (the token reader joins letters, digits and marks into one word).
                int length = 1;
                while (length <= 5 && at + length < text.Length && char.IsLetter(text[at + length])) length++;
                if (length < 3 || length > 5 || !FunctionWordSurnames.Contains(text, at, length)) continue;
                int i = TokenStartingAt(t, at);
                if (i >= 0) MarkIfFunctionWordSurname(t, i);
            }
        }

        /// <summary>The capital letters that open <see cref="FunctionWordSurnames"/>, from the list itself.</summary>
        private static readonly char[] FunctionWordSurnameInitials = Capitals(FunctionWordSurnameList);

        private static char[] Capitals(string[] words)
        {
            var initials = new List<char>();
            foreach (string word in words)
            {
                char capital = char.ToUpperInvariant(word[0]);
                if (!initials.Contains(capital)) initials.Add(capital);
            }

            return initials.ToArray();
        }

        /// <summary>The index of the token that starts at <paramref name="position"/>, or -1; tokens are in text order.</summary>
        private static int TokenStartingAt(List<Token> t, int position)
        {
            int low = 0, high = t.Count - 1;
            while (low <= high)
            {
                int mid = low + ((high - low) >> 1);
                int start = t[mid].Start;
                if (start == position) return mid;
                if (start < position) low = mid + 1;
                else high = mid - 1;
            }

            return -1;
        }

        private static void MarkIfFunctionWordSurname(List<Token> t, int i)
        {
            Token w = t[i];
            if (!w.IsCapitalized || w.Text.Length > 5 || !FunctionWordSurnames.Contains(w.Text)) return;
            Token next = t[i + 1];
            if (i == 0 || !t[i - 1].IsWord)
            {
                // "May said:": the surname alone, opening a sentence. A cue in the past tense
                // can follow neither the modal nor the month; "in May said" is a month.
                if (IsPastCue(next)) w.NameishMemo = 1;
                return;
            }

            Token first = t[i - 1];
            if (!first.IsCapitalized || first.IsPossessive || first.End + 1 != w.Start) return;
            bool honorific = RoleLexicon.IsHonorific(first.Text);
            if (!honorific && (!IsNameish(first) || RoleLexicon.IsTitle(first.Text) || RoleLexicon.IsOrganisationWord(first.Text) || RoleLexicon.IsNationality(first.Text))) return;
            bool nameEnds = next.Kind == TokenKind.Punct ? next.IsPunct(',') || next.IsPunct('.') || next.IsPunct(';') || next.IsPunct(':') || next.IsPunct(')')
                          : next.IsWord && !next.IsCapitalized && (AfterSurnameWords.Contains(next.Text) || CueLexicon.IsCue(next.Text));
            if (nameEnds) w.NameishMemo = 1;
        }

        /// <summary>A function word this pass took for a surname ("May" in "Theresa May said").</summary>
        public static bool IsFunctionWordSurname(Token w) => w.NameishMemo == 1 && w.IsCapitalized && FunctionWordSurnames.Contains(w.Text);

        /// <summary>"said", "told", "added", "says": a cue no modal verb goes before.</summary>
        private static bool IsPastCue(Token w) =>
            w.IsWord && !w.IsCapitalized && CueLexicon.IsCue(w.Text) &&
            (w.Is("said") || w.Is("told") || w.Is("wrote") || w.Text.EndsWith("ed", System.StringComparison.Ordinal) || w.Text.EndsWith("s", System.StringComparison.Ordinal));
    }
}
