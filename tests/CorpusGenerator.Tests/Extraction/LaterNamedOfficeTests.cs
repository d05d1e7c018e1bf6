using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"the economy minister said" and, next, "said economy minister Heizo Takenaka": the office named later is the speaker.</summary>
    public class LaterNamedOfficeTests
    {
        [Fact]
        public void The_office_takes_the_name_written_with_it_next()
        {
            ExtractedArticle a = Extracted.From(
                "Japan mood falls\n\nSlower growth was blamed for the fall, the central bank said. \"The economy is at a pause but unlikely to fall\", the economy minister said. " +
                "\"The recovery will continue,\" said economy minister Heizo Takenaka.");
            Assert.Equal("Heizo Takenaka", a.SpeakerOf(a.Quote("The economy is at a pause")));
        }

        [Fact]
        public void The_office_takes_a_name_set_off_by_a_comma_in_the_next_paragraph()
        {
            ExtractedArticle a = Extracted.From(
                "Council tax rises\n\nCouncil tax is set to rise by about 4% in the coming year.\n\nThe finance minister has urged councils to limit increases.\n\n" +
                "Scottish Finance Minister, Tom McCabe, said: \"Last week I announced more money.\"");
            Assert.Equal("Tom McCabe", a.SpeakerOf(a.Quote("councils to limit increases")));
        }

        [Fact]
        public void A_shadow_office_is_another_one()
        {
            ExtractedArticle a = Extracted.From(
                "Minister speaks of pain\n\nThe home secretary said he was a great believer in personal responsibility.\n\n" +
                "Shadow home secretary David Davis said the minister should quit.");
            Assert.NotEqual("David Davis", a.SpeakerOf(a.Quote("a great believer")));
        }
    }
}
