using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Security;
using System.Text;
using CorpusGenerator.Benchmarks.Corpus;

namespace CorpusGenerator.Benchmarks.Builds
{
    /// <summary>
    /// Writes the consumer apps into artifacts/bench/work: each references the generator and the
    /// runtime library the way src/CorpusGenerator.Sample does (ProjectReference as Analyzer, the
    /// build/ props and targets imported by absolute path), and differs from the others only in the
    /// articles it lists.
    /// </summary>
    internal static class ConsumerAppWriter
    {
        private const string ProgramSource = @"using System;
using System.Diagnostics;
#if HAS_ARTICLES
using Corpus;
using CorpusGenerator;
#endif

// Written by the benchmarks: times the first enumeration of Articles.All (every article built from
// its compiled data) and one read of every quote's text and speaker.
internal static class Program
{
    private static int Main()
    {
#if HAS_ARTICLES
        // JIT figures too: generated code is thousands of small methods, each compiled on first use.
        TimeSpan jitBefore = System.Runtime.JitInfo.GetCompilationTime();
        long methodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        Stopwatch watch = Stopwatch.StartNew();
        int articles = 0;
        int quotes = 0;
        long characters = 0;
        foreach (Article article in Articles.All)
        {
            articles++;
            foreach (Quote quote in article.Quotes)
            {
                quotes++;
                characters += quote.Text.Length + (quote.Speaker?.Name.Length ?? 0);
            }
        }

        watch.Stop();
        double jitMs = (System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds;
        long jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount() - methodsBefore;
        Console.WriteLine(FormattableString.Invariant($""runtime_all_ms={watch.Elapsed.TotalMilliseconds:F3} jit_ms={jitMs:F3} jit_methods={jitMethods} articles={articles} quotes={quotes} characters={characters}""));
#else
        Console.WriteLine(""runtime_all_ms=0 jit_ms=0 jit_methods=0 articles=0"");
#endif
        return 0;
    }
}
";

        /// <summary>The app with no article: what the generator and an empty build cost.</summary>
        public static ConsumerApp WriteEmpty() => Write("none", Array.Empty<(string, string)>(), 0);

        /// <summary>The app with the 2,225 BBC articles, read from the shared corpus in place.</summary>
        public static ConsumerApp WriteBbc()
        {
            var globs = new List<(string Include, string ClassNamePrefix)>();
            foreach (string topic in BbcCorpus.TopicFolders())
            {
                globs.Add((Path.Combine(topic, "*.txt"), BbcCorpus.ClassNamePrefixOf(topic)));
            }

            return Write("bbc", globs, BbcCorpus.Articles.Count);
        }

        /// <summary>
        /// The app with the BBC corpus ten times over: copy NN of business/001.txt is
        /// work/corpus10x/copyNN/business/001.txt, class Copy03Business001.
        /// </summary>
        public static ConsumerApp WriteBbcTenfold(int copies)
        {
            string corpus = Path.Combine(RepositoryPaths.Work, "corpus10x");
            var globs = new List<(string Include, string ClassNamePrefix)>();
            int count = 0;
            for (int copy = 1; copy <= copies; copy++)
            {
                string copyName = "copy" + copy.ToString("00", CultureInfo.InvariantCulture);
                foreach (string topic in BbcCorpus.TopicFolders())
                {
                    string target = Path.Combine(corpus, copyName, Path.GetFileName(topic));
                    Directory.CreateDirectory(target);
                    foreach (string file in Directory.GetFiles(topic, "*.txt"))
                    {
                        string copied = Path.Combine(target, Path.GetFileName(file));
                        if (!File.Exists(copied)) File.Copy(file, copied);
                        count++;
                    }

                    string prefix = "Copy" + copy.ToString("00", CultureInfo.InvariantCulture) + BbcCorpus.ClassNamePrefixOf(topic);
                    globs.Add((Path.Combine(target, "*.txt"), prefix));
                }
            }

            return Write("bbc10x", globs, count);
        }

