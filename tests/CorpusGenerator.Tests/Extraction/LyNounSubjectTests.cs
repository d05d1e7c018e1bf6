namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// A subject phrase before a plain verb of saying may end in a noun or adjective spelt in -ly
    /// ("ally", "rally", "assembly", "elderly"); it was taken for an adverb before the cue, so the
    /// phrase was no subject and the quote was dropped.
    /// </summary>
    public class LyNounSubjectTests
    {
        [Theory]
        [InlineData("An ally said she would support the deal.", "she would support the deal", "An ally")]
        [InlineData("The organizer of a rally said the rules increased the chance of violence.", "the rules increased the chance of violence", "The organizer of a rally")]
        [InlineData("The elderly say they feel ignored by the council.", "they feel ignored by the council", "The elderly")]
        public void The_phrase_ending_in_the_ly_noun_speaks(string text, string content, string mention)
        {
            var a = Extracted.From(text);
            Assert.Equal(mention, a.MentionOf(a.Quote(content)));
        }

        [Fact]
        public void An_ly_adverb_before_the_cue_is_still_no_subject()
        {
            var a = Extracted.From("Officials privately said the plan would fail.");
            Assert.Equal("Officials", a.MentionOf(a.Quote("the plan would fail")));
        }
    }
}
