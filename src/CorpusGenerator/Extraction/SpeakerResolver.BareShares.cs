namespace CorpusGenerator.Extraction
{
    /// <summary>"92% said they never gave a straight answer", "Some 87% said", "One in four said": a share of those polled, written with no noun, is no typed speaker.</summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>Words a share is written with when it has no noun: "Some 87%", "only 34%", "a quarter", "One in four".</summary>
        private static readonly WordSet BareShareWords = new WordSet(
            "percent", "per", "cent", "some", "most", "many", "all", "half", "third", "thirds", "quarter", "quarters", "fifth",
            "fifths", "majority", "minority", "a", "an", "only", "almost", "nearly", "about", "around", "roughly", "over", "under",
            "more", "than", "less", "just", "another", "further", "remaining", "the", "one", "in", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten");

        /// <summary>Words that make a phrase of share words a share rather than a count ("a quarter", "one in four"; not "all three").</summary>
        private static readonly WordSet FractionWords = new WordSet(
            "percent", "cent", "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority", "minority", "in");

        /// <summary>
        /// Whether <paramref name="entity"/> is a share of a poll's answers written with no noun:
        /// "92%", "Some 87%", "only 34%", "a quarter", "A majority", "One in four", and a count
        /// written as one hyphenated word as digits are ("Three-quarters said Mr Blunkett was
        /// right", "Forty-four percent said", typed speakers in BBC). It says how
        /// many of those asked said something, and names no one; each became a typed speaker of
        /// its own (a member for "92%" or "a quarter" in a hand sample of BBC speakers), so the
        /// quote now has no speaker, as "a survey found" has none, while its speaker mention is
        /// kept. The entity stays for what "they" refers to, so the quotes around it keep their
        /// speakers. Left alone: a share with its noun ("29% of the people it questioned", "Many
        /// lawmakers"), whose noun says who spoke; a bare "most", "some", "many" or "all", which
        /// refers back to a group named before ("International agencies have pledged their
        /// support; most say"); a count ("All three"); a lone "quarter" or "half" with no article.
        /// </summary>
        private static bool IsBareShare(Entity entity)
        {
            if (entity.IsPerson) return false;
            string s = entity.Name;
            bool share = false;
            int words = 0, i = 0;
            while (i < s.Length)
            {
                while (i < s.Length && s[i] == ' ') i++;
                int start = i;
                while (i < s.Length && s[i] != ' ') i++;
                if (start == i) break;
                words++;
                int end = i;
                if (s[end - 1] == '%')
                {
                    end--;
                    share = true;
                }

                bool number = end > start;
                for (int k = start; k < end && number; k++) number = char.IsDigit(s[k]) || ((s[k] == ',' || s[k] == '.') && k > start);
                if (!number && s.IndexOf('-', start, end - start) > start && NounPhrases.IsHyphenatedCount(s.Substring(start, end - start))) number = true; // "Three-quarters said", "Forty-four percent"
                if (number) share = true;
                else if (words > 1 && char.IsUpper(s[start])) return false; // "50 Cent" names a rapper: a share's later words are lower case (LeadingNumbers)
                else if (!BareShareWords.Contains(s, start, end - start)) return false;
                else if (FractionWords.Contains(s, start, end - start))
                {
                    // "a quarter", "Nearly half": a word before the fraction; "one in four": words
                    // on both sides of "in" ("in all five" is a place, not a share).
                    bool inWord = end - start == 2;
                    if (inWord ? words > 1 && i < s.Length : words > 1 || i < s.Length) share = true;
                }
            }

            return share;
        }

        /// <summary>Whether <paramref name="entity"/> spoke and has a name a typed speaker can carry (not a bare share: <see cref="IsBareShare"/>).</summary>
        internal static bool IsTypedSpeaker(Entity entity) => entity.Quotes > 0 && !IsBareShare(entity) && !IsBareQuantifier(entity); // "Many said" (BareQuantifiers)
    }
}
