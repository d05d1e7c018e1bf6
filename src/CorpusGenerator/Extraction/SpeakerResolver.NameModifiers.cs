namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "James McIlroy stormed to his second international victory ... The Northern Ireland runner
    /// set a new personal best ... “I'm qualified now,” said the 28-year-old.": a name between "the"
    /// and a lower-case noun ("the Northern Ireland runner", "the Real Madrid striker") modifies a
    /// description; it names no person, though two capitalised words pass for a person's name. As
    /// the one person named in its sentence it made "the 28-year-old" no one, since nothing showed
    /// it to be a person (SpeakerResolver.AgedDescriptions); passed over, the search goes on to the
    /// sentence before, which names the runner. Only a name of two words or more, the kind that is
    /// filed as a person's: a lone word ("The Olympic champion") is left as it was.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>
        /// Whether the name at <paramref name="span"/> stands right after "the" and right before a
        /// lower-case word: a modifier of the noun after it. Reads a word on either side.
        /// </summary>
        private bool ModifiesDescription(TextRange span)
        {
            string? before = WordBefore(span.Start);
            if (before is null || !before.Equals("the", System.StringComparison.OrdinalIgnoreCase)) return false;
            int after = span.End;
            return after + 1 < text.Length && text[after] == ' ' && char.IsLower(text[after + 1]);
        }
    }
}
