namespace CorpusGenerator.Sample
{
    internal static class Program
    {
        private static void Main() { }
    }
}
