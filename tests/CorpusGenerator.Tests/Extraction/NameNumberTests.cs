using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Radio 1 said ...", "Number 10 said ...": a number that ends a name is part of it
    /// (NounPhrases.NameNumbers); a count after a word is not ("Around 23 million Britons").
    /// </summary>
    public class NameNumberTests
    {
        [Fact]
        public void A_station_named_with_its_number_speaks()
        {
            ExtractedArticle a = Extracted.From("Radio 1 said the show would not try to replace the late DJ.");
            ExtractedQuote q = a.Quote("the show would not try");
            Assert.Equal("Radio 1", a.SpeakerOf(q));
        }

        [Fact]
        public void An_office_named_by_its_number_speaks()
        {
            ExtractedArticle a = Extracted.From("Clarence House issued a statement on Friday. Number 10 said an error was made and the matter should be left to the palace.");
            Assert.Equal("Number 10", a.SpeakerOf(a.Quote("an error was made")));
        }

        [Fact]
        public void A_count_after_an_opening_word_is_no_name()
        {
            ExtractedArticle a = Extracted.From("Around 23 million Britons will miss out on essential services, the report said.");
            Assert.DoesNotContain(a.Speakers, s => s.Name.StartsWith("Around"));
        }
    }
}
