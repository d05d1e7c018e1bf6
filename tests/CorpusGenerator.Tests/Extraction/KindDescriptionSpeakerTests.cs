using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"said the German", "said the Gloucester fly-half": the one person the sentence before is about, when it names no other.</summary>
    public class KindDescriptionSpeakerTests
    {
        [Fact]
        public void A_nationality_is_the_subject_of_the_sentence_before()
        {
            ExtractedArticle a = Extracted.From(
                "Berg wins in Berlin\n\nAnna Berg beat Clara Diaz in the final on Sunday.\n\n" +
                "Berg was the more powerful player but could not match her opponent's accuracy. \"It was my first final,\" said the German. " +
                "\"I think the whole week was good for me.\"");
            Assert.Equal("Anna Berg", a.SpeakerOf(a.Quote("It was my first final")));
            Assert.Equal("Anna Berg", a.SpeakerOf(a.Quote("the whole week was good")));
        }

        [Fact]
        public void Two_people_in_the_sentence_before_leave_it_unnamed()
        {
            ExtractedArticle a = Extracted.From(
                "Ardent through\n\nAndre Ardent beat Nicolas Massou in straight sets.\n\n" +
                "Ardent was delighted with victory over Massou in his first match. \"I felt pretty good,\" said the American.");
            Assert.Null(a.SpeakerOf(a.Quote("I felt pretty good")));
        }

        [Fact]
        public void One_named_as_a_relative_is_not_the_star()
        {
            ExtractedArticle a = Extracted.From(
                "Singer burgled\n\nRock star Ozzy Osgood was burgled at his home.\n\n" +
                "His wife Sharon Osgood, who called the police, said her rings were taken.\n\n" +
                "The heavy metal star said he could have been stabbed.");
            Assert.NotEqual("Sharon Osgood", a.SpeakerOf(a.Quote("he could have been stabbed")));
        }
    }
}
