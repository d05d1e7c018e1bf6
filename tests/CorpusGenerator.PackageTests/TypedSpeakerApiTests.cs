using CorpusGenerator.PackageTests.Infrastructure;

namespace CorpusGenerator.PackageTests
{
    /// <summary>
    /// The promise of the project, through the package: a speaker of the seed is a typed member.
    /// </summary>
    [Collection(PackedPackagesCollection.Name)]
    public sealed class TypedSpeakerApiTests : PackageTestBase
    {
        public TypedSpeakerApiTests(PackedPackages packages)
            : base(packages)
        {
        }

        [Fact]
        public void Articles_RouhaniKadhimiCall_Speakers_HassanRouhani_compiles_and_prints_the_speakers()
        {
            using var workspace = NewWorkspace("speakers");
            workspace.WriteApp(
                """
                  <ItemGroup><CorpusArticle Include="rouhani-kadhimi-call.txt" /></ItemGroup>
                """,
                """
                using Corpus;
                using CorpusGenerator;

                Speaker rouhani = Articles.RouhaniKadhimiCall.Speakers.HassanRouhani;
                System.Console.WriteLine("Typed: " + rouhani.Name);
                foreach (Speaker speaker in Articles.RouhaniKadhimiCall.Speakers)
                    System.Console.WriteLine("Speaker: " + speaker.Name);
                """);
            workspace.CopySeed("App/rouhani-kadhimi-call.txt");

            workspace.Build("App");

            string output = workspace.RunApp("App", "App");
            Assert.Contains("Typed: Hassan Rouhani", output);
            Assert.Contains("Speaker: Hassan Rouhani", output);
        }
    }
}
