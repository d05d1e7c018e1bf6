using System.Text.Json;
using CorpusGenerator.Extraction;
using CorpusGenerator.Tests.Extraction;
using CorpusGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGenerator.Tests.Generator
{
    /// <summary>
    /// The seed article, compiled by the generator and read back through the typed model, checked
    /// against its gold answer field by field: the first article the product must get exactly right.
    /// </summary>
    public class SeedArticleTests
    {
        private static readonly string SeedPath = TestData.SeedText;
        private static readonly GoldArticle Gold = GoldArticle.Load(TestData.SeedGold);

        private static readonly Lazy<CorpusGenerator.Article> Seed = new(() =>
            new GeneratorHarness().Run(new ArticleInput("seeds/rouhani-kadhimi-call.txt", File.ReadAllText(SeedPath))).Article("RouhaniKadhimiCall"));

        [Fact]
        public void Structure_matches_the_gold()
        {
            CorpusGenerator.Article article = Seed.Value;
            Assert.Null(article.Title);
            Assert.Equal("TEHRAN", article.Dateline);
            Heading heading = Assert.Single(article.Headings);
            JsonElement gold = Gold.Root.GetProperty("headings")[0];
            Assert.Equal(gold.GetProperty("text").GetString(), heading.Text);
            Assert.Equal((gold.GetProperty("span")[0].GetInt32(), gold.GetProperty("span")[1].GetInt32()), (heading.Span.Start, heading.Span.End));
            Assert.Equal(12, article.Paragraphs.Count);
            Assert.Equal(Gold.Root.GetProperty("paragraphs").GetInt32(), article.Paragraphs.Count);
        }

        [Fact]
        public void Speakers_are_named_with_their_roles_and_mentions()
        {
            CorpusGenerator.Article article = Seed.Value;
            var golds = Gold.Root.GetProperty("speakers").EnumerateArray()
                .Select(s => (Name: s.GetProperty("name").GetString()!, Role: s.GetProperty("role").GetString(), Mentions: s.GetProperty("mentions").EnumerateArray().Select(m => m.GetString()!).ToList()))
                .ToList();
            Assert.Equal(golds.Select(s => (s.Name, s.Role)), article.Speakers.Select(s => (s.Name, s.Role)));
            foreach (var gold in golds)
            {
                Speaker speaker = article.Speakers.Single(s => s.Name == gold.Name);
                foreach (string mention in gold.Mentions.Where(m => m != gold.Role + " " + gold.Name))
                {
                    Assert.Contains(speaker.Mentions, m => m.Text == mention);
                }
            }
        }

        [Fact]
        public void Every_gold_quote_is_found_with_its_kind_speaker_and_cue()
        {
            CorpusGenerator.Article article = Seed.Value;
            Assert.Equal(Gold.Quotes.Count, article.Quotes.Count);
            foreach (GoldQuote gold in Gold.Quotes)
            {
                Quote quote = article.Quotes.OrderByDescending(q => Share(gold, q)).First();
                Assert.True(Share(gold, quote) > 0.8, $"no quote covers \"{gold.Text}\"");
                Assert.Equal(gold.Kind, quote.Kind.ToString().ToLowerInvariant());
                Assert.Equal(gold.Reference, quote.Speaker?.Name);
                Assert.Equal(gold.Cue, quote.Cue);
                Assert.NotNull(quote.SpeakerMention);
                Assert.True(quote.SpeakerMention!.Span.Start < gold.SpeakerEnd!.Value && gold.SpeakerStart!.Value < quote.SpeakerMention.Span.End, $"mention of \"{gold.Text}\"");
            }
        }

        private static double Share(GoldQuote gold, Quote quote) => GoldScorer.Share(gold.Start, gold.End, new TextRange(quote.Span.Start, quote.Span.End));

        [Fact]
        public void Direct_quotes_are_the_words_inside_the_marks()
        {
            var direct = Seed.Value.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
            Assert.Equal(Gold.Quotes.Where(q => q.Kind == "direct").Select(q => q.Text), direct.Select(q => q.Text));
            Assert.All(direct, q => Assert.Equal("Hassan Rouhani", q.Speaker?.Name));
            Assert.Equal(new[] { "said", "said", "stressed" }, direct.Select(q => q.Cue));
        }

        [Theory]
        [InlineData(LanguageVersion.CSharp7_3)]
        [InlineData(LanguageVersion.Latest)]
        public void The_typed_api_compiles_for_consumers_on_old_and_new_language_versions(LanguageVersion version)
        {
            var harness = new GeneratorHarness
            {
                LanguageVersion = version,
                UserCode = """
                    namespace App
                    {
                        public static class Use
                        {
                            public static string FirstQuote() => Corpus.Articles.RouhaniKadhimiCall.Speakers.HassanRouhani.Quotes[2].Text;
                            public static int Count() => Corpus.Articles.RouhaniKadhimiCall.Speakers.MustafaAlKadhimi.Quotes.Count + Corpus.People.HassanRouhani.Quotes.Count;
                        }
                    }
                    """,
            };
            var run = harness.Run(new ArticleInput("seeds/rouhani-kadhimi-call.txt", File.ReadAllText(SeedPath)));
            Assert.Empty(run.CompilationErrors);
            Assert.Empty(run.CompilationWarnings);
            var use = run.Load().GetType("App.Use")!;
            Assert.StartsWith("The terrorist group Daesh", (string)use.GetMethod("FirstQuote")!.Invoke(null, null)!);
            Assert.Equal(7 + 10, (int)use.GetMethod("Count")!.Invoke(null, null)!);
        }
    }
}
