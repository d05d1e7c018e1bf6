using CorpusGenerator.Testing.Tests.Infrastructure;

namespace CorpusGenerator.Testing.Tests.Verification
{
    /// <summary>
    /// CorpusSnapshot.Verify is the harness's received/verified workflow applied to the snapshot
    /// text: the same file names, BOM and LF, and the same rules for accepting.
    /// </summary>
    public class CorpusSnapshotVerifyTests
    {
        private const string Prefix = nameof(CorpusSnapshotVerifyTests) + ".";

        [Fact]
        public async Task A_first_run_fails_as_new_and_writes_the_received_text_beside_the_test()
        {
            using var directory = new TemporaryDirectory("verify");

            var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(
                () => CorpusSnapshot.Verify(SampleArticles.Paris(), Environments.In(directory, Environments.Developer)));

            var name = Prefix + nameof(A_first_run_fails_as_new_and_writes_the_received_text_beside_the_test);
            Assert.Equal(new[] { name + ".verified.txt" }, failure.NewFiles);
            Assert.Equal(new[] { name + ".received.txt" }, directory.FileNames());
            Assert.Equal(CorpusSnapshotText.Write(SampleArticles.Paris()), directory.ReadSnapshot(name + ".received.txt"));
            Assert.Contains("Jean Dupont (said): \"We agree on the plan.\"", failure.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task An_accepted_snapshot_passes_and_an_edited_quote_fails_as_not_equal()
        {
            using var directory = new TemporaryDirectory("verify");
            var name = Prefix + nameof(An_accepted_snapshot_passes_and_an_edited_quote_fails_as_not_equal);

            await CorpusSnapshot.Verify(SampleArticles.Paris(), Environments.In(directory, Environments.DeveloperAccepting));
            await CorpusSnapshot.Verify(SampleArticles.Paris(), Environments.In(directory, Environments.Developer));
            Assert.Equal(new[] { name + ".verified.txt" }, directory.FileNames());

            var edited = SampleArticles.Paris(text => text.Replace("the plan", "the deal"));
            var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(
                () => CorpusSnapshot.Verify(edited, Environments.In(directory, Environments.Developer)));

            Assert.Equal(new[] { name + ".verified.txt" }, failure.NotEqualFiles);
            var changed = Assert.Single(LineDiff.ChangedLines(directory.ReadSnapshot(name + ".verified.txt"), directory.ReadSnapshot(name + ".received.txt")));
            Assert.Contains("the deal", changed.After, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_build_server_never_accepts()
        {
            using var directory = new TemporaryDirectory("verify");

            await Assert.ThrowsAsync<SnapshotMismatchException>(
                () => CorpusSnapshot.Verify(SampleArticles.Paris(), Environments.In(directory, Environments.BuildServerAccepting)));

            Assert.DoesNotContain(directory.FileNames(), file => file.EndsWith(".verified.txt", StringComparison.Ordinal));
        }

        [Fact]
        public async Task One_article_and_a_list_of_it_make_the_same_file()
        {
            using var directory = new TemporaryDirectory("verify");
            var article = SampleArticles.Paris();

            await CorpusSnapshot.Verify(article, Environments.In(directory, Environments.DeveloperAccepting), testMethod: "Same");
            await CorpusSnapshot.Verify(new[] { article }, Environments.In(directory, Environments.Developer), testMethod: "Same");
        }

        [Fact]
        public async Task Settings_name_the_file_as_for_every_snapshot()
        {
            using var directory = new TemporaryDirectory("verify");
            var settings = Environments.In(directory, Environments.DeveloperAccepting).UseTypeName("Corpus").UseParameter("file", "paris");

            await CorpusSnapshot.Verify(SampleArticles.Paris(), settings, testMethod: "Quotes");

            Assert.Equal(new[] { "Corpus.Quotes_file=paris.verified.txt" }, directory.FileNames());
        }

        [Fact]
        public async Task Null_input_is_refused_before_any_file_is_written()
        {
            await Assert.ThrowsAsync<ArgumentNullException>(() => CorpusSnapshot.Verify((CorpusGenerator.Article)null!));
            await Assert.ThrowsAsync<ArgumentNullException>(() => CorpusSnapshot.Verify((IEnumerable<CorpusGenerator.Article>)null!));
        }
    }
}
