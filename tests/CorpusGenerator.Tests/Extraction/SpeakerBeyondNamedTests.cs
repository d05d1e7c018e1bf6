using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"I've had more than a quiet word with Olof," he told Villa's website: "he" is not Olof Mellberg, whom the words name, but the one quoted last.</summary>
    public class SpeakerBeyondNamedTests
    {
        private const string Article =
            "Aston Villa manager David O'Leary has spoken to Olof Mellberg about his comments. \"It was a mistake,\" O'Leary said.\n\n" +
            "Mellberg spoke of his dislike of Villa's rivals ahead of the match. \"I've had more than a quiet word with Olof,\" he told Villa's website. \"You shouldn't leave yourself open.\"";

        [Fact]
        public void He_named_in_the_quote_is_the_last_speaker_instead()
        {
            ExtractedArticle a = Extracted.From(Article);
            Assert.Equal("David O'Leary", a.SpeakerOf(a.Quote("more than a quiet word")));
        }

        [Fact]
        public void The_quote_that_follows_keeps_that_speaker()
        {
            ExtractedArticle a = Extracted.From(Article);
            Assert.Equal("David O'Leary", a.SpeakerOf(a.Quote("You shouldn't leave yourself open")));
        }

        [Fact]
        public void No_one_when_the_last_speaker_is_named_too()
        {
            ExtractedArticle a = Extracted.From(
                "Aston Villa manager David O'Leary has spoken to Olof Mellberg about his comments. \"It was a mistake,\" O'Leary said.\n\n" +
                "Mellberg spoke of his dislike of Villa's rivals. \"I've had a word with Olof, and David agrees,\" he told Villa's website.");
            Assert.Null(a.SpeakerOf(a.Quote("a word with Olof")));
        }
    }
}