        private static ConsumerApp Write(string name, IReadOnlyList<(string Include, string ClassNamePrefix)> articleGlobs, int articleCount)
        {
            WriteBoundary();
            string directory = Path.Combine(RepositoryPaths.Work, name);
            Directory.CreateDirectory(directory);
            var app = new ConsumerApp(name, directory, articleCount);
            WriteIfChanged(Path.Combine(directory, "Program.cs"), ProgramSource);
            WriteIfChanged(app.ProjectFile, ProjectFile(articleGlobs));
            return app;
        }

        private static string ProjectFile(IReadOnlyList<(string Include, string ClassNamePrefix)> articleGlobs)
        {
            string root = RepositoryPaths.Root;
            var project = new StringBuilder();
            project.Append("<Project Sdk=\"Microsoft.NET.Sdk\">\n");
            project.Append("  <Import Project=\"").Append(Xml(Path.Combine(root, "build", "CorpusGenerator.props"))).Append("\" />\n");
            project.Append("  <PropertyGroup>\n");
            project.Append("    <OutputType>Exe</OutputType>\n");
            project.Append("    <TargetFramework>net10.0</TargetFramework>\n");
            project.Append("    <Nullable>enable</Nullable>\n");
            project.Append("    <ImplicitUsings>disable</ImplicitUsings>\n");
            if (articleGlobs.Count > 0) project.Append("    <DefineConstants>$(DefineConstants);HAS_ARTICLES</DefineConstants>\n");
            project.Append("  </PropertyGroup>\n");
            project.Append("  <ItemGroup>\n");
            foreach ((string include, string prefix) in articleGlobs)
            {
                // BBC file names repeat across topics (business/001.txt, sport/001.txt): ClassName keeps them apart.
                project.Append("    <CorpusArticle Include=\"").Append(Xml(include)).Append("\" ClassName=\"").Append(Xml(prefix)).Append("%(Filename)\" />\n");
            }

            project.Append("  </ItemGroup>\n");
            // The generator and runtime as the package ships them, built Release: a Debug build is
            // compiled with optimizations disabled, which the JIT honours, so the generator would run
            // unoptimized inside csc and the runtime library unoptimized in the app.
            project.Append("  <ItemGroup>\n");
            project.Append("    <ProjectReference Include=\"").Append(Xml(RepositoryPaths.GeneratorProject)).Append("\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" SetConfiguration=\"Configuration=Release\" />\n");
            project.Append("    <ProjectReference Include=\"").Append(Xml(RepositoryPaths.RuntimeProject)).Append("\" SetConfiguration=\"Configuration=Release\" />\n");
            project.Append("  </ItemGroup>\n");
            project.Append("  <Import Project=\"").Append(Xml(Path.Combine(root, "build", "CorpusGenerator.targets"))).Append("\" />\n");
            project.Append("</Project>\n");
            return project.ToString();
        }

        /// <summary>
        /// Empty Directory.Build.props/.targets in work/: the apps sit inside the repository, and
        /// without these MSBuild would import the repository's own (TreatWarningsAsErrors, analyzers).
        /// </summary>
        private static void WriteBoundary()
        {
            Directory.CreateDirectory(RepositoryPaths.Work);
            const string empty = "<Project>\n  <!-- Stops MSBuild from importing the repository's settings into the benchmark apps. -->\n</Project>\n";
            WriteIfChanged(Path.Combine(RepositoryPaths.Work, "Directory.Build.props"), empty);
            WriteIfChanged(Path.Combine(RepositoryPaths.Work, "Directory.Build.targets"), empty);
        }

        private static void WriteIfChanged(string path, string content)
        {
            if (File.Exists(path) && File.ReadAllText(path) == content) return;
            File.WriteAllText(path, content);
        }

        private static string Xml(string text) => SecurityElement.Escape(text) ?? text;
    }
}
