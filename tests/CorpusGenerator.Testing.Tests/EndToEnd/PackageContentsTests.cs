using System.IO.Compression;
using System.Xml.Linq;

namespace CorpusGenerator.Testing.Tests.EndToEnd
{
    /// <summary>
    /// What the packed CorpusGenerator.Testing carries: the pieces a user's test needs at run time
    /// and a dependency that keeps its runtime library the version its generator was built with.
    /// </summary>
    [Collection(PackedPackagesCollection.Name)]
    public sealed class PackageContentsTests
    {
        private readonly PackedPackages packages;

        public PackageContentsTests(PackedPackages packages) => this.packages = packages;

        [Fact]
        public void The_package_depends_on_the_runtime_library_package_of_its_own_version()
        {
            // CorpusGenerator once the runtime project packs the package users install;
            // CorpusGenerator.Runtime before. Either way exactly one, at this version.
            var runtimeIds = new[] { "CorpusGenerator", "CorpusGenerator.Runtime" };

            var dependencies = Nuspec().Descendants().Where(element => element.Name.LocalName == "dependency").ToList();

            var runtime = Assert.Single(dependencies, dependency => runtimeIds.Contains((string?)dependency.Attribute("id")));
            Assert.Equal(packages.Version, (string?)runtime.Attribute("version"));
            Assert.DoesNotContain(dependencies, dependency => ((string?)dependency.Attribute("id"))!.Contains("SourceGenerator", StringComparison.Ordinal));
        }

        [Fact]
        public void The_generator_and_the_build_targets_ship_inside_the_package()
        {
            using var package = ZipFile.OpenRead(PackagePath);
            var entries = package.Entries.Select(entry => entry.FullName).ToList();

            Assert.Contains("lib/net8.0/CorpusGenerator.Testing.dll", entries);
            Assert.Contains("lib/net8.0/CorpusGenerator.dll", entries);
            Assert.Contains("build/CorpusGenerator.Testing.targets", entries);
            Assert.Contains("buildTransitive/CorpusGenerator.Testing.targets", entries);
            Assert.Contains("README.md", entries);
        }

        private string PackagePath => Path.Combine(packages.Feed, "CorpusGenerator.Testing." + packages.Version + ".nupkg");

        private XDocument Nuspec()
        {
            using var package = ZipFile.OpenRead(PackagePath);
            using var stream = package.GetEntry("CorpusGenerator.Testing.nuspec")!.Open();
            return XDocument.Load(stream);
        }
    }
}
