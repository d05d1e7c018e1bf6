using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Man-of-the-match Duff", "Paris-based Euronext": a hyphenated modifier is no word of the name after it.</summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// Whether token <paramref name="i"/>, first of the capitalised run ending at
        /// <paramref name="end"/>, is a hyphenated common word ("Man-of-the-match", "Oscar-nominated",
        /// "Paris-based", "Seventeen-year-old") before a single name word. No one is called so, but
        /// the run was taken whole for a name: speakers "Man-of-the-match Duff", "Coffee-loving
        /// Curry", "Oscar-nominated Owen", "Paris-based Euronext". Before a full name (three words or more) the
        /// word is a role and <see cref="IsNamePremodifier"/> keeps it as one; before a single
        /// word it is only dropped, not taken for a title, since the word after it may as well be
        /// a firm or a team ("Houston-based Continental", "In-form Leicester") as a person. Alone
        /// ("Low-cost airlines", "Anti-abortion campaigners") it is left as it was: dropping it
        /// left those sentences with no subject, and their quotes were lost.
        /// </summary>
        private static bool IsHyphenatedModifier(List<Token> t, int i, int end) =>
            end - i == 2 && t[i].IsWord && !t[i].IsPossessive && IsHyphenatedCommonNoun(t[i].Text) && t[i + 1].IsWord && IsNameish(t[i + 1]) && !BeforePluralNoun(t, end);

        /// <summary>
        /// Whether the lone capitalised word at <paramref name="i"/> is a hyphenated common word
        /// ("UK-based", "Oscar-nominated", "Paris-based") with a lower-case word after it: like a
        /// nationality ("Dutch firm Heineken"), it modifies the role after it, and the name after
        /// that role speaks. "according to a report published by UK-based research consultancy
        /// Analysys" gave the report no author, and "according to UK-based research consultancy
        /// Analysys" the typed speaker "UK-based", as "said London-based analysts" did. With no
        /// role or source noun after it the word is left as it was, and so is one opening its
        /// sentence, which the sentence's own subject walks read (OpeningModifiers): "Anti-abortion
        /// group the Pro-Life Alliance "congratulated" Mr Howard ..., but said" lost its only subject.
        /// </summary>
        private static bool IsHyphenatedModifierBeforeRole(List<Token> t, int i, int sentenceEnd) =>
            t[i].IsWord && !t[i].IsPossessive && !OpensSentence(t, i) && IsHyphenatedCommonNoun(t[i].Text) && i + 1 < sentenceEnd && t[i + 1].IsWord && !t[i + 1].IsCapitalized &&
            !WordLists.StopWords.Contains(t[i + 1].Text) && !CueLexicon.IsCue(t[i + 1].Text);

        /// <summary>
        /// The name after the role or kind of body that the modifier at <paramref name="first"/>
        /// opens: "Analysys" after "UK-based research consultancy", "Liam Neeson" after
        /// "Oscar-nominated actor"; with no name, the group a source noun names ("London-based
        /// analysts"); null when no such noun follows.
        /// </summary>
        private static Mention? NameAfterModifiedKind(string text, List<Token> t, int first, int sentenceEnd)
        {
            int i = first + 1;
            while (i < sentenceEnd && i - first <= MaxNationalityModifiedWords && t[i].IsWord && !t[i].IsCapitalized && !t[i].IsPossessive &&
                   !WordLists.StopWords.Contains(t[i].Text) && !CueLexicon.IsCue(t[i].Text))
            {
                i++;
            }

            int head = i - 1;
            if (head <= first) return null;
            string w = t[head].Text;
            if (!IsRoleHead(w) && !OpeningKindNouns.Contains(w) && !RoleLexicon.IsOrganisationWord(w)) return null;
            // "Anti-abortion group the Pro-Life Alliance": a body's name keeps its article.
            int roleEnd = head + 2 < sentenceEnd && t[head + 1].Is("the") && IsNameish(t[head + 2]) ? head + 1 : head;
            return NameAfterRole(text, t, roleEnd, sentenceEnd) ?? (RoleLexicon.IsSourceNoun(w) ? Description(text, t, head, first) : null); // "said London-based analysts": the group
        }

        /// <summary>
        /// "Cash-strapped US companies": a lower-case plural that is no verb after the run is the
        /// noun the whole run modifies, so the name word is a modifier too and the run is left whole.
        /// </summary>
        private static bool BeforePluralNoun(List<Token> t, int end)
        {
            if (end >= t.Count || !t[end].IsWord || t[end].IsCapitalized) return false;
            string w = t[end].Text;
            return w.Length > 3 && w.EndsWith("s", System.StringComparison.Ordinal) && !w.EndsWith("ss", System.StringComparison.Ordinal) &&
                   !CueLexicon.IsCue(w) && !WordLists.StopWords.Contains(w) && !WordLists.VerbModifiers.Contains(w);
        }
    }
}
