using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>A writing that names its author before it: "the Sensei website", "a Pew survey".</summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>Capitalized words that date a writing rather than name its author ("the June report").</summary>
        internal static readonly WordSet CalendarWords = new WordSet(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "spring", "summer", "fall", "autumn", "winter");

        /// <summary>
        /// "According to the Sensei website", "a TransLink study found": the proper name written
        /// right before the writing is whose words they are, as "the RCMP statement" is the RCMP's.
        /// Null when no capitalized word stands before the writing's noun.
        /// </summary>
        private Entity? AuthorNamedBeforeWriting(Mention mention)
        {
            string[] words = mention.NameWords;
            // A capitalized writing noun is part of a name itself: "a Washington Post" is a paper.
            if (words.Length < 2) return null;
            string head = words[words.Length - 1];
            if (head.Length == 0 || !char.IsLower(head[0]) || !RoleLexicon.IsDocument(head)) return null;
            int first = words.Length - 1;
            while (first > 0 && IsAuthorWord(words[first - 1])) first--;
            if (first == words.Length - 1) return null;

            // "the June report" is dated, not authored; "the Sunday Telegraph report" is authored.
            bool dated = true;
            for (int i = first; i < words.Length - 1; i++) dated &= CalendarWords.Contains(words[i]);
            if (dated) return null;

            // The name as the text spells it, for the mention and the entity's name. A name that
            // opens the phrase may be capitalized only for opening the sentence ("Exit polls show").
            int at = mention.Text.IndexOf(words[first], StringComparison.Ordinal);
            if (at < 0 || (at == 0 && OpensSentence(mention.Span.Start))) return null;
            int last = mention.Text.LastIndexOf(words[words.Length - 2], StringComparison.Ordinal);
            if (at < 0 || last < at) return null;
            int end = last + words[words.Length - 2].Length;
            var span = new TextRange(mention.Span.Start + at, mention.Span.Start + end);
            var name = new Mention(MentionKind.Name, mention.First, mention.End, span, mention.Text.Substring(at, end - at))
            {
                NameWords = words.AsSpanCopy(first, words.Length - 1 - first),
            };
            int known = entities.Count;
            Entity? author = FindOrCreateName(name, create: true);

            // Named first as a writing's author ("a Gallup poll"): an organisation until the text
            // says otherwise, so "he" and "she" do not go to it.
            if (author is not null && entities.Count > known)
            {
                author.IsUnknown = false;
                author.NamedAsAuthor = true;
            }

            NoteWritingAuthor(head, author); // "The statement continued" (ResumedWritings)
            return author;
        }

        /// <summary>Whether only blanks stand between <paramref name="position"/> and the end of the previous sentence.</summary>
        private bool OpensSentence(int position)
        {
            int i = position - 1;
            while (i >= 0 && text[i] == ' ') i--;
            return i < 0 || ".!?:\n\r\"“”'‘’(".IndexOf(text[i]) >= 0;
        }

        /// <summary>A capitalized word of a name: not a nationality or title, nor an adjective like "ILO-based" or "US-led".</summary>
        private static bool IsAuthorWord(string word) =>
            word.Length > 0 && char.IsUpper(word[0]) && !RoleLexicon.IsNationality(word) && !RoleLexicon.IsTitle(word) && !HasLowerCaseTail(word);

        private static bool HasLowerCaseTail(string word)
        {
            int dash = word.LastIndexOf('-');
            return dash > 0 && dash + 1 < word.Length && char.IsLower(word[dash + 1]);
        }
    }

    internal static class StringArrayCopy
    {
        /// <summary>The <paramref name="count"/> words from <paramref name="start"/>, as a new array.</summary>
        public static string[] AsSpanCopy(this string[] words, int start, int count)
        {
            var copy = new string[count];
            Array.Copy(words, start, copy, 0, count);
            return copy;
        }
    }
}
