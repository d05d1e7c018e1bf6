using System.Reflection;
using CorpusGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGenerator.Tests.Runtime
{
    /// <summary>
    /// What a generated article class inherits from <see cref="CompiledArticle{T}"/>: its
    /// <c>Article</c> and its <c>Speakers</c>, an instance of the class with every speaker field
    /// filled, built once; and clear errors when a class and the runtime library do not match.
    /// </summary>
    public class ArticleClassTests
    {
        private const string TwoSpeakers = "LONDON \u2014 \u201CWe will stay,\u201D said Jane Doe, a teacher.\n\n\u201CSo will we,\u201D said John Roe, a nurse.\n";

        [Fact]
        public void Speakers_is_the_class_itself_with_each_speaker_field_set_once()
        {
            var run = new GeneratorHarness().Run(new ArticleInput("school.txt", TwoSpeakers));
            Assert.Empty(run.CompilationErrors);
            Type type = run.Load().GetType("Corpus.Articles+School", throwOnError: true)!;
            Article article = GeneratedArticleClass.ArticleOf(type);
            SpeakerCollection speakers = GeneratedArticleClass.SpeakersOf(type);

            Assert.IsType(type, speakers);
            Assert.Same(speakers, GeneratedArticleClass.SpeakersOf(type));
            Assert.Equal(new[] { "Jane Doe", "John Roe" }, speakers.Select(s => s.Name));
            Assert.Same(article.Speakers[0], type.GetField("JaneDoe")!.GetValue(speakers));
            Assert.Same(article.Speakers[1], type.GetField("JohnRoe")!.GetValue(speakers));
            Assert.Same(article, ((IReadOnlyList<Article>)run.Load().GetType("Corpus.Articles")!.GetProperty("All")!.GetValue(null)!).Single());
        }

        [Fact]
        public void User_code_reads_a_speaker_field_through_Speakers()
        {
            var harness = new GeneratorHarness();
            var run = harness.Run(new ArticleInput("school.txt", TwoSpeakers));
            Compilation withUser = run.Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
                "public static class UserCode { public static string Who() => Corpus.Articles.School.Speakers.JohnRoe.Role + \" \" + Corpus.Articles.School.Article.Speakers.Count; }",
                new CSharpParseOptions(harness.LanguageVersion)));
            Assert.Empty(withUser.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
            using var stream = new MemoryStream();
            Assert.True(withUser.Emit(stream).Success);
            var context = new System.Runtime.Loader.AssemblyLoadContext("user-" + Guid.NewGuid().ToString("N"), isCollectible: true);
            Assembly loaded = context.LoadFromStream(new MemoryStream(stream.ToArray()));
            Assert.Equal("nurse 2", loaded.GetType("UserCode")!.GetMethod("Who")!.Invoke(null, null));
        }

        [Fact]
        public void A_speaker_named_like_the_article_class_gets_an_underscore()
        {
            // A field cannot share its class's name (CS0542).
            var run = new GeneratorHarness().Run(new ArticleInput("acme.txt", "\u201CWe grew,\u201D said Acme.\n"));
            Assert.Empty(run.CompilationErrors);
            Type type = run.Load().GetType("Corpus.Articles+Acme", throwOnError: true)!;
            Assert.Equal("Acme", ((Speaker)type.GetField("Acme_")!.GetValue(GeneratedArticleClass.SpeakersOf(type))!).Name);
        }

        /// <summary>One article's data (CompiledArticleGroupTests'), its class said to have a speaker field it lacks.</summary>
        [CompiledArticleData(CompiledArticleGroupTests.HeldText + CompiledArticleGroupTests.HeldTable, CompiledArticleGroupTests.HeldLayout, "Nobody")]
        private static class OneArticleGroup
        {
        }

        /// <summary>Stands for a generated Articles class: its one article, (group 0, index 0), is <see cref="NamesAMissingField"/>.</summary>
        [CompiledArticleIndex(new[] { typeof(OneArticleGroup) }, "AA", nameof(NamesAMissingField))]
        private static class MismatchedArticles
        {
            internal sealed class NamesAMissingField : CompiledArticle<NamesAMissingField>
            {
                private NamesAMissingField()
                {
                }
            }

            internal sealed class NotListed : CompiledArticle<NotListed>
            {
                private NotListed()
                {
                }
            }
        }

        private sealed class NotInAnArticlesClass : CompiledArticle<NotInAnArticlesClass>
        {
            private NotInAnArticlesClass()
            {
            }
        }

        [Fact]
        public void A_class_the_generator_did_not_write_is_refused_with_a_clear_message()
        {
            var outside = Assert.Throws<InvalidOperationException>(() => NotInAnArticlesClass.Speakers);
            Assert.Contains("is not an article class the generator wrote", outside.Message);
            Assert.Contains("carries no CompiledArticleIndexAttribute", outside.Message);
            var unlisted = Assert.Throws<InvalidOperationException>(() => MismatchedArticles.NotListed.Article);
            Assert.Contains("is not one of the articles of", unlisted.Message);
        }

        [Fact]
        public void A_class_that_does_not_match_its_data_is_refused_with_a_clear_message()
        {
            Assert.Equal("Text.", MismatchedArticles.NamesAMissingField.Article.Text);
            var error = Assert.Throws<InvalidOperationException>(() => MismatchedArticles.NamesAMissingField.Speakers);
            Assert.Contains("has no speaker field Nobody", error.Message);
            Assert.Contains("Use the runtime library from the same CorpusGenerator package", error.Message);
        }
    }
}
