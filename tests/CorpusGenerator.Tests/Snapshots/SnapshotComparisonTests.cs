using System.Threading.Tasks;
using CorpusGenerator.Testing;

namespace CorpusGenerator.Tests.Snapshots
{
    /// <summary>The compare/fail/accept rules of shared/design/snapshots.md, on plain targets.</summary>
    public sealed class SnapshotComparisonTests
    {
        static SnapshotTarget[] OneSource(string text) => [new SnapshotTarget("cs", text, "Hello.g")];

        [Fact]
        public async Task A_missing_verified_file_is_New_and_writes_the_received_file()
        {
            using var directory = new TemporarySnapshotDirectory();

            var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(() =>
                Snapshot.Verify(OneSource("class Hello {}\n"), HarnessEnvironments.In(directory, HarnessEnvironments.Developer)));

            Assert.Equal(["SnapshotComparisonTests.A_missing_verified_file_is_New_and_writes_the_received_file#Hello.g.verified.cs"], failure.NewFiles);
            Assert.Empty(failure.NotEqualFiles);
            Assert.Empty(failure.DeleteFiles);
            Assert.Equal(
                "class Hello {}\n",
                directory.ReadWithBom("SnapshotComparisonTests.A_missing_verified_file_is_New_and_writes_the_received_file#Hello.g.received.cs"));
        }

        [Fact]
        public async Task An_empty_verified_file_is_New()
        {
            using var directory = new TemporarySnapshotDirectory();
            directory.Write("SnapshotComparisonTests.An_empty_verified_file_is_New#Hello.g.verified.cs", string.Empty, withBom: false);

            var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(() =>
                Snapshot.Verify(OneSource("x"), HarnessEnvironments.In(directory, HarnessEnvironments.Developer)));

            Assert.Single(failure.NewFiles);
        }

        [Fact]
        public async Task A_different_text_is_NotEqual_and_the_message_shows_both_texts_in_Verify_layout()
        {
            using var directory = new TemporarySnapshotDirectory();
            const string Stem = "SnapshotComparisonTests.A_different_text_is_NotEqual_and_the_message_shows_both_texts_in_Verify_layout#Hello.g";
            directory.Write(Stem + ".verified.cs", "old\n");

            var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(() =>
                Snapshot.Verify(OneSource("new\n"), HarnessEnvironments.In(directory, HarnessEnvironments.Developer)));

            Assert.Equal([Stem + ".verified.cs"], failure.NotEqualFiles);
            Assert.StartsWith(
                "Directory: " + directory.Path + "\n" +
                "NotEqual:\n" +
                "  - Received: " + Stem + ".received.cs\n" +
                "    Verified: " + Stem + ".verified.cs\n" +
                "\n" +
                "FileContent:\n" +
                "\n" +
                "NotEqual:\n" +
                "\n" +
                "Received: " + Stem + ".received.cs\n" +
                "new\n\n" +
                "Verified: " + Stem + ".verified.cs\n" +
                "old\n\n" +
                "\n",
                failure.Message);
            Assert.Equal("new\n", directory.ReadWithBom(Stem + ".received.cs"));
            Assert.Equal("old\n", directory.ReadWithBom(Stem + ".verified.cs"));
        }

        [Fact]
        public async Task A_verified_file_no_longer_produced_is_Delete()
        {
            using var directory = new TemporarySnapshotDirectory();
            const string Prefix = "SnapshotComparisonTests.A_verified_file_no_longer_produced_is_Delete";
            directory.Write(Prefix + "#Hello.g.verified.cs", "same");
            directory.Write(Prefix + "#Gone.g.verified.cs", "stale");
            directory.Write(Prefix + ".verified.txt", "stale diagnostics");

            var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(() =>
                Snapshot.Verify(OneSource("same"), HarnessEnvironments.In(directory, HarnessEnvironments.Developer)));

            Assert.Equal([Prefix + "#Gone.g.verified.cs", Prefix + ".verified.txt"], failure.DeleteFiles);
            Assert.Empty(failure.NewFiles);
            Assert.Empty(failure.NotEqualFiles);
            Assert.Contains("Delete:\n  - " + Prefix + "#Gone.g.verified.cs\n  - " + Prefix + ".verified.txt\n", failure.Message, System.StringComparison.Ordinal);
            Assert.True(System.IO.File.Exists(directory.File(Prefix + "#Gone.g.verified.cs")), "a failing run deletes nothing verified");
        }

