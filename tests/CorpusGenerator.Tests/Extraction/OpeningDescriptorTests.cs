using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"American Dent surviving three break points" after "Taylor Dent": a word glued before the name of a person named in full describes that person.</summary>
    public class OpeningDescriptorTests
    {
        [Fact]
        public void A_nationality_before_the_surname_of_a_person_named_in_full_is_no_part_of_the_name()
        {
            ExtractedArticle a = Extracted.From("Johansson wins in Adelaide\n\nSecond seed Joachim Johansson won his second career title with a win over Taylor Dent.\n\nThe Swede was made to graft, American Dent surviving three break points. Dent said he rated Johansson as a top contender.");
            Assert.Equal("Taylor Dent", a.SpeakerOf(a.Quote("he rated Johansson")));
            Assert.DoesNotContain(a.Speakers, s => s.Name == "American Dent");
        }

        [Fact]
        public void A_cue_verb_opening_the_sentence_before_a_surname_is_no_part_of_the_name()
        {
            ExtractedArticle a = Extracted.From("Roger Stone spoke to the radio show on Monday.\n\nStated Stone: \"I think that the stakes are high.\"");
            Assert.Equal("Roger Stone", a.SpeakerOf(a.Quote("the stakes are high")));
        }

        [Fact]
        public void A_long_word_the_article_writes_in_lower_case_opening_the_sentence_is_no_part_of_the_name()
        {
            ExtractedArticle a = Extracted.From("Donald Trump spoke in Iowa, where the tycoon drew a crowd.\n\nTycoon Donald Trump praised the reporter on Monday. \"He is very good,\" he said.");
            Assert.Equal("Donald Trump", a.SpeakerOf(a.Quote("He is very good")));
            Assert.DoesNotContain(a.Speakers, s => s.Name == "Tycoon Donald Trump");
        }

        [Fact]
        public void A_participle_opening_the_sentence_before_a_surname_is_no_part_of_the_name()
        {
            ExtractedArticle a = Extracted.From("Labor Secretary Thomas Perez spoke to the union on Monday.\n\nUnderstated Perez raises his profile with each speech. \"We have work to do,\" Perez said.");
            Assert.Equal("Thomas Perez", a.SpeakerOf(a.Quote("We have work to do")));
            Assert.DoesNotContain(a.Speakers, s => s.Name == "Understated Perez");
        }

        [Fact]
        public void A_function_word_opening_the_sentence_before_a_surname_is_no_part_of_the_name()
        {
            ExtractedArticle a = Extracted.From("Bernie Sanders endorsed candidates in six states.\n\nGiven Sanders' electoral success, his endorsements will matter. \"We will win,\" Sanders said.");
            Assert.Equal("Bernie Sanders", a.SpeakerOf(a.Quote("We will win")));
            Assert.DoesNotContain(a.Speakers, s => s.Name == "Given Sanders");
        }

        [Fact]
        public void A_short_word_that_may_be_a_first_name_stays()
        {
            ExtractedArticle a = Extracted.From("Kirsty Young presented the show, and was frank about it.\n\nFrank Young said the song was his favourite.");
            Assert.Equal("Frank Young", a.SpeakerOf(a.Quote("the song was his favourite")));
        }

        [Fact]
        public void A_nationality_that_is_a_first_name_written_twice_stays()
        {
            ExtractedArticle a = Extracted.From("Freddy Ortega runs the show.\n\nGerman Ortega says the show is a satire. \"We laugh at the elite,\" German Ortega said.");
            Assert.Equal("German Ortega", a.SpeakerOf(a.Quote("We laugh at the elite")));
        }
    }
}
