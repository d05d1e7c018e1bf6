using CorpusGenerator.TestInfrastructure;
using System.Text;
using CorpusGenerator.Testing.Tests.Infrastructure;

namespace CorpusGenerator.Testing.Tests.EndToEnd
{
    /// <summary>
    /// The packed CorpusGenerator.Testing used as a user uses it, by tests/samples' xunit and NUnit
    /// projects compiling the seed: a first run fails as new, accepting makes it pass, and one word
    /// changed in one quote fails it with a received file one line away from the verified one.
    /// </summary>
    [Collection(PackedPackagesCollection.Name)]
    public sealed class CorpusSnapshotEndToEndTests
    {
        private const string QuotesTest = "Quotes_are_unchanged";
        private readonly PackedPackages packages;

        public CorpusSnapshotEndToEndTests(PackedPackages packages) => this.packages = packages;

        [Fact]
        public void An_xunit_project_accepts_with_the_variable_and_fails_on_one_changed_word()
        {
            var project = new ConsumerProject(packages, "NewsCorpus.XunitTests");

            FailsAsNew(project, project.Test());

            // Accepting needs no rebuild: the variable is read when the test runs.
            project.Test(accept: true, build: false).EnsureSuccess();
            Assert.Empty(project.ReceivedFiles());
            project.Test(build: false).EnsureSuccess();

            FailsOnOneChangedLine(project);
        }

        [Fact]
        public void An_nunit_project_accepts_by_renaming_and_fails_on_one_changed_word()
        {
            var project = new ConsumerProject(packages, "NewsCorpus.NUnitTests");

            FailsAsNew(project, project.Test());

            project.RenameReceivedToVerified();
            project.Test(build: false).EnsureSuccess();

            FailsOnOneChangedLine(project);
        }

        private static void FailsAsNew(ConsumerProject project, CommandResult run)
        {
            Assert.False(run.Succeeded, run.ToString());
            Assert.True(run.Output.Contains("New:", StringComparison.Ordinal), run.ToString());
            Assert.False(File.Exists(project.SnapshotFile(QuotesTest, "verified")), run.ToString());
            var received = Read(project.SnapshotFile(QuotesTest, "received"));
            Assert.StartsWith("Articles.RouhaniKadhimiCall\n  File: articles/rouhani-kadhimi-call.txt\n", received, StringComparison.Ordinal);
            Assert.DoesNotContain(project.Directory, received, StringComparison.Ordinal);
            Assert.Contains("GeneratedCode/CorpusTests.Generated_code_is_unchanged#Articles.Group52.g.received.cs", project.ReceivedFiles());
        }

        private static void FailsOnOneChangedLine(ConsumerProject project)
        {
            var verified = Read(project.SnapshotFile(QuotesTest, "verified"));
            var edit = QuoteEdit.Apply(verified, project.ArticlePath);

            var run = project.Test();

            Assert.False(run.Succeeded, run.ToString());
            Assert.True(run.Output.Contains("NotEqual:", StringComparison.Ordinal), run.ToString());
            var received = Read(project.SnapshotFile(QuotesTest, "received"));
            var changed = Assert.Single(LineDiff.ChangedLines(verified, received));
            Assert.Equal(edit.QuoteLine, changed.Before);
            Assert.Equal(edit.ExpectedLine, changed.After);
        }

        /// <summary>A snapshot file's text after its BOM.</summary>
        private static string Read(string path)
        {
            Assert.True(File.Exists(path), path + " exists");
            var bytes = File.ReadAllBytes(path);
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }
    }
}
