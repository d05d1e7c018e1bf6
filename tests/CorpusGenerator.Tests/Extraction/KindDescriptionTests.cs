using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Arsenal's Sol Campbell has called ... “Q,” the defender told The Guardian": a noun for what one person is, no title, is that person, not a typed "the defender".</summary>
    public class KindDescriptionTests
    {
        [Fact]
        public void The_defender_is_the_player_the_passage_is_about()
        {
            ExtractedArticle a = Extracted.From(
                "Campbell lifts lid on United feud\n\nArsenal's Sol Campbell has called the rivalry between Manchester United and the Gunners bitter and personal.\n\n" +
                "Past encounters have stirred up plenty of ill-feeling between the sides. \"It is just more bitter and personal against United,\" the defender told The Guardian newspaper.");
            Assert.Equal("Sol Campbell", a.SpeakerOf(a.Quote("more bitter and personal against United")));
        }

        [Fact]
        public void Names_in_the_descriptions_own_sentence_are_what_is_said()
        {
            ExtractedArticle a = Extracted.From(
                "A-listers flock to sitcom\n\nHollywood actors Samuel L Jackson and Ben Stiller have signed up for Ricky Gervais' new sitcom, the comedian has told BBC News.");
            Assert.NotEqual("Samuel L Jackson", a.SpeakerOf(a.Quote("have signed up for")));
        }

        [Fact]
        public void The_Dutchman_is_the_manager_the_passage_is_about()
        {
            ExtractedArticle a = Extracted.From(
                "Jol praises patient Spurs\n\nTottenham manager Martin Jol acclaimed his players for their patience in their 3-0 FA Cup victory over a determined Nottingham Forest side.\n\n" +
                "\"We had the initiative but it wasn't easy,\" the Dutchman said.");
            Assert.Equal("Martin Jol", a.SpeakerOf(a.Quote("We had the initiative")));
        }
    }
}
