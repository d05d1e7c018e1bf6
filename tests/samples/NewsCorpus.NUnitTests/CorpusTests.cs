using System.Threading.Tasks;
using Corpus;
using CorpusGenerator.Testing;
using NUnit.Framework;

namespace NewsCorpus.NUnitTests
{
    public class CorpusTests
    {
        /// <summary>Fails when an edit or an upgrade changes who is quoted saying what.</summary>
        [Test]
        public Task Quotes_are_unchanged() => CorpusSnapshot.Verify(Articles.All);

        /// <summary>Fails when the C# generated from the articles changes.</summary>
        [Test]
        public Task Generated_code_is_unchanged() =>
            CorpusSnapshot.VerifyGeneratedCode(
                new CorpusProject(".").AddArticles("articles", "*.txt"),
                new SnapshotSettings().UseDirectory("GeneratedCode"));
    }
}
