using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    // The runtime library has a QuoteKind too (CorpusGenerator.QuoteKind); these tests mean the engine's.
    using QuoteKind = CorpusGenerator.Extraction.QuoteKind;

    /// <summary>The seed article against its hand-made gold, field by field.</summary>
    public class SeedArticleTests
    {
        private static readonly GoldArticle Gold = GoldArticle.Load(TestData.SeedGold);
        private static readonly ExtractedArticle Article = ArticleExtractor.Extract(File.ReadAllText(TestData.SeedText));

        [Fact]
        public void Seed_copy_is_the_gold_text()
        {
            Assert.Equal(2876, Article.Text.Length);
            Assert.StartsWith("TEHRAN — In a telephone conversation", Article.Text, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Dateline_is_the_place_name()
        {
            Assert.NotNull(Article.Dateline);
            Assert.Equal("TEHRAN", Article.Dateline!.Value.Of(Article.Text));
            Assert.Null(Article.Title);
        }

        [Fact]
        public void Heading_text_and_span_match_gold()
        {
            JsonElement heading = Gold.Root.GetProperty("headings")[0];
            TextRange found = Assert.Single(Article.Headings);
            Assert.Equal(heading.GetProperty("span")[0].GetInt32(), found.Start);
            Assert.Equal(heading.GetProperty("span")[1].GetInt32(), found.End);
            Assert.Equal(heading.GetProperty("text").GetString(), found.Of(Article.Text));
        }

        [Fact]
        public void Twelve_paragraphs_two_of_them_cut_by_a_blank_line()
        {
            Assert.Equal(Gold.Root.GetProperty("paragraphs").GetInt32(), Article.Paragraphs.Count);
            Assert.Contains(Article.Paragraphs, p => p.Of(Article.Text).Contains("stating that Iran and\n\nIraq can cover", System.StringComparison.Ordinal));
            Assert.Contains(Article.Paragraphs, p => p.Of(Article.Text).Contains("regime in\n\nPalestine including", System.StringComparison.Ordinal));
            Assert.DoesNotContain(Article.Paragraphs, p => p.Overlaps(Article.Headings[0]));
        }

        [Fact]
        public void Two_speakers_with_roles()
        {
            Assert.Equal(2, Article.Speakers.Count);
            ExtractedSpeaker rouhani = Article.Speakers.Single(s => s.Name == "Hassan Rouhani");
            ExtractedSpeaker kadhimi = Article.Speakers.Single(s => s.Name == "Mustafa al-Kadhimi");
            Assert.Equal("Iranian President", rouhani.Role);
            Assert.Equal("Iraqi Prime Minister", kadhimi.Role);
        }

        [Fact]
        public void Speakers_list_their_mentions_of_every_form()
        {
            string[] MentionsOf(string name) => Article.Speakers.Single(s => s.Name == name).Mentions.Select(m => m.Of(Article.Text)).ToArray();
            string[] rouhani = MentionsOf("Hassan Rouhani");
            Assert.Contains("Hassan Rouhani", rouhani);
            Assert.Contains("Rouhani", rouhani);
            Assert.Contains("the president", rouhani);
            string[] kadhimi = MentionsOf("Mustafa al-Kadhimi");
            Assert.Contains("Mustafa al-Kadhimi", kadhimi);
            Assert.Contains("the Iraqi prime minister", kadhimi);
            Assert.Contains("the prime minister", kadhimi);
            Assert.Contains("Al-Kadhimi", kadhimi);
            Assert.Contains("He", kadhimi);
        }

        [Fact]
        public void Every_gold_quote_is_found_with_kind_speaker_and_cue()
        {
            Assert.Equal(17, Gold.Quotes.Count);
            Assert.Equal(17, Article.Quotes.Count);
            var remaining = Article.Quotes.ToList();
            foreach (GoldQuote gold in Gold.Quotes)
            {
                ExtractedQuote? best = remaining.OrderByDescending(q => GoldScorer.Share(gold.Start, gold.End, q.Span)).FirstOrDefault();
                Assert.True(best is not null && GoldScorer.Share(gold.Start, gold.End, best.Span) > 0.3, "No quote covers gold " + Describe(gold));
                remaining.Remove(best!);
                Assert.Equal(gold.Kind, best!.Kind.ToString().ToLowerInvariant());
                Assert.Equal(gold.Reference, Article.Speakers[best.Speaker].Name);
                Assert.Equal(gold.Cue, best.Cue!.Value.Of(Article.Text));
                Assert.True(best.SpeakerMention!.Value.Overlaps(new TextRange(gold.SpeakerStart!.Value, gold.SpeakerEnd!.Value)), "Speaker mention of " + Describe(gold));
            }
        }

        [Fact]
        public void Direct_quotes_are_exactly_the_gold_words_inside_the_marks()
        {
            // The gold's spans of the seed's direct quotes include the marks; its text is the words
            // inside, which is what the model promises (Generator/SeedArticleTests compares the texts).
            var direct = Gold.Quotes.Where(q => q.Kind == "direct").ToList();
            Assert.Equal(3, direct.Count);
            var found = Article.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
            Assert.Equal(direct.Select(q => new TextRange(q.Start + 1, q.End - 1)), found.Select(q => q.Span));
        }

        [Fact]
        public void Quotes_carry_their_paragraph()
        {
            ExtractedQuote first = Article.Quotes[0];
            Assert.Equal(1, first.Paragraph);
            Assert.True(Article.Paragraphs[first.Paragraph].Contains(first.Span));
            Assert.All(Article.Quotes, q => Assert.True(Article.Paragraphs[q.Paragraph].Contains(q.Span)));
        }

        [Fact]
        public void Seed_has_no_problems()
        {
            Assert.Empty(Article.Problems);
        }

        private static string Describe(GoldQuote q) => q.Kind + " [" + q.Start + ", " + q.End + ")";
    }
}
