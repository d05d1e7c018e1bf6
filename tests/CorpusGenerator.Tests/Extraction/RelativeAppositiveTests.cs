using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Mr. Slinker, whose latest start-up, Paradata, uses big data ..., said": an appositive
    /// inside a relative clause names no speaker; the clause's antecedent speaks.
    /// </summary>
    public class RelativeAppositiveTests
    {
        [Fact]
        public void An_appositive_inside_a_relative_clause_leaves_the_antecedent_the_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Ms. Holloway, whose newest company, Brightline, sells software to farmers, said the rules were too strict.");
            Assert.Equal("Holloway", a.MentionOf(a.Quote("the rules were too strict")));
        }

        [Fact]
        public void An_appositive_name_before_a_description_still_speaks()
        {
            ExtractedArticle a = Extracted.From(
                "The company's founder, Jane Holloway, a former teacher, said the rules were too strict.");
            Assert.Equal("Jane Holloway", a.MentionOf(a.Quote("the rules were too strict")));
        }
    }
}
