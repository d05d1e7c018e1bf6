using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>The main clause's subject after an opening participle phrase or one opening adverb speaks a participle cue.</summary>
    public class MainSubjectOpenerTests
    {
        [Fact]
        public void The_subject_after_an_opening_participle_phrase_speaks()
        {
            ExtractedArticle a = Extracted.From("Speaking at a rally in Dover, Ann Brody turned on her rival, calling him \"a coward.\"");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Ann Brody", a.MentionOf(q));
            Assert.Equal("calling", a.CueOf(q));
        }

        [Fact]
        public void The_subject_after_one_opening_adverb_speaks()
        {
            ExtractedArticle a = Extracted.From("Then Ann Brody turned on her rival, calling him \"a coward.\"");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Ann Brody", a.MentionOf(q));
        }

        [Fact]
        public void A_subordinate_clause_opening_the_sentence_holds_no_main_subject()
        {
            ExtractedArticle a = Extracted.From("When Tom Keller did attack her, Ann Brody shrugged, calling him \"a coward.\"");
            Assert.NotEqual("Tom Keller", a.MentionOf(Assert.Single(a.Quotes)));
        }
    }
}
