using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"British Airways is to halt ... The airline said": a description by a business's kind noun stands for the firm the lead opens on.</summary>
    public class DescribedBusinessTests
    {
        [Fact]
        public void The_airline_is_the_firm_the_lead_opens_on()
        {
            ExtractedArticle a = Extracted.From("British Airways is to halt its flights from London to Jeddah from 27 March. The airline said the decision was a commercial one. British Airways flies there daily.");
            Assert.Equal("British Airways", a.SpeakerOf(a.Quote("the decision was a commercial one")));
        }

        [Fact]
        public void Lower_case_modifiers_before_the_kind_noun_still_describe_the_lead()
        {
            ExtractedArticle a = Extracted.From("Nike has reported its best second-quarter earnings. The global sports giant said it posted a profit of $261.9m. Nike shares rose.");
            Assert.Equal("Nike", a.SpeakerOf(a.Quote("it posted a profit of $261.9m")));
        }

        [Fact]
        public void The_kind_noun_the_lead_wrote_finds_its_firm()
        {
            ExtractedArticle a = Extracted.From("Budget airline Ryanair is to halt its flights from London to Jeddah from 27 March. The airline said the decision was a commercial one.");
            Assert.Equal("Ryanair", a.SpeakerOf(a.Quote("the decision was a commercial one")));
        }

        [Fact]
        public void A_lead_of_another_kind_is_no_airline()
        {
            ExtractedArticle a = Extracted.From("High street bank Barclays has seen profits climb to record levels. The airline said the decision was a commercial one.");
            Assert.Null(a.SpeakerOf(a.Quote("the decision was a commercial one")));
        }
    }
}
