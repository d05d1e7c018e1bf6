using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// The canonical name a quote's speaker gets: what becomes a typed member, and what the
    /// "people quoted" measure compares with the gold's full names.
    /// </summary>
    public class SpeakerNamingTests
    {
        [Fact]
        public void An_organisation_takes_the_article_the_text_gives_it_anywhere()
        {
            ExtractedArticle a = Extracted.From(
                "RCMP have denied they jammed communications at the camp.\n\n" +
                "Chiefs said trust between the RCMP and the nation was gone.");
            Assert.Equal("the RCMP", a.SpeakerOf(a.Quote("jammed")));
        }

        [Fact]
        public void A_reading_list_label_is_page_furniture()
        {
            Assert.True(PageFurniture.IsFurniture("Relevant Reading: How To Talk About Sexism", new TextRange(0, 42)));
            ExtractedArticle a = Extracted.From(
                "Our daughters watched Home Alone, where a boy copies the men he sees in films.\n\n" +
                "Relevant Reading: How To Talk About Sexism With Your Son\n\n" +
                "“It’s my house and I have to defend it,” he concludes.");
            Assert.DoesNotContain(a.Speakers, s => s.Name == "Relevant Reading");
        }

        [Fact]
        public void A_writing_without_an_author_names_no_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "The original cost of the complex was $35 million, city documents say.\n\n" +
                "The result, according to a survey of listed clubs, is 352 missing children.");
            Assert.All(a.Quotes, q => Assert.Null(a.SpeakerOf(q)));
            Assert.Equal("city documents", a.MentionOf(a.Quote("original cost")));
            Assert.Empty(a.Speakers);
        }

        [Fact]
        public void The_city_is_the_city_government_not_a_place_named_city()
        {
            ExtractedArticle a = Extracted.From(
                "Doug McCallum said the City of Surrey carries too much debt.\n\n" +
                "The line would run along Fraser Highway to Langley City.\n\n" +
                "The old arena will close next year, according to the city.");
            Assert.Equal("the City of Surrey", a.SpeakerOf(a.Quote("old arena")));
        }

        [Fact]
        public void The_listener_named_after_a_described_subject_is_not_who_it_describes()
        {
            ExtractedArticle a = Extracted.From(
                "The mayor said a study by the Metro Transit Authority backed him.\n\n" +
                "The agency told CTV News it has not done any such study.");
            Assert.Equal("the Metro Transit Authority", a.SpeakerOf(a.Quote("not done")));
        }
    }
}
