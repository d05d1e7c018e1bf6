using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"the chairman of the working party, Ambassador ..., warned": the object of a preposition whose noun has modifiers is no speaker; the climb goes on past its preposition (ModifiedObjects).</summary>
    public class ModifiedObjectTests
    {
        [Fact]
        public void The_chairman_of_a_modified_party_speaks_not_the_party()
        {
            ExtractedArticle a = Extracted.From(
                "But the chairman of the working party, Ambassador Stefan Johannesson of Iceland, warned that there was still a lot of work to be done.");
            Assert.Equal("Stefan Johannesson", a.SpeakerOf(a.Quote("there was still a lot of work")));
        }

        [Fact]
        public void Creditors_of_an_owned_firm_speak_not_the_firm()
        {
            ExtractedArticle a = Extracted.From(
                "Creditors of South Korea's top credit card firm have said they will put the company into liquidation.");
            Assert.Equal("Creditors", a.SpeakerOf(a.Quote("they will put the company")));
        }

        [Fact]
        public void The_author_after_by_keeps_its_words()
        {
            ExtractedArticle a = Extracted.From(
                "A report by the Commons work and pensions committee called for the agency to be wound up.");
            Assert.NotNull(a.SpeakerOf(a.Quote("the agency to be wound up")));
        }
    }
}
