namespace CorpusGenerator.PackageTests.Infrastructure
{
    /// <summary>
    /// A test class of consumers of the packed package. Each derived class still carries
    /// [Collection(PackedPackagesCollection.Name)]: xunit reads it from the class itself.
    /// </summary>
    public abstract class PackageTestBase
    {
        protected PackageTestBase(PackedPackages packages) => Packages = packages;

        protected PackedPackages Packages { get; }

        internal ConsumerWorkspace NewWorkspace(string purpose) => new(Packages, purpose);
    }
}
