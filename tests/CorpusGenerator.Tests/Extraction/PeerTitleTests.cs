using System.Linq;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Lord Woolf said", "Baroness Kennedy said": a peer with no first name written is known by
    /// title and surname, so the speaker is "Lord Woolf" (Speakers.LordWoolf), not "Woolf".
    /// </summary>
    public class PeerTitleTests
    {
        [Fact]
        public void A_lord_is_named_with_his_title()
        {
            ExtractedArticle a = Extracted.From("Lord Dunmore said the plan was dead.");
            ExtractedQuote q = a.Quote("the plan was dead");
            Assert.Equal("Lord Dunmore", a.SpeakerOf(q));
            Assert.Equal("Lord", a.Speakers[q.Speaker].Role);
        }

        [Fact]
        public void A_baroness_after_her_office_is_named_with_her_title()
        {
            ExtractedArticle a = Extracted.From("Home Office minister Baroness Tillery said the plan was dead.");
            Assert.Equal("Baroness Tillery", a.SpeakerOf(a.Quote("the plan was dead")));
        }

        [Fact]
        public void The_surname_later_joins_the_peer()
        {
            ExtractedArticle a = Extracted.From("Lord Dunmore said the plan was dead. The vote was close. Dunmore said the bill would fail.");
            Assert.Equal("Lord Dunmore", a.SpeakerOf(a.Quote("the plan was dead")));
            Assert.Equal("Lord Dunmore", a.SpeakerOf(a.Quote("the bill would fail")));
            Assert.DoesNotContain(a.Speakers, s => s.Name == "Dunmore");
        }

        [Fact]
        public void A_surname_first_takes_the_title_when_it_comes()
        {
            ExtractedArticle a = Extracted.From("Dunmore said the plan was dead. The vote was close. Lord Dunmore said the bill would fail.");
            Assert.Equal("Lord Dunmore", a.SpeakerOf(a.Quote("the bill would fail")));
            Assert.Equal("Lord Dunmore", a.SpeakerOf(a.Quote("the plan was dead")));
        }

        [Fact]
        public void A_peer_whose_full_name_was_given_keeps_it()
        {
            ExtractedArticle a = Extracted.From("Neil Dunmore chaired the inquiry. Lord Dunmore said the plan was dead.");
            Assert.Equal("Neil Dunmore", a.SpeakerOf(a.Quote("the plan was dead")));
        }

        [Fact]
        public void A_knight_keeps_his_full_name()
        {
            ExtractedArticle a = Extracted.From("Sir Alan Dunmore said the plan was dead.");
            Assert.Equal("Alan Dunmore", a.SpeakerOf(a.Quote("the plan was dead")));
        }

        [Fact]
        public void A_baroness_is_not_he()
        {
            ExtractedArticle a = Extracted.From("Tom Hale said it was not. Baroness Tillery said the plan was dead. He said the bill would fail.");
            Assert.Equal("Tom Hale", a.SpeakerOf(a.Quote("the bill would fail")));
        }
    }
}
