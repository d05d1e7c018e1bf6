using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Many of the local leaders who'd rather be working for Cruz or Rubio or Ben Carson said":
    /// a restrictive relative clause on the subject, however long, ends at the cue, so a name
    /// inside it is its object and the antecedent speaks.
    /// </summary>
    public class LongRelativeSubjectTests
    {
        [Fact]
        public void A_long_relative_clause_leaves_its_antecedent_the_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Many of the county party chairmen who'd rather be campaigning this fall for Senator Jane Holloway or Mark Dunley said they have rallied behind the nominee.");
            ExtractedQuote q = a.Quote("they have rallied");
            Assert.Equal("Many of the county party chairmen", a.MentionOf(q));
        }

        [Fact]
        public void A_capitalised_name_word_in_the_clause_is_no_cue()
        {
            // "Post" is a cue in lower case ("posted that"); in a newspaper's name it is a name.
            ExtractedArticle a = Extracted.From(
                "Current and former aides who spoke with The Daily Post said the office had become a shell of itself.");
            ExtractedQuote q = a.Quote("the office had become");
            Assert.Equal("Current and former aides", a.MentionOf(q));
        }

        [Fact]
        public void A_name_joined_to_the_group_is_no_modifier_of_it()
        {
            ExtractedArticle a = Extracted.From(
                "Hawkins and others who want to ban the tax said the ruling makes the choice stark.");
            ExtractedQuote q = a.Quote("the ruling makes");
            Assert.NotEqual("Hawkins and others", a.MentionOf(q));
        }

        [Fact]
        public void An_unclosed_relative_clause_speaks_of_the_name_opening_the_sentence()
        {
            // The comma that should close "who presents The Weakest Link" is missing.
            ExtractedArticle a = Extracted.From(
                "Ms Holloway, who presents The Evening Round tells Cockerell that she despaired at his image.");
            Assert.Equal("Holloway", a.MentionOf(a.Quote("she despaired at his image")));
        }

        [Fact]
        public void An_unclosed_relative_clause_further_in_gives_its_last_noun_no_speaker()
        {
            // "charges" closes the sentence: a noun, no cue whose speaker is the founder.
            ExtractedArticle a = Extracted.From(
                "Vostok claims that it is being punished for the ambitions of its founder, Mark Dunley, who is now in jail facing separate fraud charges.");
            Assert.Contains("who is now in jail", a.Quote("it is being punished").Span.Of(a.Text));
        }

        [Fact]
        public void A_relative_clause_with_its_own_subject_is_not_the_subjects()
        {
            // "who Smith said was a thief": Smith is the subject inside the clause, not its object.
            ExtractedArticle a = Extracted.From(
                "The man who Smith said was a thief refused to comment.");
            Assert.DoesNotContain(a.Quotes, q => a.MentionOf(q) == "The man");
        }
    }
}
