using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"The report was welcomed by ... David Willetts. 'The pensioners' voice ...,' he said": the one person the sentence before brings in is whom "he" means.</summary>
    public class NewlyNamedPeopleTests
    {
        [Fact]
        public void He_refers_to_the_person_brought_in_by_the_sentence_before()
        {
            ExtractedArticle a = Extracted.From(
                "Gordon Lishman of Age Concern said the over-55s were united. \"They will vote,\" he said.\n\n" +
                "The report was welcomed by Conservative shadow pensions secretary David Willetts.\n\n" +
                "\"The pensioners' voice must certainly be heard in the next election,\" he said.");
            Assert.Equal("David Willetts", a.SpeakerOf(a.Quote("The pensioners' voice must certainly be heard")));
        }

        [Fact]
        public void He_refers_to_the_person_the_sentence_before_names_as_an_object()
        {
            ExtractedArticle a = Extracted.From(
                "Education Secretary Ruth Kelly said reforms should build on GCSEs. Professor Mike Tomlinson said he was disappointed. " +
                "Her comments did not impress Tory shadow education secretary Tim Collins. \"Ruth Kelly has absolutely no idea what to put in its place,\" he said.");
            Assert.Equal("Tim Collins", a.SpeakerOf(a.Quote("Ruth Kelly has absolutely no idea")));
        }

        [Fact]
        public void A_he_after_a_comma_in_the_sentence_before_is_its_subject()
        {
            ExtractedArticle a = Extracted.From(
                "Indian finance minister Palaniappan Chidambaram said growth was strong. \"We are doing well,\" he said. " +
                "At a conference hosted by UK finance minister Gordon Brown on Friday, he said that he was in favour of floating exchange rates. " +
                "\"A flexible exchange rate is one more channel for absorbing shocks,\" he told the audience.");
            Assert.Equal("Palaniappan Chidambaram", a.SpeakerOf(a.Quote("A flexible exchange rate")));
        }

        [Fact]
        public void A_sentence_opening_on_a_described_person_is_about_them()
        {
            ExtractedArticle a = Extracted.From(
                "Chancellor Gordon Brown criticised a union leader. \"He is wrong,\" he said. But the chancellor said Mr Jonathan Baume was never at the meetings. " +
                "He said the two men worked well together.");
            Assert.Equal("Gordon Brown", a.SpeakerOf(a.Quote("the two men worked well together")));
        }
    }
}
