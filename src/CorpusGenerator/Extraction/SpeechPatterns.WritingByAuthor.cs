using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "according to a recent report from Bloomberg New Energy Finance", "according to an
    /// analysis by Lee Epstein", "according to a report by UK think-tank Demos": a writing whose
    /// author is named after it with "from" or "by" reports its author's words; the author is the
    /// source, as "the Demos report" makes Demos the source.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// The author named after the writing <paramref name="writing"/> ("a report from X", "an
        /// analysis by X"), or null when the writing's phrase is not followed so.
        /// </summary>
        private static Mention? AuthorAfterWriting(string text, List<Token> t, Sentence s, Mention writing)
        {
            if (writing.Kind == MentionKind.Name || writing.Kind == MentionKind.Pronoun) return null;
            if (writing.End + 1 >= s.End) return AuthorInsideWriting(text, t, s, writing);
            Token head = t[writing.End - 1];
            if (!head.IsWord || head.IsCapitalized || !RoleLexicon.IsDocument(head.Text)) return AuthorInsideWriting(text, t, s, writing);
            int byAt = AuthorPrepositionAfterWriting(t, writing.End, s.End); // "figures revealed by" (WritingPublishedBy), "a report earlier this week from" (WritingDatedBeforeAuthor)
            return AuthorAfterPreposition(text, t, s, byAt);
        }

        /// <summary>The author named after the "from" or "by" at <paramref name="byAt"/>, or null (<see cref="AuthorAfterWriting"/>).</summary>
        private static Mention? AuthorAfterPreposition(string text, List<Token> t, Sentence s, int byAt)
        {
            Token by = t[byAt];
            if (!by.Is("from") && !by.Is("by")) return null;
            Mention? author = NounPhrases.StartingAt(text, t, byAt + 1, s.End);
            if (author is not null && author.Kind == MentionKind.Name)
            {
                author = NounPhrases.NameAfterPremodifiedRole(text, t, author, s.End) ?? author;

                // The name closes the author's phrase: "by UK think-tank Demos" read as "UK" names a
                // country that describes the author, not the author; "by Goldman Sachs & Co" goes on.
                if (author.End >= s.End || IsPhraseClose(t[author.End]) || t[author.End].Is("and") || DateClosesAuthor(t, author.End, s.End) || AcronymAfter(t, author.End, s.End)) return author;
            }

            // "by CES organisers the CEA on Tuesday", "by CES organisers, the CEA, on Tuesday" (DescribedAuthors).
            if (NameAfterDescriptionAndThe(text, t, s, byAt + 1) is Mention described) return described;

            // "according to figures from the Council of Mortgage Lenders.": a name with "of" read whole (OrganisationNameUpTo).
            int close = byAt + 1;
            while (close < s.End && close - byAt <= MaxOrganisationNameWords + 1 && !IsPhraseClose(t[close]) && !DateClosesAuthor(t, close, s.End) && !AcronymAfter(t, close, s.End)) close++;

            // "the Ministry of Economy, Trade and Industry (METI)": the name goes on past its comma.
            if (close + 2 < s.End && t[close].IsPunct(',') && t[close + 1].IsCapitalized && (t[close + 2].Is("and") || t[close + 2].IsPunct(','))) return null;
            if (close - byAt > MaxOrganisationNameWords + 1) return null;
            return OrganisationNameUpTo(text, t, byAt + 1, close) ?? NameAfterDescribingWords(text, t, s, byAt + 1, close); // "a report by telecoms giant BT, ..." (AccordingToDescribedName)
        }

        /// <summary>
        /// "according to lending figures from the Bank of England", "according to research from
        /// technology analysts Gartner": the source phrase was read whole, the writing and its
        /// author, and named no one. The author that closes it is the source, as it is when the
        /// writing is read alone ("a report from X"). After "from" only an organisation's name
        /// ("Bank", "Council", "Ministry") or one a lower-case role describes ("technology
        /// analysts Gartner"): "reports from Russia", "estimates from India" name a place.
        /// Reads the phrase's tokens once.
        /// </summary>
        private static Mention? AuthorInsideWriting(string text, List<Token> t, Sentence s, Mention writing)
        {
            for (int i = writing.First; i + 2 < writing.End; i++)
            {
                Token w = t[i];
                if (!w.IsWord || w.IsCapitalized || !RoleLexicon.IsDocument(w.Text)) continue;
                int at = AuthorPrepositionAfterWriting(t, i + 1, writing.End); // "a report earlier this week from" (WritingDatedBeforeAuthor)
                bool from = t[at].Is("from");
                if (!from && !t[at].Is("by")) return null;
                Mention? author = NounPhrases.StartingAt(text, t, at + 1, s.End);
                bool described = false;
                if (author is not null && author.Kind == MentionKind.Name) author = NounPhrases.NameAfterPremodifiedRole(text, t, author, s.End) ?? author;
                else if ((author = NounPhrases.NameAfterLowerCaseRole(text, t, at + 1, s.End)) is not null) described = true;
                if ((author is null || author.Kind != MentionKind.Name || author.End != writing.End) && NameAfterDescriptionAndThe(text, t, s, at + 1) is Mention analysts && analysts.End == writing.End)
                {
                    author = analysts; // "research from message analysts the Radicati Group" (DescribedAuthors)
                    described = true;
                }

                if ((author is null || author.Kind != MentionKind.Name || author.End != writing.End) && NameAfterDescribingWords(text, t, s, at + 1, writing.End) is Mention firm)
                {
                    author = firm; // "the report by telecoms giant BT" (AccordingToDescribedName)
                    described = true;
                }

                if (author is null || author.Kind != MentionKind.Name || author.End != writing.End) author = OrganisationNameUpTo(text, t, at + 1, writing.End);
                if (author is null || author.Kind != MentionKind.Name || author.End != writing.End || author.Conjoined) return null;
                if (from && !described && !NamesOrganisation(author.NameWords)) return null;
                return author;
            }

            return null;
        }

        /// <summary>Words at most in an organisation's name read whole ("Council of Mortgage Lenders").</summary>
        private const int MaxOrganisationNameWords = 7;

        /// <summary>
        /// "the Bank of England", "the Council of Mortgage Lenders" from <paramref name="first"/> to
        /// <paramref name="end"/>: capitalised words joined only by "of", one of them an
        /// organisation's, as one name; the noun-phrase reader stops such a name at "of". Null when
        /// the tokens are anything else.
        /// </summary>
        private static Mention? OrganisationNameUpTo(string text, List<Token> t, int first, int end)
        {
            string? article = null;
            if (first < end && t[first].Is("the"))
            {
                article = t[first].Text;
                first++;
            }

            if (end - first < 1 || end - first > MaxOrganisationNameWords || !t[first].IsCapitalized || !t[end - 1].IsCapitalized) return null;
            var words = new string[end - first];
            int and = -1;
            for (int i = first; i < end; i++)
            {
                if (t[i].Is("and") && and < 0) and = i;
                else if (!t[i].IsCapitalized && !t[i].Is("of") && !InnerFor(t, i, first)) return null;
                words[i - first] = t[i].Text;
            }

            if (!NamesOrganisation(words)) return null;

            // "the World Travel and Tourism Council", "the Pew Internet and American Life Project":
            // one body whose name holds "and", when only the last word shows an organisation and
            // two capitalised words at least stand before "and" ("Microsoft and Intel Corp" is two).
            if (and >= 0 && (and - first < 2 || !RoleLexicon.IsOrganisationWord(t[end - 1].Text) || OrganisationWordBefore(words, and - first))) return null;
            var span = new TextRange(t[first].Start, t[end - 1].End);
            return new Mention(MentionKind.Name, first, end, span, text.Substring(span.Start, span.End - span.Start)) { NameWords = words, Article = article };
        }

        /// <summary>
        /// "the Centre for Economic Policy Research", "the Department for Transport", "the Office
        /// for National Statistics": "for" inside a body's name, right after its organisation word
        /// and before a capitalised word; read as a name's end, the study "from the Centre for
        /// Economic Policy Research" named no author.
        /// </summary>
        private static bool InnerFor(List<Token> t, int i, int first) =>
            t[i].Is("for") && i > first && i + 1 < t.Count && t[i + 1].IsCapitalized && RoleLexicon.IsOrganisationWord(t[i - 1].Text);

        /// <summary>Whether one of the first <paramref name="count"/> of <paramref name="words"/> is an organisation's.</summary>
        private static bool OrganisationWordBefore(string[] words, int count)
        {
            for (int i = 0; i < count; i++)
            {
                if (RoleLexicon.IsOrganisationWord(words[i])) return true;
            }

            return false;
        }

        /// <summary>Organisation words that also name places: "from the United States" is where, not whose.</summary>
        private static readonly WordSet PlaceOrganisationWords = new WordSet(
            "states", "kingdom", "republic", "canada", "street", "avenue", "road", "county", "city", "province", "district",
            "region", "island", "islands", "airport", "station", "park", "hall", "tower");

        /// <summary>Whether one of <paramref name="words"/> is an organisation's ("Council", "Ministry", "Bank") and no place's.</summary>
        internal static bool NamesOrganisation(string[] words)
        {
            foreach (string w in words)
            {
                if (RoleLexicon.IsOrganisationWord(w) && !PlaceOrganisationWords.Contains(w)) return true;
            }

            return false;
        }

        /// <summary>"the Mobile Data Association (MDA) showed": the name's acronym in brackets closes it.</summary>
        private static bool AcronymAfter(List<Token> t, int at, int end) =>
            at + 2 < end && t[at].IsPunct('(') && t[at + 1].IsWord && t[at + 1].IsCapitalized && t[at + 2].IsPunct(')');

        private static bool IsPhraseClose(Token token) => token.Kind == TokenKind.Punct && ",.;:)!?".IndexOf(token.Text[0]) >= 0;
    }
}