        [Fact]
        public async Task Files_of_other_tests_are_neither_stale_nor_deleted()
        {
            using var directory = new TemporarySnapshotDirectory();
            const string Prefix = "SnapshotComparisonTests.Files_of_other_tests_are_neither_stale_nor_deleted";
            directory.Write(Prefix + "#Hello.g.verified.cs", "same");
            string[] others =
            [
                Prefix + "2.verified.txt",
                Prefix + "_case=1.verified.txt",
                Prefix + ".Nested.verified.txt",
                Prefix + "_case=1.received.txt",
            ];
            foreach (var other in others)
            {
                directory.Write(other, "another test's");
            }

            await Snapshot.Verify(OneSource("same"), HarnessEnvironments.In(directory, HarnessEnvironments.Developer));

            string[] expected = [.. others, Prefix + "#Hello.g.verified.cs"];
            System.Array.Sort(expected, System.StringComparer.Ordinal);
            Assert.Equal(expected, directory.FileNames());
        }

        [Fact]
        public async Task A_pass_deletes_this_tests_received_files_and_writes_nothing()
        {
            using var directory = new TemporarySnapshotDirectory();
            const string Prefix = "SnapshotComparisonTests.A_pass_deletes_this_tests_received_files_and_writes_nothing";
            directory.Write(Prefix + "#Hello.g.verified.cs", "same");
            directory.Write(Prefix + "#Hello.g.received.cs", "an earlier failure");
            directory.Write(Prefix + ".received.txt", "an earlier failure");

            await Snapshot.Verify(OneSource("same"), HarnessEnvironments.In(directory, HarnessEnvironments.Developer));

            Assert.Equal([Prefix + "#Hello.g.verified.cs"], directory.FileNames());
        }

        [Fact]
        public async Task CRLF_in_the_received_text_is_written_and_compared_as_LF()
        {
            using var directory = new TemporarySnapshotDirectory();
            const string Stem = "SnapshotComparisonTests.CRLF_in_the_received_text_is_written_and_compared_as_LF#Hello.g";

            await Assert.ThrowsAsync<SnapshotMismatchException>(() =>
                Snapshot.Verify(OneSource("a\r\nb\rc\n"), HarnessEnvironments.In(directory, HarnessEnvironments.Developer)));
            Assert.Equal("a\nb\nc\n", directory.ReadWithBom(Stem + ".received.cs"));

            System.IO.File.Move(directory.File(Stem + ".received.cs"), directory.File(Stem + ".verified.cs"));
            await Snapshot.Verify(OneSource("a\r\nb\rc\n"), HarnessEnvironments.In(directory, HarnessEnvironments.Developer));
        }

        [Fact]
        public async Task A_verified_file_containing_a_carriage_return_is_an_error()
        {
            using var directory = new TemporarySnapshotDirectory();
            directory.Write("SnapshotComparisonTests.A_verified_file_containing_a_carriage_return_is_an_error#Hello.g.verified.cs", "a\r\nb");

            var error = await Assert.ThrowsAsync<VerifiedFileFormatException>(() =>
                Snapshot.Verify(OneSource("a\nb"), HarnessEnvironments.In(directory, HarnessEnvironments.DeveloperAccepting)));

            Assert.EndsWith("#Hello.g.verified.cs", error.Path, System.StringComparison.Ordinal);
        }

        [Fact]
        public async Task Text_is_compared_ordinally_and_a_final_newline_counts()
        {
            using var directory = new TemporarySnapshotDirectory();
            directory.Write("SnapshotComparisonTests.Text_is_compared_ordinally_and_a_final_newline_counts#Hello.g.verified.cs", "text");

            await Assert.ThrowsAsync<SnapshotMismatchException>(() =>
                Snapshot.Verify(OneSource("text\n"), HarnessEnvironments.In(directory, HarnessEnvironments.Developer)));
            await Assert.ThrowsAsync<SnapshotMismatchException>(() =>
                Snapshot.Verify(OneSource("TEXT"), HarnessEnvironments.In(directory, HarnessEnvironments.Developer)));
        }

