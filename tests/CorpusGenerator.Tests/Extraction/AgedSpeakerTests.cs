using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"said the 20-year-old": the person the article has just named, or whose age it gave, and the quotation after it is theirs too.</summary>
    public class AgedSpeakerTests
    {
        [Fact]
        public void The_aged_description_is_the_subject_of_the_sentence_before()
        {
            ExtractedArticle a = Extracted.From(
                "Varga wins in Perth\n\nTomas Varga beat Ivo Minarik in the final on Sunday.\n\n" +
                "\"It was a strange match,\" said Varga. Minarik, ranked 158th in the world, was forced to pull out of the qualifying draw. " +
                "\"For me, this was a big success,\" said the 20-year-old.\n\n\"I was so nervous last night I couldn't sleep.\"");
            Assert.Equal("Ivo Minarik", a.SpeakerOf(a.Quote("this was a big success")));
            Assert.Equal("Ivo Minarik", a.SpeakerOf(a.Quote("so nervous last night")));
        }

        [Fact]
        public void The_aged_description_is_the_person_whose_age_was_given()
        {
            ExtractedArticle a = Extracted.From(
                "Quarry wins\n\nJohn Quarry, 20, beat Peter Holm in the final. Holm praised the crowd on Sunday.\n\n" +
                "\"I played well,\" said the 20-year-old.");
            Assert.Equal("John Quarry", a.SpeakerOf(a.Quote("I played well")));
        }

        [Fact]
        public void An_aged_description_with_a_noun_is_the_person_whose_role_holds_it()
        {
            ExtractedArticle a = Extracted.From(
                "Dale set for Indian film\n\nActor Michael Dale is to star in an adventure film set in India.\n\n" +
                "Priya Roy, star of Bride and Prejudice, is the preferred choice of the studio.\n\n" +
                "On a visit to India, the 60-year-old actor said he hoped to start shooting next year.");
            Assert.Equal("Michael Dale", a.SpeakerOf(a.Quote("he hoped to start shooting next year")));
        }

        [Fact]
        public void Two_people_named_before_leave_the_aged_description_unresolved()
        {
            ExtractedArticle a = Extracted.From(
                "Davis through\n\nLinda Davis beat Nora Vale 6-2 6-4. \"I was expecting a tough opponent,\" said Davis. " +
                "Alice Molin won in 56 minutes. She will now meet Vera Williams. \"Bring it on,\" said the 23-year-old.");
            Assert.Null(a.SpeakerOf(a.Quote("Bring it on")));
        }
    }
}
