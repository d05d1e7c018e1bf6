using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Zorbex, the UK's largest mutual insurer, has ...": the kind in an appositive beside the lead's name makes it the firm "the company" stands for.</summary>
    public class LeadAppositiveKindTests
    {
        [Fact]
        public void The_kind_after_the_name_makes_it_the_company()
        {
            ExtractedArticle a = Extracted.From(
                "Insurer cuts bonuses\n\nZorbex Life, Europe's largest mutual life insurer, has cut bonuses for policyholders.\n\n" +
                "Rival Norwich Mutual also cut its bonuses. Last year, the company announced that it was looking to float on the stock market.");
            Assert.Equal("Zorbex Life", a.SpeakerOf(a.Quote("it was looking to float")));
        }

        [Fact]
        public void The_kind_before_the_name_makes_it_the_company()
        {
            ExtractedArticle a = Extracted.From(
                "Sweets maker profits\n\nThe world's biggest confectionery firm, Kandy Schwepp, has reported a modest rise in profits.\n\n" +
                "Analysts had expected it. The Grand Regatta helped sales. The company said the weather had hit sales.");
            Assert.Equal("Kandy Schwepp", a.SpeakerOf(a.Quote("the weather had hit sales")));
        }
    }
}
