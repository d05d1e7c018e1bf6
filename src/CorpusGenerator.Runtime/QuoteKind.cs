namespace CorpusGenerator
{
    /// <summary>How a piece of speech is reported.</summary>
    public enum QuoteKind
    {
        /// <summary>The whole content is inside quotation marks: <c>Rouhani said, "We expect Iraq..."</c>.</summary>
        Direct = 0,

        /// <summary>Reported speech with a quoted fragment: <c>He called the plan "a disaster"</c>.</summary>
        Mixed = 1,

        /// <summary>Reported speech with no quotation marks: <c>Rouhani also lamented the attacks</c>.</summary>
        Indirect = 2,
    }
}
