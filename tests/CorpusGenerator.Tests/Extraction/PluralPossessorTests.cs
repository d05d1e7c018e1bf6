using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"“Q,” said Ladbrokes' Warren Lush": a plural owner before the person after the cue is passed over.</summary>
    public class PluralPossessorTests
    {
        [Fact]
        public void A_plural_owner_after_the_cue_gives_the_person()
        {
            ExtractedArticle a = Extracted.From("Sheila is the favourite. \"It is going to be close,\" said Ladbrokes' Warren Lush.");
            Assert.Equal("Warren Lush", a.SpeakerOf(a.Quote("It is going to be close")));
        }

        [Fact]
        public void A_plural_owner_of_two_words_gives_the_person()
        {
            ExtractedArticle a = Extracted.From("\"We are honoured to have won the rights,\" said Sky Networks' Sophie Turner Laing.");
            Assert.Equal("Sophie Turner Laing", a.SpeakerOf(a.Quote("We are honoured to have won the rights")));
        }
    }
}
