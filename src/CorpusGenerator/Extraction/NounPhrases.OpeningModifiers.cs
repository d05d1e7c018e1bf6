using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Telecom analysts Ovum welcomed the move", "Ex-chat show host Robert Kilroy-Silk has quit":
    /// a word capitalised only because it opens the sentence modifies the role after it, and the
    /// name after that role is who speaks.
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// Whether the lone capitalised word at <paramref name="first"/>, which opens the sentence,
        /// modifies a lower-case role that a name follows ("Telecom analysts Ovum", "Ex-chat show
        /// host Robert Kilroy-Silk", "Oxfam senior policy adviser Max Lawson", "Conservative
        /// shadow home secretary David Davis"); <paramref name="phrase"/> is then that name, as
        /// "said analyst Alex Potter" gives Alex Potter (RoleBeforeName). Read as a lone name, the
        /// capitalised word became the typed speaker ("Telecom", "Ex-chat", "Oxfam" for its
        /// adviser's words in BBC). A verb after the word ("Blair faces officials", "Smith
        /// reportedly said") and acronyms ("BT engineers") leave it alone, and so does a role no
        /// name follows ("Market analysts"): what that phrase is stays as it was.
        /// </summary>
        private static bool IsOpeningModifier(string text, List<Token> t, int first, int sentenceEnd, out Mention? phrase)
        {
            phrase = null;
            Token word = t[first];
            int next = first + 1;
            if (next >= sentenceEnd || !word.IsWord || !word.IsCapitalized || word.IsPossessive || !OpensSentence(t, first) || IsAcronymWord(word.Text)) return false;
            if (!IsLowerNounWord(t[next]) || t[next].Text.EndsWith("ed", StringComparison.Ordinal)) return false;
            int head = -1;
            for (int k = next; k < sentenceEnd && k - next < 3 && IsLowerNounWord(t[k]); k++)
            {
                if ((RoleLexicon.IsSourceNoun(t[k].Text) || RoleLexicon.IsTitle(t[k].Text)) && !Premodifiers.Contains(t[k].Text))
                {
                    head = k;
                    break;
                }

                // "Blair faces officials": a verb in -s or -ed before the noun is no modifier.
                if (t[k].Text.EndsWith("s", StringComparison.Ordinal) || t[k].Text.EndsWith("ed", StringComparison.Ordinal)) return false;
            }

            if (head < 0) return false;

            // "Oxfam senior policy adviser Max Lawson": the role runs on through its title words.
            while (head + 1 < sentenceEnd)
            {
                if (IsLowerRoleWord(t[head + 1])) head++;
                else if (head + 2 < sentenceEnd && IsLowerNounWord(t[head + 1]) && IsLowerRoleWord(t[head + 2])) head += 2;
                else break;
            }

            phrase = NameAfterRole(text, t, head, sentenceEnd);
            return phrase is not null;
        }

        /// <summary>A lower-case source noun or title: "analysts", "host", "adviser".</summary>
        private static bool IsLowerRoleWord(Token token) =>
            token.IsWord && !token.IsCapitalized && (RoleLexicon.IsSourceNoun(token.Text) || RoleLexicon.IsTitle(token.Text));

        /// <summary>A lower-case word that can be part of a noun phrase: no function word, verb modifier, cue or -ly adverb.</summary>
        private static bool IsLowerNounWord(Token token) =>
            token.IsWord && !token.IsCapitalized && !token.IsPossessive && !WordLists.StopWords.Contains(token.Text) && !WordLists.Determiners.Contains(token.Text) &&
            !WordLists.VerbModifiers.Contains(token.Text) && !CueLexicon.IsCue(token.Text) && !IsParticle(token) && !token.Text.EndsWith("ly", StringComparison.Ordinal);
    }
}
