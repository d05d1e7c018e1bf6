using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"A Department for Constitutional Affairs spokeswoman said": the description's walk back crosses the organisation's inner "for".</summary>
    public class InnerPrepositionDescriptionTests
    {
        [Fact]
        public void A_spokeswoman_of_an_organisation_named_with_for_is_not_the_organisation_head_word()
        {
            ExtractedArticle a = Extracted.From(
                "The judge wanted to establish the principle. A Department for Rural Affairs spokeswoman said the two men agreed about what happened in practice.");
            Assert.Equal("A Department for Rural Affairs spokeswoman", a.SpeakerOf(a.Quote("the two men agreed")));
        }

        [Fact]
        public void A_spokesman_of_an_organisation_named_with_of_the_is_read_whole()
        {
            ExtractedArticle a = Extracted.From(
                "Sales of singles fell again. A Federation of the Gramophone Trade spokesman said downloads would soon overtake them.");
            Assert.Equal("A Federation of the Gramophone Trade spokesman", a.SpeakerOf(a.Quote("downloads would soon overtake")));
        }
    }
}
