namespace CorpusGenerator
{
    internal static class Placeholder { }
}
