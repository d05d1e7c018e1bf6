using System.Text;
using System.Text.Json;
using CorpusGenerator.Cli;

namespace CorpusGenerator.Tests.Cli
{
    /// <summary><c>corpus extract</c>: what the generator sees in each article, as score.py reads it or as a summary.</summary>
    public sealed class ExtractCommandTests : IDisposable
    {
        private const string Article = "OTTAWA \u2014 \"We will act,\" said Jane Doe, the minister.\n";

        private readonly string folder = Path.Combine(Path.GetTempPath(), "corpus-extract-" + Guid.NewGuid().ToString("N"));

        public ExtractCommandTests() => Directory.CreateDirectory(folder);

        public void Dispose() => Directory.Delete(folder, recursive: true);

        private (int Exit, string Output) Extract(bool json, params string[] paths)
        {
            using var output = new MemoryStream();
            int exit = ExtractCommand.Run(paths, json, output, new StringWriter());
            return (exit, Encoding.UTF8.GetString(output.ToArray()));
        }

        private void Write(string relativePath, string text)
        {
            string path = Path.Combine(folder, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        [Fact]
        public void Files_in_topic_folders_are_named_by_their_path_below_the_folder_given()
        {
            // Topic folders repeat file names (BBC: 511 names for 2,225 articles); a report keyed
            // by the bare name could not tell business/001.txt from sport/001.txt.
            Write(Path.Combine("business", "001.txt"), Article);
            Write(Path.Combine("sport", "001.txt"), "LONDON \u2014 The match was played.\n");

            var (exit, output) = Extract(json: true, folder);

            Assert.Equal(0, exit);
            using JsonDocument report = JsonDocument.Parse(output);
            Assert.Equal(new[] { "business/001.txt", "sport/001.txt" }, report.RootElement.EnumerateArray().Select(a => a.GetProperty("file").GetString()));
        }

        [Fact]
        public void A_file_given_by_itself_is_named_by_its_file_name_and_its_quote_is_reported()
        {
            Write("minister.txt", Article);

            var (exit, output) = Extract(json: true, Path.Combine(folder, "minister.txt"));

            Assert.Equal(0, exit);
            using JsonDocument report = JsonDocument.Parse(output);
            JsonElement article = Assert.Single(report.RootElement.EnumerateArray().ToList());
            Assert.Equal("minister.txt", article.GetProperty("file").GetString());
            Assert.Equal("OTTAWA", article.GetProperty("dateline").GetString());
            JsonElement quote = Assert.Single(article.GetProperty("quotes").EnumerateArray().ToList());
            Assert.Equal("Jane Doe", quote.GetProperty("speaker").GetString());
            Assert.Equal("said", quote.GetProperty("cue").GetString());
            Assert.Equal("We will act,", quote.GetProperty("text").GetString());
        }

        [Fact]
        public void The_summary_names_each_article_as_the_report_does()
        {
            Write(Path.Combine("politics", "001.txt"), Article);

            var (exit, output) = Extract(json: false, folder);

            Assert.Equal(0, exit);
            Assert.Contains("politics/001.txt", output);
            Assert.Contains("Jane Doe", output);
        }

        [Fact]
        public void No_article_found_is_an_error()
        {
            Assert.Equal(1, Extract(json: true, folder).Exit);
        }
    }
}
