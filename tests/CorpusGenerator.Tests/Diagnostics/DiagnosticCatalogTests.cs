using System.IO;
using System.Text.RegularExpressions;
using CorpusGenerator.Diagnostics;
using CorpusGenerator.Generation;
using CorpusGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CorpusGenerator.Tests.Diagnostics
{
    /// <summary>
    /// One list of diagnostics, said four times: the Roslyn-free catalog, the Roslyn descriptors, the
    /// analyzer release file and the user documentation. These tests keep the four in step.
    /// </summary>
    public class DiagnosticCatalogTests
    {
        public static TheoryData<string> Ids() => new(DiagnosticCatalog.All.Select(kind => kind.Id));

        [Fact]
        public void Identifiers_are_stable_and_dense()
        {
            Assert.Equal(Enumerable.Range(1, DiagnosticCatalog.All.Count).Select(i => "CORPUS" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture)), DiagnosticCatalog.All.Select(k => k.Id));
            Assert.Equal("CORPUS011", DiagnosticIds.ExtractionFailed);
        }

        [Theory]
        [MemberData(nameof(Ids))]
        public void Each_descriptor_says_what_the_catalog_says(string id)
        {
            DiagnosticKind kind = DiagnosticCatalog.Get(id);
            DiagnosticDescriptor descriptor = DiagnosticDescriptors.For(id);
            Assert.Equal(kind.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(kind.MessageFormat, descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(kind.Level.ToString(), descriptor.DefaultSeverity.ToString());
            Assert.Equal(DiagnosticKind.Category, descriptor.Category);
            Assert.True(descriptor.IsEnabledByDefault);
            // No link to an address that does not resolve; the description names the page the package ships.
            Assert.Equal(string.Empty, descriptor.HelpLinkUri);
            Assert.Contains(id + " in docs/diagnostics.md", descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        [Fact]
        public void The_release_file_declares_every_diagnostic_with_its_severity_and_title()
        {
            string released = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "CorpusGenerator", "AnalyzerReleases.Unshipped.md"))
                + File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "CorpusGenerator", "AnalyzerReleases.Shipped.md"));
            var rows = Regex.Matches(released, @"^(CORPUS\d{3}) \| (\w+) \| (\w+) \| (.+?)\s*$", RegexOptions.Multiline)
                .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value));
            Assert.Equal(DiagnosticCatalog.All.Select(k => (k.Id, DiagnosticKind.Category, k.Level.ToString(), k.Title)), rows);
        }

        [Theory]
        [MemberData(nameof(Ids))]
        public void The_documentation_explains_every_diagnostic(string id)
        {
            string docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));
            DiagnosticKind kind = DiagnosticCatalog.Get(id);
            Assert.Contains("\n## " + id + "\n", docs.Replace("\r\n", "\n"), StringComparison.Ordinal);
            Assert.Matches(new Regex(@"\| \[" + id + @"\]\(#" + id.ToLowerInvariant() + @"\) \| " + kind.Level + @" \| " + Regex.Escape(kind.Title) + @" \|"), docs);
        }
    }
}
