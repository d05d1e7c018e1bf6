namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "..., with the Countryside Alliance saying many hunts will be out in force": after "with",
    /// an organisation's name written with "the" is the participle's subject; the phrase was read
    /// from "the", found no description there, and the quote was dropped.
    /// </summary>
    public class AbsoluteNamedBodyTests
    {
        [Fact]
        public void The_named_body_after_with_the_speaks()
        {
            var a = Extracted.From("The law faces a stiff test this weekend, with the Countryside Alliance saying that many hunts will be out in force.");
            Assert.Equal("Countryside Alliance", a.MentionOf(a.Quote("many hunts will be out in force")));
        }
    }
}
