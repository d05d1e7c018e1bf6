namespace CorpusGenerator.Benchmarks.Corpus
{
    /// <summary>One article of the benchmark corpus: where it is, the class name it is given, its text.</summary>
    /// <param name="Path">Absolute path of the file.</param>
    /// <param name="ClassName">Topic plus file name (Business001): BBC names repeat across topics,
    /// so without ClassName metadata every 001.txt would clash.</param>
    /// <param name="Text">The decoded text.</param>
    /// <param name="Utf8Bytes">The file's size in bytes, what MB/s counts.</param>
    public sealed record CorpusArticleFile(string Path, string ClassName, string Text, long Utf8Bytes);
}
