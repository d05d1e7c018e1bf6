namespace CorpusGenerator.Extraction
{
    /// <summary>"the outgoing European Commissioner said": a word for where the holder is in the term of office modifies the title.</summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// "outgoing", "incoming", "retiring", "departing": before a title they say the holder is
        /// leaving or arriving, as "former" does. Without them the walk back from "commissioner"
        /// stopped at "outgoing", lost the article and made "commissioner" a group named as
        /// written, so "But the outgoing commissioner said" went to no one when Neil Kinnock, the
        /// person just spoken of, had said it.
        /// </summary>
        private static readonly WordSet TermModifiers = new WordSet("outgoing", "incoming", "retiring", "departing");

        private static bool IsTermModifier(string word) => TermModifiers.Contains(word);
    }
}
