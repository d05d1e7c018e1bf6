using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"... doesn't surprise Republican pollster Daron Shaw: “...”": a name before a colon and a whole quotation after it, no cue verb (SpeechPatterns.NamedColonQuotes).</summary>
    public class NamedColonQuoteTests
    {
        [Fact]
        public void A_name_ending_a_lead_in_before_a_colon_says_the_quotation()
        {
            ExtractedArticle a = Extracted.From(
                "The timing of the surge doesn't surprise Republican pollster Daron Shaw: \u201cHistorically, lesser-known candidates have seen the biggest boost.\u201d");
            ExtractedQuote q = a.Quote("lesser-known candidates");
            Assert.Equal("Daron Shaw", a.SpeakerOf(q));
            Assert.Equal(":", a.CueOf(q));
        }

        [Fact]
        public void A_digest_entry_names_its_source_after_a_dash()
        {
            ExtractedArticle a = Extracted.From(
                "Pollsters agree - Carl Bialik: \u201cOne of the biggest lessons was a simple one: keep on contacting voters as late as possible.\u201d [538.]");
            Assert.Equal("Carl Bialik", a.SpeakerOf(a.Quote("biggest lessons")));
        }

        [Theory]
        [InlineData("Jeb Bush broke down what was wrong with the image to the Dutch newspaper NRC Handelsblad: \u201cWhat Trump did was so insensitive to many people.\u201d")]
        [InlineData("Mr Blair said he had not read the report. But told BBC News: \"As far as I'm concerned, we have drawn a line under that.\"")]
        [InlineData("She ended her speech by quoting Leonardo da Vinci in Italian: \"Ogni impedimento e distrutto dal rigore.\"")]
        public void A_name_spoken_to_or_a_language_is_no_speaker(string text)
        {
            ExtractedArticle a = Extracted.From(text);
            Assert.DoesNotContain(a.Quotes, q => a.CueOf(q) == ":" && a.SpeakerOf(q) is string s && (s.Contains("Handelsblad") || s.Contains("BBC") || s == "Italian"));
        }
    }
}
