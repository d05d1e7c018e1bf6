using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Chelsea defender John Terry is fit", "England prop Phil Vickery is staying positive",
    /// "Olympic champion Kelly Holmes has pulled out": a sentence that opens with a name or place
    /// modifying a lower-case role, then the person's name.
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// Sport and show-business role nouns with no agent ending that go before a player's or
        /// performer's name ("Chelsea star", "England prop", "Olympic champion"): heads of a
        /// premodified role as much as "defender" or "presenter" are.
        /// </summary>
        private static readonly WordSet BareRoleNouns = new WordSet(
            "star", "champion", "prop", "lock", "centre", "fly-half", "scrum-half", "full-back", "legend", "frontman");

        /// <summary>
        /// The person named after a lower-case role that follows the phrase opening a sentence
        /// (<paramref name="modifier"/>, "Chelsea", "England", "Olympic"), when that name is the
        /// sentence's subject: a lower-case word (its verb) or a comma follows it. The phrase was
        /// taken for the subject, so the person was never the one "he" or "she" referred to next
        /// ("England prop Phil Vickery is staying positive ... He said: ..." had no speaker).
        /// <see cref="NameAfterPremodifiedRole"/> is the same role after a cue, where the name
        /// closes the clause instead.
        /// </summary>
        public static Mention? SubjectAfterPremodifiedRole(string text, List<Token> t, Mention modifier, int sentenceEnd)
        {
            if (modifier.Kind != MentionKind.Name && !IsCapitalisedTitleModifier(t, modifier)) return null;
            int first = modifier.End, i = first;
            while (i < sentenceEnd && i - first < MaxPremodifiedRoleWords && t[i].IsWord && !t[i].IsCapitalized && !t[i].IsPossessive &&
                   !WordLists.StopWords.Contains(t[i].Text) && !CueLexicon.IsCue(t[i].Text))
            {
                i++;
            }

            if (i == first || !(IsRoleHead(t[i - 1].Text) || BareRoleNouns.Contains(t[i - 1].Text))) return null;
            Mention? named = NameAfterRole(text, t, i - 1, sentenceEnd);
            if (named is null || !NamesPersonAfterRole(named, t[i - 1].Text) || named.End >= sentenceEnd) return null; // "Chelsea defender Terry is fit" (OneWordRoledNames)
            if (named.NameWords.Length == 1) named.Role ??= t[i - 1].Text;
            return OpensClause(t, named, sentenceEnd) ? named : null;
        }

        /// <summary>
        /// "Tory frontbencher Andrew Tyrie demanded": a party word is in the title lexicon, so the
        /// walk read "Tory" as a description (a bare title), not a name, and the person after the
        /// role was never the subject ("Labour frontbencher" worked). One or two capitalised title
        /// words with no determiner modify the role just as a name does.
        /// </summary>
        private static bool IsCapitalisedTitleModifier(List<Token> t, Mention modifier)
        {
            if ((modifier.Kind != MentionKind.Description && modifier.Kind != MentionKind.Group) || modifier.End - modifier.First > 2) return false;
            for (int k = modifier.First; k < modifier.End; k++)
            {
                if (!t[k].IsCapitalized || !RoleLexicon.IsTitle(t[k].Text)) return false;
            }

            return true;
        }

        /// <summary>A lower-case word (the verb) or a comma right after the name: it is the subject of its clause.</summary>
        private static bool OpensClause(List<Token> t, Mention named, int sentenceEnd)
        {
            if (named.End >= sentenceEnd) return false;
            Token after = t[named.End];
            return (after.IsWord && !after.IsCapitalized) || after.IsPunct(',');
        }
    }
}
