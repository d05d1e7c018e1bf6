using System;
using System.Threading.Tasks;
using CorpusGenerator.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

// The descriptor here only feeds the harness; it is no analyzer's shipped rule.
#pragma warning disable RS2008

namespace CorpusGenerator.Tests.Snapshots
{
    /// <summary>A real GeneratorDriver run through the harness, in Verify.SourceGenerators' layout.</summary>
    public sealed class SourceGeneratorSnapshotTests
    {
        static readonly DiagnosticDescriptor Odd = new DiagnosticDescriptor("CORPUS900", "Odd", "Odd {0}", "Corpus", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        [Fact]
        public async Task Each_source_becomes_a_hint_named_cs_file_with_the_HintName_header_in_LF()
        {
            using var directory = new TemporarySnapshotDirectory();
            var driver = new InlineGenerator(
            [
                ("Zeta.g.cs", "class Zeta\r\n{\r\n}\r\n"),
                ("Articles.Alpha.g", "class Alpha { }"),
            ]).Run();

            var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(() =>
                SourceGeneratorSnapshot.Verify(driver, HarnessEnvironments.In(directory, HarnessEnvironments.Developer)));

            const string Prefix = "SourceGeneratorSnapshotTests.Each_source_becomes_a_hint_named_cs_file_with_the_HintName_header_in_LF";
            Assert.Equal([Prefix + "#Articles.Alpha.g.verified.cs", Prefix + "#Zeta.g.verified.cs"], failure.NewFiles);
            Assert.Equal("//HintName: Zeta.g.cs\nclass Zeta\n{\n}\n", directory.ReadWithBom(Prefix + "#Zeta.g.received.cs"));
            Assert.Equal("//HintName: Articles.Alpha.g.cs\nclass Alpha { }", directory.ReadWithBom(Prefix + "#Articles.Alpha.g.received.cs"));
            Assert.DoesNotContain(directory.FileNames(), name => name.EndsWith(".txt", StringComparison.Ordinal));
        }

        [Fact]
        public async Task A_folder_in_a_hint_name_is_dropped_from_the_file_name()
        {
            using var directory = new TemporarySnapshotDirectory();
            var driver = new InlineGenerator([("Folder/Inner.g.cs", "class Inner { }\n")]).Run();

            var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(() =>
                SourceGeneratorSnapshot.Verify(driver, HarnessEnvironments.In(directory, HarnessEnvironments.Developer)));

            Assert.Equal(["SourceGeneratorSnapshotTests.A_folder_in_a_hint_name_is_dropped_from_the_file_name#Inner.g.verified.cs"], failure.NewFiles);
            Assert.StartsWith("//HintName: Folder/Inner.g.cs\n", directory.ReadWithBom("SourceGeneratorSnapshotTests.A_folder_in_a_hint_name_is_dropped_from_the_file_name#Inner.g.received.cs"), StringComparison.Ordinal);
        }

        [Fact]
        public async Task Reported_diagnostics_add_the_unnamed_verified_txt_file()
        {
            using var directory = new TemporarySnapshotDirectory();
            var location = Location.Create("seeds/odd.txt", new TextSpan(0, 1), new LinePositionSpan(new LinePosition(0, 0), new LinePosition(0, 1)));
            var driver = new InlineGenerator([("One.g.cs", "class One { }\n")], [Diagnostic.Create(Odd, location, "thing")]).Run();

            await SourceGeneratorSnapshot.Verify(driver.GetRunResult(), HarnessEnvironments.In(directory, HarnessEnvironments.DeveloperAccepting));

            const string Prefix = "SourceGeneratorSnapshotTests.Reported_diagnostics_add_the_unnamed_verified_txt_file";
            Assert.Equal([Prefix + "#One.g.verified.cs", Prefix + ".verified.txt"], directory.FileNames());
            Assert.StartsWith(
                "{\n  Diagnostics: [\n    {\n      Location: seeds\\odd.txt: (0,0)-(0,1),\n      Message: Odd thing,\n",
                directory.ReadWithBom(Prefix + ".verified.txt"),
                StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_generator_exception_is_rethrown_and_nothing_is_written()
        {
            using var directory = new TemporarySnapshotDirectory();
            var driver = new InlineGenerator(failure: new InvalidOperationException("generator broke")).Run();

            var exception = await Assert.ThrowsAsync<InvalidOperationException>(() =>
                SourceGeneratorSnapshot.Verify(driver, HarnessEnvironments.In(directory, HarnessEnvironments.DeveloperAccepting)));

            Assert.Equal("generator broke", exception.Message);
            Assert.Empty(directory.FileNames());
        }

        [Fact]
        public async Task The_generated_code_version_can_be_scrubbed()
        {
            using var directory = new TemporarySnapshotDirectory();
            var driver = new InlineGenerator(
            [
                ("One.g.cs", "[global::System.CodeDom.Compiler.GeneratedCode(\"CorpusGenerator\", \"1.2.3-beta+abc\")]\nclass One { }\n"),
            ]).Run();
            var settings = HarnessEnvironments.In(directory, HarnessEnvironments.DeveloperAccepting).ScrubGeneratedCodeVersion("CorpusGenerator");

            await SourceGeneratorSnapshot.Verify(driver, settings);

            Assert.Equal(
                "//HintName: One.g.cs\n[global::System.CodeDom.Compiler.GeneratedCode(\"CorpusGenerator\", \"VERSION\")]\nclass One { }\n",
                directory.ReadWithBom("SourceGeneratorSnapshotTests.The_generated_code_version_can_be_scrubbed#One.g.verified.cs"));
        }

        [Fact]
        public async Task Ignored_sources_are_left_out()
        {
            using var directory = new TemporarySnapshotDirectory();
            var driver = new InlineGenerator([("Kept.g.cs", "class Kept { }"), ("Shared.g.cs", "class Shared { }")]).Run();
            var settings = HarnessEnvironments.In(directory, HarnessEnvironments.Developer)
                .IgnoreGeneratedResult(source => source.HintName.StartsWith("Shared", StringComparison.Ordinal));

            var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(() => SourceGeneratorSnapshot.Verify(driver, settings));

            Assert.Equal(["SourceGeneratorSnapshotTests.Ignored_sources_are_left_out#Kept.g.verified.cs"], failure.NewFiles);
        }

        [Fact]
        public async Task A_second_identical_run_passes_and_a_changed_run_fails()
        {
            using var directory = new TemporarySnapshotDirectory();
            await SourceGeneratorSnapshot.Verify(
                new InlineGenerator([("One.g.cs", "class One { }\n")]).Run(),
                HarnessEnvironments.In(directory, HarnessEnvironments.DeveloperAccepting));

            await SourceGeneratorSnapshot.Verify(
                new InlineGenerator([("One.g.cs", "class One { }\n")]).Run(),
                HarnessEnvironments.In(directory, HarnessEnvironments.Developer));
            var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(() => SourceGeneratorSnapshot.Verify(
                new InlineGenerator([("Two.g.cs", "class Two { }\n")]).Run(),
                HarnessEnvironments.In(directory, HarnessEnvironments.Developer)));

            Assert.Single(failure.NewFiles);
            Assert.Single(failure.DeleteFiles);
        }
    }
}
