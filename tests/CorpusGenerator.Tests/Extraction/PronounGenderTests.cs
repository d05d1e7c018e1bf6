using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>Whom "he" and "she" refer to, told by the honorifics written before names.</summary>
    public class PronounGenderTests
    {
        [Fact]
        public void He_skips_a_later_subject_written_as_Ms()
        {
            // "Ms Carter" spoke last, but "he" can only be "Mr Moss".
            string text = "Party leader Tom Moss launched the campaign in Leeds.\n\n" +
                          "Local MP Jane Carter met Mr Moss on Monday. Ms Carter said she was proud of the town.\n\n" +
                          "On Tuesday, he told reporters that the party would win the seat.";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(2, a.Quotes.Count);
            Assert.Equal("Jane Carter", a.SpeakerOf(a.Quotes[0]));
            Assert.Equal("Tom Moss", a.SpeakerOf(a.Quotes[1]));
        }

        [Fact]
        public void Two_people_sharing_a_surname_take_no_gender_from_it()
        {
            // "Mr Hill" may be either Hill: it does not stop "she" from being Ann Hill.
            string text = "Ann Hill, mother of Paul Hill, spoke on Sunday.\n\n" +
                          "Describing Mr Hill as kind, she said the trial would not be fair.";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal("Ann Hill", a.SpeakerOf(Assert.Single(a.Quotes)));
        }
    }
}
