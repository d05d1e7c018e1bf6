using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"... gamers said Lindsay Schroth, an analyst with The Yankee Group.": an inverted cue whose comma is missing.</summary>
    public class UncommaedInversionTests
    {
        [Fact]
        public void The_name_and_appositive_after_the_cue_speak_the_clause_before_it()
        {
            ExtractedArticle a = Extracted.From("Analysing traffic will become increasingly important for service providers if they are to hold on to bandwidth-hungry gamers said Lindsay Schroth, an analyst with research firm The Yankee Group.");
            ExtractedQuote q = a.Quote("Analysing traffic will become");
            Assert.Equal("Lindsay Schroth", a.SpeakerOf(q));
            Assert.DoesNotContain("analyst", q.Span.Of(a.Text), System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_name_the_content_goes_on_from_stays_in_the_content()
        {
            ExtractedArticle a = Extracted.From("The report published on Monday said John Smith, the chairman, had lied to the board.");
            Assert.Contains("John Smith", a.Quote("had lied to the board").Span.Of(a.Text), System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_naming_verb_is_no_inverted_cue()
        {
            ExtractedArticle a = Extracted.From("Earlier in his career, Melcher had hits as part of a duo called Bruce & Terry, with future Beach Boy Bruce Johnston.");
            Assert.DoesNotContain(a.Quotes, q => a.SpeakerOf(q) == "Bruce & Terry");
        }
    }
}
