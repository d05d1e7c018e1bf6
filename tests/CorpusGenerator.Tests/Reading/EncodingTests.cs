using System.Text;
using CorpusGenerator.Reading;
using CorpusGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CorpusGenerator.Tests.Reading
{
    /// <summary>
    /// Files decoded the way the compiler decodes them (its own EncodedStringText): whatever the
    /// encoding and line endings, the model holds the text as written, and bytes that are not text
    /// are a diagnostic, never mojibake in the model.
    /// </summary>
    public class EncodingTests
    {
        private const string Text = "Caf\u00E9 \u201Cna\u00EFve\u201D \u2014 \u4E2D\u6587 \uD83D\uDE00\nSecond line.\n";

        public static TheoryData<string, byte[]> Unicode() => new()
        {
            { "utf-8 without BOM", Encoding.UTF8.GetBytes(Text) },
            { "utf-8 with BOM", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Text)).ToArray() },
            { "utf-16 LE with BOM", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Text)).ToArray() },
            { "utf-16 BE with BOM", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Text)).ToArray() },
            { "utf-32 LE with BOM", Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(Text)).ToArray() },
        };

        [Theory]
        [MemberData(nameof(Unicode))]
        public void Unicode_files_round_trip_without_their_byte_order_mark(string encoding, byte[] bytes)
        {
            var run = new GeneratorHarness().Run(CompilerFileReader.Article("news.txt", bytes));
            Assert.True(run.GeneratorDiagnostics.IsEmpty, encoding + ": " + string.Join(", ", run.GeneratorDiagnostics));
            Assert.Empty(run.CompilationErrors);
            Assert.Equal(Text, run.Article("News").Text);
        }

        [Theory]
        [InlineData("one\r\ntwo\r\nthree")]
        [InlineData("one\rtwo\rthree\r")]
        [InlineData("one\ntwo\r\nthree\rfour\n\r")]
        [InlineData("one\u2028two\u2029three\u0085four")]
        public void Line_endings_of_every_kind_are_kept_as_they_are(string text)
        {
            var run = new GeneratorHarness().Run(CompilerFileReader.Article("lines.txt", Encoding.UTF8.GetBytes(text)));
            Assert.Empty(run.CompilationErrors);
            Assert.Empty(run.CompilationWarnings);
            Assert.Equal(text, run.Article("Lines").Text);
        }

        [Fact]
        public void A_NUL_byte_after_CRLF_lines_is_reported_on_its_own_line()
        {
            byte[] bytes = Encoding.UTF8.GetBytes("first\r\nsecond\r\nab\0c\r\n");
            var run = new GeneratorHarness().Run(CompilerFileReader.Article("nul.txt", bytes));
            var span = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "CORPUS010").Location.GetLineSpan();
            Assert.Equal((2, 2), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void A_file_that_is_not_UTF_8_is_refused_where_the_compiler_replaced_a_byte_and_the_others_compile(bool withBom)
        {
            // "caf\u00E9" in Latin-1. The compiler does not fail: on Linux and macOS it decodes the file as
            // UTF-8 with U+FFFD for the bad byte (on Windows as code page 1252, the next test's case).
            byte[] latin1 = Encoding.Latin1.GetBytes("Title\nThe caf\u00E9 opened.\n");
            if (withBom) latin1 = Encoding.UTF8.GetPreamble().Concat(latin1).ToArray();
            var source = CompilerFileReader.Read(latin1);
            if (source.Encoding!.CodePage != 65001) return; // Windows: the code-page case, tested below.

            var run = new GeneratorHarness().Run(
                new ArticleInput("latin1.txt", source.ToString(), Source: source),
                CompilerFileReader.Article("good.txt", Encoding.UTF8.GetBytes("Fine.")));
            Diagnostic refused = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "CORPUS001");
            var span = refused.Location.GetLineSpan();
            Assert.Equal(("latin1.txt", 1, 7), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character));
            Assert.Contains("not valid UTF-8", refused.GetMessage());
            Assert.Contains("U+FFFD", refused.GetMessage());
            Assert.False(run.HasArticleClass("Latin1"));
            Assert.Empty(run.CompilationErrors);
            Assert.Equal("Fine.", run.Article("Good").Text);
        }

        [Fact]
        public void A_file_decoded_as_a_legacy_code_page_is_refused_at_the_first_byte_that_is_not_UTF_8()
        {
            // What the compiler gives on Windows: the whole file as Windows-1252 (here Latin-1, its kin).
            string decoded = Encoding.Latin1.GetString(Encoding.Latin1.GetBytes("Title\nThe caf\u00E9 opened.\n"));
            var run = new GeneratorHarness().Run(new ArticleInput("latin1.txt", decoded, Source: Microsoft.CodeAnalysis.Text.SourceText.From(decoded, Encoding.Latin1)));
            Diagnostic refused = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "CORPUS001");
            var span = refused.Location.GetLineSpan();
            Assert.Equal(("latin1.txt", 1, 7), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character));
            Assert.Contains("0xE9", refused.GetMessage());
            Assert.Empty(run.Result.GeneratedTrees);
        }

        [Fact]
        public void An_ASCII_file_read_with_a_legacy_code_page_is_text_all_the_same()
        {
            // A project that sets CodePage has every file decoded with it; ASCII means the same in UTF-8.
            const string ascii = "Plain ASCII news.\r\nSecond line.";
            var run = new GeneratorHarness().Run(new ArticleInput("ascii.txt", ascii, Source: Microsoft.CodeAnalysis.Text.SourceText.From(ascii, Encoding.Latin1)));
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Equal(ascii, run.Article("Ascii").Text);
        }

        [Fact]
        public void A_replacement_character_written_in_a_valid_UTF_8_file_is_text()
        {
            var run = new GeneratorHarness().Run(CompilerFileReader.Article("fffd.txt", Encoding.UTF8.GetBytes("It says \uFFFD.")));
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Equal("It says \uFFFD.", run.Article("Fffd").Text);
        }

        [Theory]
        [InlineData(new byte[] { 0x41, 0xC3, 0xA9 }, -1)]
        [InlineData(new byte[] { 0x41, 0xE9, 0x42 }, 1)]
        [InlineData(new byte[] { 0xC0, 0x80 }, 0)]
        [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 0)]
        [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, 0)]
        [InlineData(new byte[] { 0xE2, 0x82 }, 0)]
        [InlineData(new byte[] { 0xF0, 0x9F, 0x98, 0x80, 0xFF }, 4)]
        public void The_first_byte_that_is_not_UTF_8_is_found(byte[] bytes, int expected) =>
            Assert.Equal(expected, ArticleEncoding.FirstInvalidUtf8Byte(bytes));

        [Fact]
        public void Text_that_never_was_bytes_is_not_questioned() =>
            Assert.Null(ArticleEncoding.Check("anything \u00E9", encoding: null));
    }
}
