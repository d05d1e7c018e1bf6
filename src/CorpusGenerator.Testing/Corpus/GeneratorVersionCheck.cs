using System;
using CorpusGenerator.Generation;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// The generator this package runs in memory is the one it was built with, while the user's
    /// build runs the generator of their CorpusGenerator package. When the runtime library (which
    /// ships in that package) is of another version, the build and the snapshot would disagree
    /// about the generated code without anyone changing it: refuse instead.
    /// </summary>
    internal static class GeneratorVersionCheck
    {
        public static void EnsureSameVersion()
        {
            var generator = typeof(CorpusArticleGenerator).Assembly.GetName().Version;
            var runtime = typeof(Article).Assembly.GetName().Version;
            if (generator != runtime)
            {
                throw new InvalidOperationException(
                    "CorpusGenerator.Testing " + generator + " snapshots the generated code of CorpusGenerator " + generator
                    + ", but this project uses CorpusGenerator " + runtime
                    + ". Reference the same version of CorpusGenerator and CorpusGenerator.Testing.");
            }
        }
    }
}
