using System.IO.Compression;
using System.Xml.Linq;
using CorpusGenerator.PackageTests.Infrastructure;

namespace CorpusGenerator.PackageTests
{
    /// <summary>What the .nupkg holds, file by file, and what its manifest promises.</summary>
    [Collection(PackedPackagesCollection.Name)]
    public sealed class PackageLayoutTests : PackageTestBase
    {
        public PackageLayoutTests(PackedPackages packages)
            : base(packages)
        {
        }

        [Fact]
        public void The_package_holds_runtime_generator_build_files_readme_and_diagnostics_page_and_nothing_else()
        {
            string[] expected =
            {
                "README.md",
                "analyzers/dotnet/cs/CorpusGenerator.dll",
                "build/CorpusGenerator.props",
                "build/CorpusGenerator.targets",
                "buildTransitive/CorpusGenerator.props",
                "buildTransitive/CorpusGenerator.targets",
                "docs/diagnostics.md",
                "lib/netstandard2.0/CorpusGenerator.Runtime.dll",
                "lib/netstandard2.0/CorpusGenerator.Runtime.xml",
            };

            Assert.Equal(expected, ContentEntries().Order(StringComparer.Ordinal));
        }

        [Fact]
        public void The_build_files_are_the_repository_build_folder_in_both_build_and_buildTransitive()
        {
            using ZipArchive zip = ZipFile.OpenRead(Packages.Package);
            foreach (string name in new[] { "CorpusGenerator.props", "CorpusGenerator.targets" })
            {
                string repository = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "build", name));
                Assert.Equal(repository, Read(zip, "build/" + name));
                Assert.Equal(repository, Read(zip, "buildTransitive/" + name));
            }
        }

        [Fact]
        public void The_diagnostics_page_every_description_names_is_the_repository_one()
        {
            using ZipArchive zip = ZipFile.OpenRead(Packages.Package);
            Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md")), Read(zip, "docs/diagnostics.md"));
        }

        [Fact]
        public void The_manifest_has_no_dependencies_and_the_metadata_a_package_page_shows()
        {
            using ZipArchive zip = ZipFile.OpenRead(Packages.Package);
            XElement metadata = XDocument.Parse(Read(zip, "CorpusGenerator.nuspec")).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
            XElement Element(string name) => metadata.Elements().Single(e => e.Name.LocalName == name);

            // Microsoft.CodeAnalysis comes with the compiler: a dependency on it would pin users' Roslyn.
            Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
            Assert.Equal("CorpusGenerator", Value("id"));
            Assert.Equal(Packages.Version, Value("version"));
            Assert.Equal("MIT", Value("license"));
            Assert.Equal("README.md", Value("readme"));
            Assert.False(string.IsNullOrWhiteSpace(Value("description")));
            // The packed clone has no remote, and the project writes no address of its own: the
            // manifest names none rather than an invented one (no project URL either).
            Assert.Null(Element("repository").Attribute("url"));
            Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "projectUrl");
            // SourceLink: the commit the package was built from, read from .git without a remote.
            Assert.Matches("^[0-9a-f]{40}$", Element("repository").Attribute("commit")?.Value ?? string.Empty);
        }

        private IEnumerable<string> ContentEntries()
        {
            using ZipArchive zip = ZipFile.OpenRead(Packages.Package);
            // NuGet's own bookkeeping files are not content.
            return zip.Entries
                .Select(entry => entry.FullName)
                .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal) && !name.StartsWith("package/", StringComparison.Ordinal)
                    && name != "[Content_Types].xml" && !name.EndsWith(".nuspec", StringComparison.Ordinal))
                .ToList();
        }

        private static string Read(ZipArchive zip, string entry)
        {
            using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
            return reader.ReadToEnd();
        }
    }
}
