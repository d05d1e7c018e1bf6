using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Goldsmith: 'I was not leant on'": a headline's name and colon attribute what follows (SpeechPatterns.Headlines).</summary>
    public class HeadlineAttributionTests
    {
        private const string Goldsmith =
            "Goldsmith: 'I was not leant on'\n\n" +
            "The attorney general has again denied being \"leant on\" by Downing Street to make the legal case for invading Iraq.\n\n" +
            "Lord Goldsmith said the answer represented his \"genuinely held independent view\" that the war was legal.";

        [Fact]
        public void A_headline_name_and_colon_attribute_the_words_after_it_to_the_person_the_body_names()
        {
            ExtractedArticle a = Extracted.From(Goldsmith);
            ExtractedQuote q = a.Quote("I was not leant on'");
            Assert.Equal("'I was not leant on'", q.Span.Of(a.Text));
            Assert.Equal(CorpusGenerator.Extraction.QuoteKind.Indirect, q.Kind);
            Assert.Equal("Lord Goldsmith", a.SpeakerOf(q));
            Assert.Equal("Goldsmith", a.MentionOf(q));
            Assert.Equal(":", a.CueOf(q));
            // The headline stays the article's title, and is its first paragraph too, where the quote stands.
            Assert.Equal("Goldsmith: 'I was not leant on'", a.Title?.Of(a.Text));
            Assert.Equal("Goldsmith: 'I was not leant on'", a.Paragraphs[0].Of(a.Text));
        }

        [Fact]
        public void A_headline_clause_without_marks_is_attributed_too()
        {
            ExtractedArticle a = Extracted.From(
                "Rubio: I Still Believe Trump Can't Be Trusted With The Codes\n\n" +
                "Sen. Marco Rubio said on Thursday that he still has doubts about Donald Trump.");
            Assert.Equal("Marco Rubio", a.SpeakerOf(a.Quote("I Still Believe Trump")));
        }

        [Fact]
        public void A_headline_that_ends_as_a_sentence_reports_too()
        {
            ExtractedArticle a = Extracted.From(
                "Reid: 'Never, ever, ever underestimate Donald Trump.'\n\n" +
                "Senate Minority Leader Harry Reid warned Democrats on Wednesday not to take the election for granted.");
            ExtractedQuote q = a.Quote("underestimate Donald Trump");
            Assert.Equal(CorpusGenerator.Extraction.QuoteKind.Indirect, q.Kind);
            Assert.Equal("Harry Reid", a.SpeakerOf(q));
        }

        [Fact]
        public void A_headline_whose_name_ends_a_lead_in_reports_too()
        {
            ExtractedArticle a = Extracted.From(
                "A lesson from Loretta Lynch: 'Be the voice that people hear.'\n\n" +
                "As a summer associate at a New York law firm, Loretta Lynch was told to speak up.");
            ExtractedQuote q = a.Quote("Be the voice");
            Assert.Equal(CorpusGenerator.Extraction.QuoteKind.Indirect, q.Kind);
            Assert.Equal("Loretta Lynch", a.SpeakerOf(q));
        }

        [Fact]
        public void A_column_in_the_first_person_speaks_under_its_writers_headline()
        {
            ExtractedArticle a = Extracted.From(
                "Murphy: That was a bruising battle\n\n" +
                "That's what I call a tough game. It was very physical and they made us work very hard for our victory.");
            Assert.Equal("Murphy", a.SpeakerOf(a.Quote("That was a bruising battle")));
        }

        [Fact]
        public void A_name_the_body_never_writes_under_a_third_person_story_is_no_headline_speaker()
        {
            string title = "Hunter: Storm damage will cost millions";
            ExtractedArticle a = Extracted.From(title + "\n\nThe storm that hit the coast on Friday brought down power lines across three counties.");
            Assert.Equal(title, a.Title?.Of(a.Text));
        }

        [Fact]
        public void A_quotation_after_one_word_counts_its_own_words()
        {
            ExtractedArticle a = Extracted.From(
                "Bill Clinton: Hillary \u2018Better Qualified to Be President for This Time Than I Was When I Ran.\u2019\n\n" +
                "Tuesday in New York City, former President Bill Clinton said his wife was ready for the job.");
            Assert.Equal("Bill Clinton", a.SpeakerOf(a.Quote("Better Qualified")));
        }

        [Fact]
        public void A_label_whose_first_name_the_name_reader_does_not_know_still_speaks()
        {
            ExtractedArticle a = Extracted.From(
                "Carly Fiorina: 'Bill Clinton's fair game.'\n\n" +
                "Donald Trump is on solid ground attacking Bill Clinton, Carly Fiorina said Monday.");
            Assert.Equal("Carly Fiorina", a.SpeakerOf(a.Quote("fair game")));
        }

        [Fact]
        public void A_headline_verb_and_object_read_into_the_name_make_no_speaker()
        {
            string title = "Carly Fiorina Endorses Ted Cruz: I Am 'Horrified' By Donald Trump";
            ExtractedArticle a = Extracted.From(title + "\n\nCarly Fiorina endorsed Ted Cruz on Wednesday, calling him a fighter.");
            Assert.Equal(title, a.Title?.Of(a.Text));
            Assert.DoesNotContain(a.Speakers, s => s.Name.Contains("Endorses"));
        }

        [Theory]
        [InlineData("Profile: David Miliband", "David Miliband was born in London in 1965 and studied at Oxford.")]
        [InlineData("Arthur Hailey: King of the bestsellers", "Novelist Arthur Hailey, who has died at the age of 84, wrote Airport and Hotel.")]
        [InlineData("Johnny Depp: The acting outlaw", "Johnny Depp has made a career of playing outsiders, and his new film is no different.")]
        [InlineData("DVD review: I, Robot", "Will Smith stars as a detective in a future where robots do the chores.")]
        public void A_rubric_or_a_phrase_describing_the_name_stays_the_title(string title, string body)
        {
            ExtractedArticle a = Extracted.From(title + "\n\n" + body);
            Assert.Equal(title, a.Title?.Of(a.Text));
            Assert.DoesNotContain(a.Quotes, q => q.Span.Start < title.Length);
        }

        [Fact]
        public void A_capital_shout_before_the_colon_is_no_speaker()
        {
            string title = "BOOM: Trump Just Fired A Missile At Hillary She Won't Want Anyone To See";
            ExtractedArticle a = Extracted.From(title + "\n\nDonald Trump went after Hillary Clinton on Monday at a rally in Ohio.");
            Assert.Equal(title, a.Title?.Of(a.Text));
        }
    }
}
