namespace CorpusGenerator.Emit
{
    /// <summary>What the corpus-wide index needs of one article: its class and its speakers.</summary>
    /// <param name="Path">The article file's path.</param>
    /// <param name="ClassName">The article's class name.</param>
    /// <param name="Speakers">Each speaker's canonical name and typed member, in speaker order.</param>
    internal sealed record IndexEntry(string Path, string ClassName, EquatableArray<IndexSpeaker> Speakers);

    /// <summary>A speaker as the index sees it.</summary>
    /// <param name="Name">Canonical full name.</param>
    /// <param name="Member">The typed property in the article's <c>Speakers</c>.</param>
    internal sealed record IndexSpeaker(string Name, string Member);
}
