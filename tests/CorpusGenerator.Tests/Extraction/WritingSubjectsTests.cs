using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"The book, by X, said ... It claims": a writing that is its sentence's subject, and the "It" after it, speak for its author.</summary>
    public class WritingSubjectsTests
    {
        [Fact]
        public void It_after_a_report_named_by_its_author_is_the_author()
        {
            ExtractedArticle a = Extracted.From(
                "A Treasury spokesperson dismissed the claims, saying it was \"on track\". Other than its warning on tax, the NIESR report was optimistic about the economy.\n\n" +
                "It said the surge in oil prices would have a limited effect.");
            Assert.Equal("NIESR", a.SpeakerOf(a.Quote("the surge in oil prices")));
        }

        [Fact]
        public void A_book_by_a_journalist_and_the_it_after_it_speak_for_the_journalist()
        {
            ExtractedArticle a = Extracted.From(
                "The book, by Sunday Telegraph journalist Robert Quillby and serialised in the newspaper, said the pair had fallen out.\n\n" +
                "It claims Tony Blair felt he had lost voters' trust.");
            Assert.Equal("Robert Quillby", a.SpeakerOf(a.Quote("the pair had fallen out")));
            Assert.Equal("Robert Quillby", a.SpeakerOf(a.Quote("Tony Blair felt")));
        }

        [Fact]
        public void The_he_inside_a_books_claims_is_not_its_author()
        {
            ExtractedArticle a = Extracted.From(
                "Tony Blair said the claims were old news. The book, by journalist Robert Quillby, said the pair had fallen out.\n\n" +
                "It claims Tony Blair felt he had lost voters' trust. At a dinner he told Mr Brown of his intention to stand down.");
            Assert.Equal("Robert Quillby", a.SpeakerOf(a.Quote("Tony Blair felt")));
            Assert.NotEqual("Robert Quillby", a.SpeakerOf(a.Quote("of his intention")));
        }

        [Fact]
        public void Research_carried_out_by_an_expert_is_the_experts()
        {
            ExtractedArticle a = Extracted.From(
                "The research, carried out by transport expert professor Richard Quillby, says cutting the limit would save lives.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Richard Quillby", a.SpeakerOf(q));
        }

        [Fact]
        public void A_book_written_with_its_owner_is_the_owners()
        {
            ExtractedArticle a = Extracted.From("Robert Quillby wrote about the pair. Mr Quillby's book claimed that Mr Brown was angry.");
            Assert.Equal("Robert Quillby", a.SpeakerOf(a.Quote("Mr Brown was angry")));
        }

        [Fact]
        public void It_after_a_writing_with_no_author_named_has_no_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "The Harbour Institute published its figures on Monday. A letter sent to the council said the budget was short. It said cuts would follow.");
            Assert.Null(a.SpeakerOf(a.Quote("cuts would follow")));
        }
    }
}
