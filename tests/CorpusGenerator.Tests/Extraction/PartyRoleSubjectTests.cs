using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Tory frontbencher Andrew Tyrie demanded ... He said": a party word before a lower-case role modifies it, and the person after is the subject.</summary>
    public class PartyRoleSubjectTests
    {
        [Fact]
        public void The_person_after_a_party_word_and_a_role_is_the_subject_he_refers_to()
        {
            ExtractedArticle a = Extracted.From(
                "The Lib Dems called for Commons leader Peter Hain to make a statement. In the Commons, Tory frontbencher Andrew Tyrie demanded an immediate statement.\n\n" +
                "Raising a point of order, he said it was \"the latest in a long line of discourtesies\", as well as a breach.");
            Assert.Equal("Andrew Tyrie", a.SpeakerOf(a.Quote("the latest in a long line")));
        }

        [Fact]
        public void A_party_word_opening_the_sentence_modifies_the_role()
        {
            ExtractedArticle a = Extracted.From(
                "The Lib Dems called for Commons leader Peter Hain to make a statement. Conservative backbencher Andrew Tyrie demanded an immediate statement.\n\n" +
                "He said it was \"the latest in a long line of discourtesies\", as well as a breach.");
            Assert.Equal("Andrew Tyrie", a.SpeakerOf(a.Quote("the latest in a long line")));
        }
    }
}
