namespace CorpusGenerator.Emit
{
    /// <summary>What the corpus-wide index needs of one article: its class and its speakers' names.</summary>
    /// <param name="Path">The article file's path.</param>
    /// <param name="ClassName">The article's class name.</param>
    /// <param name="SpeakerNames">Each speaker's canonical name, in speaker order (a speaker's index is its place here).</param>
    internal sealed record IndexEntry(string Path, string ClassName, EquatableArray<string> SpeakerNames);
}
