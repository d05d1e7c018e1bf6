using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using CorpusGenerator.Testing;

namespace CorpusGenerator.Tests.Snapshots
{
    /// <summary>The compare/fail/accept rules of shared/design/snapshots.md, on plain targets.</summary>
    public sealed class SnapshotComparisonTests
    {
        static SnapshotTarget[] OneSource(string text) => [new SnapshotTarget("cs", text, "Hello.g")];

        /// <summary>The prefix the harness derives for the calling test in this file.</summary>
        static string PrefixOf([CallerMemberName] string test = "") => nameof(SnapshotComparisonTests) + "." + test;

        static Task Verify(
            TemporarySnapshotDirectory directory,
            SnapshotTarget[] targets,
            SnapshotEnvironment? environment = null,
            bool autoAccept = false,
            [CallerMemberName] string test = "")
        {
            var settings = HarnessEnvironments.In(directory, environment ?? HarnessEnvironments.Developer);
            return Snapshot.Verify(targets, autoAccept ? settings.AutoAccept() : settings, testMethod: test);
        }

        static Task<SnapshotMismatchException> Mismatch(
            TemporarySnapshotDirectory directory,
            SnapshotTarget[] targets,
            SnapshotEnvironment? environment = null,
            bool autoAccept = false,
            [CallerMemberName] string test = "") =>
            Assert.ThrowsAsync<SnapshotMismatchException>(() => Verify(directory, targets, environment, autoAccept, test));

        [Fact]
        public async Task A_missing_verified_file_is_New_and_writes_the_received_file()
        {
            using var directory = new TemporarySnapshotDirectory();

            var failure = await Mismatch(directory, OneSource("class Hello {}\n"));

            Assert.Equal([PrefixOf() + "#Hello.g.verified.cs"], failure.NewFiles);
            Assert.Empty(failure.NotEqualFiles);
            Assert.Empty(failure.DeleteFiles);
            Assert.Equal("class Hello {}\n", directory.ReadWithBom(PrefixOf() + "#Hello.g.received.cs"));
        }

        [Fact]
        public async Task An_empty_verified_file_is_New()
        {
            using var directory = new TemporarySnapshotDirectory();
            directory.Write(PrefixOf() + "#Hello.g.verified.cs", string.Empty, withBom: false);

            var failure = await Mismatch(directory, OneSource("x"));

            Assert.Single(failure.NewFiles);
        }

        [Fact]
        public async Task A_different_text_is_NotEqual_and_the_message_shows_both_texts_in_Verify_layout()
        {
            using var directory = new TemporarySnapshotDirectory();
            var stem = PrefixOf() + "#Hello.g";
            directory.Write(stem + ".verified.cs", "old\n");

            var failure = await Mismatch(directory, OneSource("new\n"));

            Assert.Equal([stem + ".verified.cs"], failure.NotEqualFiles);
            Assert.StartsWith(
                "Directory: " + directory.Path + "\n" +
                "NotEqual:\n" +
                "  - Received: " + stem + ".received.cs\n" +
                "    Verified: " + stem + ".verified.cs\n" +
                "\n" +
                "FileContent:\n" +
                "\n" +
                "NotEqual:\n" +
                "\n" +
                "Received: " + stem + ".received.cs\n" +
                "new\n\n" +
                "Verified: " + stem + ".verified.cs\n" +
                "old\n\n" +
                "\n",
                failure.Message);
            Assert.Equal("new\n", directory.ReadWithBom(stem + ".received.cs"));
            Assert.Equal("old\n", directory.ReadWithBom(stem + ".verified.cs"));
        }

        [Fact]
        public async Task A_verified_file_no_longer_produced_is_Delete()
        {
            using var directory = new TemporarySnapshotDirectory();
            var prefix = PrefixOf();
            directory.Write(prefix + "#Hello.g.verified.cs", "same");
            directory.Write(prefix + "#Gone.g.verified.cs", "stale");
            directory.Write(prefix + ".verified.txt", "stale diagnostics");

            var failure = await Mismatch(directory, OneSource("same"));

            Assert.Equal([prefix + "#Gone.g.verified.cs", prefix + ".verified.txt"], failure.DeleteFiles);
            Assert.Empty(failure.NewFiles);
            Assert.Empty(failure.NotEqualFiles);
            Assert.Contains("Delete:\n  - " + prefix + "#Gone.g.verified.cs\n  - " + prefix + ".verified.txt\n", failure.Message, StringComparison.Ordinal);
            Assert.True(File.Exists(directory.File(prefix + "#Gone.g.verified.cs")), "a failing run deletes nothing verified");
        }

        [Fact]
        public async Task Files_of_other_tests_are_neither_stale_nor_deleted()
        {
            using var directory = new TemporarySnapshotDirectory();
            var prefix = PrefixOf();
            directory.Write(prefix + "#Hello.g.verified.cs", "same");
            string[] others =
            [
                prefix + "2.verified.txt",
                prefix + "_case=1.verified.txt",
                prefix + ".Nested.verified.txt",
                prefix + "_case=1.received.txt",
            ];
            foreach (var other in others)
            {
                directory.Write(other, "another test's");
            }

            await Verify(directory, OneSource("same"));

            string[] expected = [.. others, prefix + "#Hello.g.verified.cs"];
            Array.Sort(expected, StringComparer.Ordinal);
            Assert.Equal(expected, directory.FileNames());
        }

