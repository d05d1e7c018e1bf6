using System.Text;
using CorpusGenerator.Cli;

namespace CorpusGenerator.Tests.Cli
{
    /// <summary><c>corpus check</c>: the build's diagnostics for a folder, in the compiler's format, without compiling.</summary>
    public sealed class CheckCommandTests : IDisposable
    {
        private readonly string folder = Path.Combine(Path.GetTempPath(), "corpus-check-" + Guid.NewGuid().ToString("N"));

        public CheckCommandTests() => Directory.CreateDirectory(folder);

        public void Dispose() => Directory.Delete(folder, recursive: true);

        private (int Exit, string Output) Check(CheckCommand.FailOn failOn = CheckCommand.FailOn.Warning)
        {
            var output = new StringWriter();
            int exit = CheckCommand.Run(new[] { folder }, CorpusGenerator.Reading.ArticleAnalysis.DefaultMaxBytes, failOn, output, new StringWriter());
            return (exit, output.ToString());
        }

        [Fact]
        public void A_broken_article_fails_the_check_with_file_line_and_column()
        {
            File.WriteAllText(Path.Combine(folder, "good.txt"), "OTTAWA \u2014 \"We will act,\" said Jane Doe, the minister.\n");
            File.WriteAllText(Path.Combine(folder, "broken.txt"), "LONDON \u2014 The minister spoke.\n\n\"We will never stop, said Jane Smith.\n");
            File.WriteAllBytes(Path.Combine(folder, "latin1.txt"), Encoding.Latin1.GetBytes("Caf\u00e9 news.\n"));

            var (exit, output) = Check();

            Assert.Equal(1, exit);
            Assert.Contains(Path.Combine(folder, "broken.txt") + "(3,1): warning CORPUS002: Quotation mark opened here is never closed", output);
            Assert.Contains(Path.Combine(folder, "latin1.txt") + "(1,4): warning CORPUS001:", output);
            Assert.DoesNotContain("good.txt", output);
            Assert.Contains("3 article(s) checked: 0 error(s), 2 warning(s)", output);
        }

        [Fact]
        public void Class_name_clashes_are_errors_as_in_the_build()
        {
            File.WriteAllText(Path.Combine(folder, "a-b.txt"), "One.\n");
            File.WriteAllText(Path.Combine(folder, "a_b.txt"), "Two.\n");

            var (exit, output) = Check(CheckCommand.FailOn.Error);

            Assert.Equal(1, exit);
            Assert.Contains("error CORPUS005", output);
        }

        [Fact]
        public void Warnings_pass_when_only_errors_fail()
        {
            File.WriteAllText(Path.Combine(folder, "empty.txt"), "\n");
            Assert.Equal(0, Check(CheckCommand.FailOn.Error).Exit);
            Assert.Equal(1, Check(CheckCommand.FailOn.Warning).Exit);
        }
    }
}
