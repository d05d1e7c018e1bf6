namespace CorpusGenerator.PackageTests.Infrastructure
{
    /// <summary>Project files as a user writes them: the SDK's defaults plus what a test needs.</summary>
    internal static class ProjectFiles
    {
        /// <summary>A net10.0 console app; <paramref name="body"/> goes inside &lt;Project&gt;.</summary>
        public static string ConsoleApp(string body = "") => $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
            {body}
            </Project>
            """;

        /// <summary>A PackageReference to the version under test.</summary>
        public static string PackageReference(string version) =>
            $"""  <ItemGroup><PackageReference Include="CorpusGenerator" Version="{version}" /></ItemGroup>""";

        /// <summary>A console program that prints what any article corpus holds.</summary>
        public const string PrintCorpus = """
            using System;
            using CorpusGenerator;

            foreach (Article article in Corpus.Articles.All)
            {
                Console.WriteLine($"Article {article.ClassName} from {article.FileName}: {article.Paragraphs.Count} paragraphs, {article.Speakers.Count} speakers");
            }

            Console.WriteLine($"Articles: {Corpus.Articles.All.Count}");
            """;
    }
}
