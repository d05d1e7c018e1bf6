using System.Collections.Immutable;
using CorpusGenerator.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

// The descriptors here only feed the text writer; they are no analyzer's shipped rules, and one
// has a multi-line message on purpose.
#pragma warning disable RS2008, RS1032

namespace CorpusGenerator.Tests.Snapshots
{
    /// <summary>The diagnostics <c>.verified.txt</c> text, byte for byte as in shared/design/snapshots.md.</summary>
    public sealed class DiagnosticsTextTests
    {
        static readonly DiagnosticDescriptor UnclosedQuotation = new DiagnosticDescriptor(
            "CORPUS002",
            "Unclosed quotation",
            "Quotation mark opened here is never closed",
            "Corpus",
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        static Location InArticle(string path) =>
            Location.Create(path, new TextSpan(40, 32), new LinePositionSpan(new LinePosition(3, 10), new LinePosition(3, 42)));

        [Fact]
        public void A_warning_with_a_location_is_written_as_the_design_shows()
        {
            var text = GeneratorSnapshotTargets.ForDiagnostics([Diagnostic.Create(UnclosedQuotation, InArticle("seeds/broken.txt"))]).Text;

            Assert.Equal(
                """
                {
                  Diagnostics: [
                    {
                      Location: seeds\broken.txt: (3,10)-(3,42),
                      Message: Quotation mark opened here is never closed,
                      Severity: Warning,
                      WarningLevel: 1,
                      Descriptor: {
                        Id: CORPUS002,
                        Title: Unclosed quotation,
                        MessageFormat: Quotation mark opened here is never closed,
                        Category: Corpus,
                        DefaultSeverity: Warning,
                        IsEnabledByDefault: true
                      }
                    }
                  ]
                }
                """.Replace("\r\n", "\n"),
                text);
        }

        [Fact]
        public void An_error_without_location_leaves_out_Location_and_WarningLevel()
        {
            var descriptor = new DiagnosticDescriptor("CORPUS001", "Bad {0}", "Article {0} is bad", "Corpus", DiagnosticSeverity.Error, isEnabledByDefault: false);

            var text = GeneratorSnapshotTargets.ForDiagnostics([Diagnostic.Create(descriptor, Location.None, "x.txt")]).Text;

            Assert.Equal(
                "{\n" +
                "  Diagnostics: [\n" +
                "    {\n" +
                "      Message: Article x.txt is bad,\n" +
                "      Severity: Error,\n" +
                "      Descriptor: {\n" +
                "        Id: CORPUS001,\n" +
                "        Title: Bad {0},\n" +
                "        MessageFormat: Article {0} is bad,\n" +
                "        Category: Corpus,\n" +
                "        DefaultSeverity: Error,\n" +
                "        IsEnabledByDefault: false\n" +
                "      }\n" +
                "    }\n" +
                "  ]\n" +
                "}",
                text);
        }

        static readonly DiagnosticDescriptor FullyDescribed = new DiagnosticDescriptor(
            "CORPUS003",
            "Title",
            "First line\r\nsecond line",
            "Corpus",
            DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "Why it matters.",
            helpLinkUri: "https://example.invalid/CORPUS003",
            customTags: ["CompilationEnd", "NotConfigurable"]);

        [Fact]
        public void Description_HelpLink_and_CustomTags_are_written_when_present_and_multi_line_values_start_on_their_own_line()
        {
            var text = GeneratorSnapshotTargets.ForDiagnostics([Diagnostic.Create(FullyDescribed, InArticle("a.txt"))]).Text;

            Assert.Equal(
                "{\n" +
                "  Diagnostics: [\n" +
                "    {\n" +
                "      Location: a.txt: (3,10)-(3,42),\n" +
                "      Message:\nFirst line\nsecond line,\n" +
                "      Severity: Info,\n" +
                "      WarningLevel: 1,\n" +
                "      Descriptor: {\n" +
                "        Id: CORPUS003,\n" +
                "        Title: Title,\n" +
                "        Description: Why it matters.,\n" +
                "        HelpLink: https://example.invalid/CORPUS003,\n" +
                "        MessageFormat:\nFirst line\nsecond line,\n" +
                "        Category: Corpus,\n" +
                "        DefaultSeverity: Info,\n" +
                "        IsEnabledByDefault: true,\n" +
                "        CustomTags: [\n" +
                "          CompilationEnd,\n" +
                "          NotConfigurable\n" +
                "        ]\n" +
                "      }\n" +
                "    }\n" +
                "  ]\n" +
                "}",
                text);
        }

        [Fact]
        public void Several_diagnostics_are_listed_in_reported_order()
        {
            var diagnostics = ImmutableArray.Create(
                Diagnostic.Create(FullyDescribed, Location.None),
                Diagnostic.Create(UnclosedQuotation, Location.None));

            var text = GeneratorSnapshotTargets.ForDiagnostics(diagnostics).Text;

            var first = text.IndexOf("Id: CORPUS003", System.StringComparison.Ordinal);
            var between = text.IndexOf("      }\n    },\n    {\n      Message: Quotation", System.StringComparison.Ordinal);
            var second = text.IndexOf("Id: CORPUS002", System.StringComparison.Ordinal);
            Assert.True(first >= 0 && first < between && between < second, text);
        }

        [Fact]
        public void The_diagnostics_target_is_the_unnamed_txt_file()
        {
            var target = GeneratorSnapshotTargets.ForDiagnostics([Diagnostic.Create(UnclosedQuotation, Location.None)]);

            Assert.Equal("txt", target.Extension);
            Assert.Null(target.Name);
        }
    }
}
