using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "The book, by Sunday Telegraph journalist Robert Peston and serialised in the newspaper,
    /// said ...", "The study, from the Centre for Economic Policy Research, does not praise ...",
    /// "The figures collected by the Mobile Data Association (MDA) showed ...": the author a
    /// writing that opens a sentence names after it, set off by commas or not
    /// (SpeakerResolver.WritingSubjects).
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// The author named after <paramref name="writing"/>, a phrase ending in a writing's noun:
        /// right after it ("figures collected by X", <see cref="AuthorAfterWriting"/>) or in an
        /// appositive that opens with "by" or "from" ("The book, by X,"). After "from" only an
        /// organisation's name or a name a lower-case role describes: "The letter, from Moscow,"
        /// comes from a place. Null otherwise. Reads a few tokens.
        /// </summary>
        internal static Mention? AuthorOfSubjectWriting(string text, List<Token> t, Sentence s, Mention writing)
        {
            if (writing.Kind != MentionKind.Description && writing.Kind != MentionKind.Group) return null;
            Token head = t[writing.End - 1];
            if (!head.IsWord || head.IsCapitalized || !(RoleLexicon.IsDocument(head.Text) || SpeakerResolver.IsAuthoredWork(head.Text)) || writing.End + 2 >= s.End) return null;
            int byAt = !t[writing.End].IsPunct(',') ? AuthorPrepositionAfterWriting(t, writing.End, s.End) :
                t[writing.End + 1].Is("by") || t[writing.End + 1].Is("from") ? writing.End + 1 : AuthorPrepositionAfterWriting(t, writing.End + 1, s.End); // "The research, carried out by transport expert professor Richard Allsop, says"
            Mention? author = AuthorAfterPreposition(text, t, s, byAt);

            // "The book by Robert Peston said", "The book, by Sunday Telegraph journalist Robert
            // Peston and serialised in the newspaper, said": the name opens a clause, not closes one.
            if (author is null && byAt + 1 < s.End && (t[byAt].Is("by") || t[byAt].Is("from")))
            {
                Mention? name = NounPhrases.StartingAt(text, t, byAt + 1, s.End);
                if (name is not null && name.Kind == MentionKind.Name) author = NounPhrases.SubjectAfterPremodifiedRole(text, t, name, s.End) ?? (name.End < s.End && (FollowedByLowerCaseWord(t, name.End) || t[name.End].IsPunct(',')) ? name : null);
                else if (name is null && CapitalisedRun(text, t, byAt + 1, s.End) is Mention paper) author = NounPhrases.SubjectAfterPremodifiedRole(text, t, paper, s.End); // "by Sunday Telegraph journalist Robert Peston"
            }

            if (author is null || author.Conjoined) return null;
            int before = author.First - 1;
            if (t[before].Is("the") && before > byAt) before--;
            bool described = before > byAt && t[before].IsWord && !t[before].IsCapitalized; // "from analysts Gartner"
            return t[byAt].Is("from") && !described && !NamesOrganisation(author.NameWords) ? null : author;
        }

        /// <summary>Capitalised words at most in the name that modifies an author's role ("Sunday Telegraph journalist").</summary>
        private const int MaxRoleModifierWords = 4;

        /// <summary>
        /// The capitalised words from <paramref name="first"/> as a name that only modifies the role
        /// after it ("Sunday Telegraph" in "by Sunday Telegraph journalist Robert Peston", which the
        /// phrase reader leaves for its weekday); null when no lower-case word follows them.
        /// </summary>
        private static Mention? CapitalisedRun(string text, List<Token> t, int first, int end)
        {
            int i = first;
            while (i < end && i - first < MaxRoleModifierWords && t[i].IsWord && t[i].IsCapitalized) i++;
            if (i == first || i >= end || !t[i].IsWord || t[i].IsCapitalized) return null;
            var words = new string[i - first];
            for (int k = first; k < i; k++) words[k - first] = t[k].Text;
            var span = new TextRange(t[first].Start, t[i - 1].End);
            return new Mention(MentionKind.Name, first, i, span, span.Of(text)) { NameWords = words };
        }

        private static bool FollowedByLowerCaseWord(List<Token> t, int at) => t[at].IsWord && !t[at].IsCapitalized;

        /// <summary>Modifiers at most between the determiner and the work's noun: "The new unauthorised book".</summary>
        private const int WorkModifiers = 3;

        /// <summary>
        /// "The book", "The new biography", "The research": a determiner and an authored work's
        /// noun (SpeakerResolver.AuthoredWorks) or a writing's opening <paramref name="s"/>, which
        /// the phrase reader takes for no one's phrase when the noun is no source noun ("book",
        /// "research"); null when the sentence opens otherwise.
        /// </summary>
        internal static Mention? OpeningWork(string text, List<Token> t, Sentence s)
        {
            int first = s.First;
            if (first + 1 >= s.End || !(t[first].Is("the") || t[first].Is("a") || t[first].Is("an"))) return null;
            for (int i = first + 1; i < s.End && i - first <= WorkModifiers + 1 && t[i].IsWord; i++)
            {
                if (!t[i].IsCapitalized && (SpeakerResolver.IsAuthoredWork(t[i].Text) || RoleLexicon.IsDocument(t[i].Text)))
                {
                    var span = new TextRange(t[first].Start, t[i].End);
                    return new Mention(MentionKind.Group, first, i + 1, span, span.Of(text)) { NameWords = new[] { t[i].Text } };
                }

                if (!t[i].IsCapitalized && WordLists.StopWords.Contains(t[i].Text)) return null;
            }

            return null;
        }
    }
}
