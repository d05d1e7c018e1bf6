using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Baoshan Iron and Steel said", "added Ernst and Young's Sanjay Mehta": "and" inside one body's name.</summary>
    public class InnerAndNameTests
    {
        [Fact]
        public void A_trade_after_and_is_inside_the_name()
        {
            ExtractedArticle a = Extracted.From("Steel makers were hit. Baoshan Iron and Steel said it was delaying a share sale.");
            Assert.Equal("Baoshan Iron and Steel", a.SpeakerOf(a.Quote("it was delaying a share sale")));
        }

        [Fact]
        public void A_firm_with_an_inner_and_owns_the_person_after_it()
        {
            ExtractedArticle a = Extracted.From("\"The FDI relaxation could ignite interest,\" added Ernst and Young's Sanjay Mehta.");
            Assert.Equal("Sanjay Mehta", a.SpeakerOf(a.Quote("The FDI relaxation could ignite interest")));
        }

        [Fact]
        public void A_regulator_named_with_and_is_whole()
        {
            ExtractedArticle a = Extracted.From("Fannie Mae shares fell. The Securities and Exchange Commission said the firm had erred.");
            Assert.Equal("The Securities and Exchange Commission", a.SpeakerOf(a.Quote("the firm had erred")));
        }

        [Fact]
        public void Two_bodies_joined_by_and_stay_two()
        {
            ExtractedArticle a = Extracted.From("Consumer electronics giants Hitachi and Matsushita Electric said they would build a plant.");
            Assert.Equal("Hitachi and Matsushita Electric", a.SpeakerOf(a.Quote("they would build a plant")));
        }
    }
}
