using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "according to lending figures from the Bank of England", "research from technology analysts
    /// Gartner": a writing from an organisation speaks for that organisation; one from a place names no one.
    /// </summary>
    public class WritingFromOrganisationTests
    {
        [Fact]
        public void Figures_from_an_organisation_are_the_organisations()
        {
            ExtractedArticle a = Extracted.From("Mortgage lending fell by 5% in January, according to figures from the Council of Mortgage Lenders.");
            Assert.Equal("the Council of Mortgage Lenders", a.SpeakerOf(a.Quote("Mortgage lending fell")));
        }

        [Fact]
        public void Premodified_figures_from_a_bank_are_the_banks()
        {
            ExtractedArticle a = Extracted.From("The number of mortgages approved in the UK has risen for the first time since May, according to lending figures from the Bank of England.");
            Assert.Equal("the Bank of England", a.SpeakerOf(a.Quote("The number of mortgages approved")));
        }

        [Fact]
        public void Research_from_described_analysts_is_theirs()
        {
            ExtractedArticle a = Extracted.From("Mobile phones are still enjoying a boom time in sales, according to research from technology analysts Gartner.");
            Assert.Equal("Gartner", a.SpeakerOf(a.Quote("Mobile phones are still enjoying")));
        }

        [Fact]
        public void Subject_figures_from_a_council_are_the_councils()
        {
            ExtractedArticle a = Extracted.From("Last week, figures from the Council of Mortgage Lenders indicated that the popularity of buy-to-let mortgages could be waning.");
            Assert.Equal("the Council of Mortgage Lenders", a.SpeakerOf(a.Quote("the popularity of buy-to-let")));
        }

        [Fact]
        public void Estimates_from_a_place_name_no_one()
        {
            ExtractedArticle a = Extracted.From("Growth slowed sharply last year, according to estimates from India.");
            Assert.Null(a.SpeakerOf(a.Quote("Growth slowed sharply")));
        }
    }
}
