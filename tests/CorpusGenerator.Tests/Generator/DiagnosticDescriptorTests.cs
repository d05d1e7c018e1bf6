using CorpusGenerator.Diagnostics;
using CorpusGenerator.Generation;
using Microsoft.CodeAnalysis;

namespace CorpusGenerator.Tests.Generator
{
    public class DiagnosticDescriptorTests
    {
        [Fact]
        public void Every_catalog_entry_has_a_descriptor_with_the_same_severity_and_texts()
        {
            Assert.Equal(DiagnosticCatalog.All.Select(k => k.Id).OrderBy(id => id, StringComparer.Ordinal), DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
            foreach (DiagnosticKind kind in DiagnosticCatalog.All)
            {
                DiagnosticDescriptor descriptor = DiagnosticDescriptors.For(kind.Id);
                DiagnosticSeverity expected = kind.Level switch
                {
                    DiagnosticLevel.Error => DiagnosticSeverity.Error,
                    DiagnosticLevel.Warning => DiagnosticSeverity.Warning,
                    _ => DiagnosticSeverity.Info,
                };
                Assert.Equal(expected, descriptor.DefaultSeverity);
                Assert.Equal(kind.Title, descriptor.Title.ToString());
                Assert.Equal(kind.MessageFormat, descriptor.MessageFormat.ToString());
                Assert.Equal("Corpus", descriptor.Category);
            }
        }

        [Fact]
        public void Every_diagnostic_is_declared_in_the_release_tracking_files_and_the_readme()
        {
            string root = RepositoryRoot();
            string releases = File.ReadAllText(Path.Combine(root, "src", "CorpusGenerator", "AnalyzerReleases.Unshipped.md"))
                + File.ReadAllText(Path.Combine(root, "src", "CorpusGenerator", "AnalyzerReleases.Shipped.md"));
            string readme = File.ReadAllText(Path.Combine(root, "README.md"));
            foreach (DiagnosticKind kind in DiagnosticCatalog.All)
            {
                Assert.Contains(kind.Id + " |", releases);
                Assert.Contains(kind.Id, readme);
            }
        }

        private static string RepositoryRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory != null && !File.Exists(Path.Combine(directory.FullName, "Generator.sln"))) directory = directory.Parent;
            return directory?.FullName ?? throw new InvalidOperationException("The tests run outside the repository.");
        }
    }
}
