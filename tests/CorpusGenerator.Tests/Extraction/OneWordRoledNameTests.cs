using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Arsenal's Brazilian midfielder Edu has hit out": a one-word name after a person's title is the subject "he" refers to next.</summary>
    public class OneWordRoledNameTests
    {
        [Fact]
        public void He_refers_to_a_one_word_name_after_a_possessive_and_a_title()
        {
            ExtractedArticle a = Extracted.From("Arsenal's Brazilian midfielder Edu has hit out at the club for stalling over a new contract.\n\nHe told BBC Sport: \"I am not sure if I want to stay.\"");
            Assert.Equal("Edu", a.SpeakerOf(a.Quote("I am not sure")));
        }

        [Fact]
        public void He_refers_to_a_one_word_name_read_with_its_title_as_the_opening_subject()
        {
            ExtractedArticle a = Extracted.From("Frank Rijkaard said the protest was a mistake.\n\nBarca midfielder Deco, formerly managed by Mourinho at Porto, agreed that it was unusual. \"It's not normal behaviour on his part,\" he said.");
            Assert.Equal("Deco", a.SpeakerOf(a.Quote("not normal behaviour")));
        }

        [Fact]
        public void A_name_ending_in_its_number_opening_the_sentence_is_whom_he_refers_to()
        {
            ExtractedArticle a = Extracted.From("R&B singer Usher won best male.\n\nAndre 3000 thanked fans for supporting the band. \"We really appreciate it,\" he said.");
            Assert.Equal("Andre 3000", a.SpeakerOf(a.Quote("We really appreciate it")));
        }

        [Fact]
        public void A_full_name_with_a_generation_suffix_keeps_its_surname()
        {
            ExtractedArticle a = Extracted.From("Adm. Harry B. Harris Jr said the islands were a threat.\n\nAdmiral Harris makes no apologies for his candor. \"It's a healthy tension,\" he said.");
            Assert.Equal("Adm. Harry B. Harris Jr", a.SpeakerOf(a.Quote("healthy tension")));
        }

        [Fact]
        public void A_title_that_may_describe_a_firm_makes_no_person_of_one_word()
        {
            ExtractedArticle a = Extracted.From("Boeing's European rival Airbus has cut its forecast for the year.\n\nHe said: \"The market is weak.\"");
            Assert.Null(a.SpeakerOf(a.Quote("The market is weak")));
        }
    }
}
