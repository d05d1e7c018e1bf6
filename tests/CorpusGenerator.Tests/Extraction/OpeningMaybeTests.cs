using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Maybe Trump is the Manchurian Candidate": "maybe", like "perhaps", is a sentence adverb and no part of the name after it.</summary>
    public class OpeningMaybeTests
    {
        [Fact]
        public void Maybe_opening_a_sentence_is_not_glued_to_the_name_after_it()
        {
            ExtractedArticle a = Extracted.From("Trump and the wall\n\nDonald Trump spoke in Iowa on Monday.\n\nMaybe Trump is the candidate after all. \"I will build it,\" he said.");
            Assert.Equal("Donald Trump", a.SpeakerOf(a.Quote("I will build it")));
            Assert.DoesNotContain(a.Speakers, s => s.Name == "Maybe Trump");
        }
    }
}