        [Fact]
        public async Task A_verified_file_without_BOM_is_read_as_the_same_text()
        {
            using var directory = new TemporarySnapshotDirectory();
            directory.Write("SnapshotComparisonTests.A_verified_file_without_BOM_is_read_as_the_same_text#Hello.g.verified.cs", "é\n", withBom: false);

            await Snapshot.Verify(OneSource("é\n"), HarnessEnvironments.In(directory, HarnessEnvironments.Developer));
        }

        [Fact]
        public async Task Accepting_renames_received_to_verified_and_deletes_stale_verified_files()
        {
            using var directory = new TemporarySnapshotDirectory();
            const string Prefix = "SnapshotComparisonTests.Accepting_renames_received_to_verified_and_deletes_stale_verified_files";
            directory.Write(Prefix + "#Hello.g.verified.cs", "old");
            directory.Write(Prefix + "#Gone.g.verified.cs", "stale");
            SnapshotTarget[] targets = [new SnapshotTarget("txt", "diagnostics"), new SnapshotTarget("cs", "new", "Hello.g")];

            await Snapshot.Verify(targets, HarnessEnvironments.In(directory, HarnessEnvironments.DeveloperAccepting));

            Assert.Equal([Prefix + "#Hello.g.verified.cs", Prefix + ".verified.txt"], directory.FileNames(), System.StringComparer.Ordinal);
            Assert.Equal("new", directory.ReadWithBom(Prefix + "#Hello.g.verified.cs"));
            Assert.Equal("diagnostics", directory.ReadWithBom(Prefix + ".verified.txt"));
            await Snapshot.Verify(targets, HarnessEnvironments.In(directory, HarnessEnvironments.Developer));
        }

        [Fact]
        public async Task AutoAccept_in_settings_accepts_like_the_environment_variable()
        {
            using var directory = new TemporarySnapshotDirectory();

            await Snapshot.Verify(OneSource("new"), HarnessEnvironments.In(directory, HarnessEnvironments.Developer).AutoAccept());

            Assert.Equal(["SnapshotComparisonTests.AutoAccept_in_settings_accepts_like_the_environment_variable#Hello.g.verified.cs"], directory.FileNames());
        }

        [Fact]
        public async Task A_build_server_never_accepts_even_when_asked_to()
        {
            using var directory = new TemporarySnapshotDirectory();
            const string Prefix = "SnapshotComparisonTests.A_build_server_never_accepts_even_when_asked_to";
            directory.Write(Prefix + "#Gone.g.verified.cs", "stale");

            var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(() =>
                Snapshot.Verify(OneSource("new"), HarnessEnvironments.In(directory, HarnessEnvironments.BuildServerAccepting).AutoAccept()));

            Assert.Equal([Prefix + "#Gone.g.verified.cs", Prefix + "#Hello.g.received.cs"], directory.FileNames(), System.StringComparer.Ordinal);
            Assert.Contains("never done on a build server", failure.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public async Task Targets_sharing_a_name_are_numbered()
        {
            using var directory = new TemporarySnapshotDirectory();
            const string Prefix = "SnapshotComparisonTests.Targets_sharing_a_name_are_numbered";
            SnapshotTarget[] targets = [new SnapshotTarget("cs", "one", "Same"), new SnapshotTarget("cs", "two", "Same"), new SnapshotTarget("cs", "three", "Other")];

            var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(() =>
                Snapshot.Verify(targets, HarnessEnvironments.In(directory, HarnessEnvironments.Developer)));

            Assert.Equal([Prefix + "#Same.00.verified.cs", Prefix + "#Same.01.verified.cs", Prefix + "#Other.verified.cs"], failure.NewFiles);
            Assert.Equal("two", directory.ReadWithBom(Prefix + "#Same.01.received.cs"));
        }
    }
}
