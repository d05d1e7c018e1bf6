using System.IO;
using System.Threading.Tasks;
using CorpusGenerator.Testing;

namespace CorpusGenerator.Tests.Snapshots
{
    /// <summary>How a test becomes a directory and a <c>{TestClass}.{TestMethod}</c> prefix.</summary>
    public sealed class SnapshotNamingTests
    {
        static readonly string TestFile = Path.Combine(Path.GetTempPath(), "project", "Tests", "ArticleTests.cs");

        [Fact]
        public void By_default_the_class_is_the_source_file_name_and_the_directory_its_folder()
        {
            var location = SnapshotLocation.For(null, TestFile, "Emits_one_source");

            Assert.Equal(Path.GetDirectoryName(TestFile), location.Directory);
            Assert.Equal("ArticleTests.Emits_one_source", location.Prefix);
        }

        [Fact]
        public void A_partial_class_file_is_named_after_its_class()
        {
            var location = SnapshotLocation.For(null, Path.Combine(Path.GetTempPath(), "ArticleTests.Quotes.cs"), "M");

            Assert.Equal("ArticleTests.M", location.Prefix);
        }

        [Fact]
        public void UseDirectory_is_relative_to_the_test_files_folder()
        {
            var location = SnapshotLocation.For(new SnapshotSettings().UseDirectory("Snapshots"), TestFile, "M");

            Assert.Equal(Path.Combine(Path.GetDirectoryName(TestFile)!, "Snapshots"), location.Directory);
        }

        [Fact]
        public void A_nested_class_is_named_Outer_Inner_without_namespace()
        {
            var location = SnapshotLocation.For(new SnapshotSettings().UseType<Outer.Inner>(), TestFile, "M");

            Assert.Equal("SnapshotNamingTests.Outer.Inner.M", location.Prefix);
        }

        [Fact]
        public void Parameters_are_appended_invariantly_with_unsafe_characters_as_dashes()
        {
            var settings = new SnapshotSettings()
                .UseParameter("file", "seeds/a:b*.txt")
                .UseParameter("ratio", 1.5)
                .UseParameter("missing", null)
                .UseParameter("ids", new[] { 1, 2 });

            var location = SnapshotLocation.For(settings, TestFile, "Theory");

            Assert.Equal("ArticleTests.Theory_file=seeds-a-b-.txt_ratio=1.5_missing=null_ids=1,2", location.Prefix);
        }

        [Fact]
        public void Verify_uses_the_callers_file_and_method()
        {
            var location = CallerLocation();

            Assert.Equal("SnapshotNamingTests.Verify_uses_the_callers_file_and_method", location.Prefix);
        }

        [Fact]
        public async Task A_test_source_folder_missing_on_this_machine_is_an_error_not_a_new_folder()
        {
            var pathMapped = "/_/tests/CorpusGenerator.Tests/ArticleTests.cs";

            await Assert.ThrowsAsync<System.InvalidOperationException>(() =>
                Snapshot.Verify([new SnapshotTarget("txt", "x")], new SnapshotSettings().UseEnvironment(HarnessEnvironments.Developer), pathMapped, "M"));

            Assert.False(Directory.Exists("/_/tests"));
        }

        static SnapshotLocation CallerLocation(
            [System.Runtime.CompilerServices.CallerFilePath] string file = "",
            [System.Runtime.CompilerServices.CallerMemberName] string method = "") =>
            SnapshotLocation.For(null, file, method);

        static class Outer
        {
            internal sealed class Inner
            {
            }
        }
    }
}
