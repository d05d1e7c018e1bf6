using System.CommandLine;

namespace CorpusGenerator.Cli
{
    /// <summary>The <c>corpus</c> tool: preview and score what CorpusGenerator extracts, without compiling.</summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            var root = new RootCommand("Preview and check what CorpusGenerator extracts from a folder of articles")
            {
                ExtractCommand.Create(),
                EvaluateCommand.Create(),
                CheckCommand.Create(),
            };
            return root.Parse(args).Invoke();
        }
    }
}