        [Fact]
        public async Task A_pass_deletes_this_tests_received_files_and_writes_nothing()
        {
            using var directory = new TemporarySnapshotDirectory();
            var prefix = PrefixOf();
            directory.Write(prefix + "#Hello.g.verified.cs", "same");
            directory.Write(prefix + "#Hello.g.received.cs", "an earlier failure");
            directory.Write(prefix + ".received.txt", "an earlier failure");

            await Verify(directory, OneSource("same"));

            Assert.Equal([prefix + "#Hello.g.verified.cs"], directory.FileNames());
        }

        [Fact]
        public async Task CRLF_in_the_received_text_is_written_and_compared_as_LF()
        {
            using var directory = new TemporarySnapshotDirectory();
            var stem = PrefixOf() + "#Hello.g";

            await Mismatch(directory, OneSource("a\r\nb\rc\n"));
            Assert.Equal("a\nb\nc\n", directory.ReadWithBom(stem + ".received.cs"));

            File.Move(directory.File(stem + ".received.cs"), directory.File(stem + ".verified.cs"));
            await Verify(directory, OneSource("a\r\nb\rc\n"));
        }

        [Fact]
        public async Task A_verified_file_containing_a_carriage_return_is_an_error()
        {
            using var directory = new TemporarySnapshotDirectory();
            directory.Write(PrefixOf() + "#Hello.g.verified.cs", "a\r\nb");

            var error = await Assert.ThrowsAsync<VerifiedFileFormatException>(() =>
                Verify(directory, OneSource("a\nb"), HarnessEnvironments.DeveloperAccepting));

            Assert.EndsWith("#Hello.g.verified.cs", error.Path, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Text_is_compared_ordinally_and_a_final_newline_counts()
        {
            using var directory = new TemporarySnapshotDirectory();
            directory.Write(PrefixOf() + "#Hello.g.verified.cs", "text");

            await Mismatch(directory, OneSource("text\n"));
            await Mismatch(directory, OneSource("TEXT"));
        }

        [Fact]
        public async Task A_verified_file_without_BOM_is_read_as_the_same_text()
        {
            using var directory = new TemporarySnapshotDirectory();
            directory.Write(PrefixOf() + "#Hello.g.verified.cs", "é\n", withBom: false);

            await Verify(directory, OneSource("é\n"));
        }

        [Fact]
        public async Task Accepting_renames_received_to_verified_and_deletes_stale_verified_files()
        {
            using var directory = new TemporarySnapshotDirectory();
            var prefix = PrefixOf();
            directory.Write(prefix + "#Hello.g.verified.cs", "old");
            directory.Write(prefix + "#Gone.g.verified.cs", "stale");
            SnapshotTarget[] targets = [new SnapshotTarget("txt", "diagnostics"), new SnapshotTarget("cs", "new", "Hello.g")];

            await Verify(directory, targets, HarnessEnvironments.DeveloperAccepting);

            Assert.Equal([prefix + "#Hello.g.verified.cs", prefix + ".verified.txt"], directory.FileNames());
            Assert.Equal("new", directory.ReadWithBom(prefix + "#Hello.g.verified.cs"));
            Assert.Equal("diagnostics", directory.ReadWithBom(prefix + ".verified.txt"));
            await Verify(directory, targets);
        }

        [Fact]
        public async Task AutoAccept_in_settings_accepts_like_the_environment_variable()
        {
            using var directory = new TemporarySnapshotDirectory();

            await Verify(directory, OneSource("new"), autoAccept: true);

            Assert.Equal([PrefixOf() + "#Hello.g.verified.cs"], directory.FileNames());
        }

        [Fact]
        public async Task A_build_server_never_accepts_even_when_asked_to()
        {
            using var directory = new TemporarySnapshotDirectory();
            var prefix = PrefixOf();
            directory.Write(prefix + "#Gone.g.verified.cs", "stale");

            var failure = await Mismatch(directory, OneSource("new"), HarnessEnvironments.BuildServerAccepting, autoAccept: true);

            Assert.Equal([prefix + "#Gone.g.verified.cs", prefix + "#Hello.g.received.cs"], directory.FileNames());
            Assert.Contains("never done on a build server", failure.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Targets_sharing_a_name_are_numbered()
        {
            using var directory = new TemporarySnapshotDirectory();
            var prefix = PrefixOf();
            SnapshotTarget[] targets = [new SnapshotTarget("cs", "one", "Same"), new SnapshotTarget("cs", "two", "Same"), new SnapshotTarget("cs", "three", "Other")];

            var failure = await Mismatch(directory, targets);

            Assert.Equal([prefix + "#Same.00.verified.cs", prefix + "#Same.01.verified.cs", prefix + "#Other.verified.cs"], failure.NewFiles);
            Assert.Equal("two", directory.ReadWithBom(prefix + "#Same.01.received.cs"));
        }
    }
}
