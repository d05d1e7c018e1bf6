using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>"I've had more than a quiet word with Olof," he told Villa's website: no one names themselves in their own words, so "he" is someone else.</summary>
    internal sealed partial class ExtractionRun
    {
        /// <summary>"he" or "she": a person, who says "I"; an organisation's "it" or a group's "they" often names itself ("it said Yukos would appeal").</summary>
        private static bool IsPersonalPronoun(Mention? m) =>
            m is not null && m.Kind == MentionKind.Pronoun && (m.Text.Equals("he", StringComparison.OrdinalIgnoreCase) || m.Text.Equals("she", StringComparison.OrdinalIgnoreCase));

        /// <summary>
        /// Whether a word of <paramref name="speaker"/>'s name (first name or surname, capitalised,
        /// three letters or more) stands in the words <paramref name="quote"/> reports. People
        /// speak of others by name and of themselves as "I": when "he" or "she" was resolved to
        /// someone the quotation itself names, the pronoun went to the wrong person: the Villa
        /// manager's "I've had more than a quiet word with Olof" to Olof Mellberg, "Tony has not
        /// made up his mind" and "Mr Blair had spoken with such sincerity" to Tony Blair, "I feel I
        /// have an advantage (over Serena)" to Serena Williams. The quote is then left without a
        /// speaker. Only for "he" and "she": a name the text gives is trusted. A name followed by a
        /// cue is narration the span took in ("Mr Hopkins said that ..."), and is left alone; so is
        /// a quote whose cue stands inside its span (the caller checks: "Mr Mallon is a late
        /// recruit after rejecting overtures from, he claims, ..." names the claimant as subject).
        /// Reads the quotation once per name word: linear in its length.
        /// </summary>
        private bool NamedInOwnWords(Entity speaker, TextRange quote)
        {
            foreach (string word in speaker.Name.Split(' '))
            {
                // "Lord" in "Lord Woolf" names every peer: "he told MPs the Lord Chancellor, Lord
                // Falconer, was insisting" does not name Lord Woolf.
                if (word.Length < 3 || !char.IsUpper(word[0]) || word.Equals("The", StringComparison.Ordinal) || NounPhrases.IsPeerTitle(word)) continue;
                for (int at = WholeWords.IndexOf(text, word, quote.Start, quote.End); at >= 0; at = WholeWords.IndexOf(text, word, at + 1, quote.End))
                {
                    if (!CueFollows(at + word.Length, quote.End)) return true;
                }
            }

            return false;
        }

        /// <summary>Whether a cue is the word right after the name ending at <paramref name="end"/> ("Hingis admitted"). Reads one word.</summary>
        private bool CueFollows(int end, int limit)
        {
            int i = end;
            if (i + 1 < limit && text[i] == ' ') i++;
            int start = i;
            while (i < limit && i - start < 16 && char.IsLetter(text[i])) i++;
            return i > start && CueLexicon.IsCue(text.Substring(start, i - start));
        }
    }
}
