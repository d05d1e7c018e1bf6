using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"C, the news site RTL Info reported.": words of the subject's phrase left out of its mention still let the comma close the fronted content.</summary>
    public class FrontedSubjectTests
    {
        [Fact]
        public void A_description_before_a_name_is_part_of_the_subject()
        {
            ExtractedArticle a = Extracted.From("The hall was full.\n\nThe bridge will reopen in May, the news site Harbour Daily reported.");
            ExtractedQuote q = a.Quote("The bridge will reopen");
            Assert.Equal("The bridge will reopen in May", q.Span.Of(a.Text));
            Assert.Equal("Harbour Daily", a.MentionOf(q));
        }

        [Fact]
        public void A_possessive_and_modifiers_are_part_of_the_subject()
        {
            ExtractedArticle a = Extracted.From("The hall was full.\n\nThe bridge will reopen in May, the Democratic mayor's office announced Friday.");
            ExtractedQuote q = a.Quote("The bridge will reopen");
            Assert.Equal("The bridge will reopen in May", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_phrase_with_a_second_article_is_the_cues_object()
        {
            ExtractedArticle a = Extracted.From("The hall was full.\n\nThe council now relies on her donations, an arrangement the opposition has criticized.");
            Assert.DoesNotContain(a.QuoteTexts(), x => x.Contains("relies on her donations"));
        }
    }
}
