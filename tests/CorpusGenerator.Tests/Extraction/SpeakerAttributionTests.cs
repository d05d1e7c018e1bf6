using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    // The runtime library has a QuoteKind too (CorpusGenerator.QuoteKind); these tests mean the engine's.
    using QuoteKind = CorpusGenerator.Extraction.QuoteKind;

    /// <summary>Which mention a quotation is attributed from, where the sentence shapes make it easy to get wrong.</summary>
    public class SpeakerAttributionTests
    {
        [Theory]
        [InlineData("\u201cWho do they think they are?\u201d Trump said of Apple in February.", "Trump")]
        [InlineData("\u201cSometimes we need our fix!\u201d Clinton said to People magazine.", "Clinton")]
        [InlineData("\u201cIs this the end of it?\u201d said Smith on Monday.", "Smith")]
        [InlineData("\u201cDid you know it was Mussolini?\u201d Todd asked the real estate mogul.", "Todd")]
        public void A_quote_ending_in_its_own_mark_takes_the_attribution_after_it(string text, string mention)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(QuoteKind.Direct, q.Kind);
            Assert.Equal(mention, a.MentionOf(q));
            Assert.Contains(a.CueOf(q), new[] { "said", "asked" });
        }

        [Fact]
        public void A_clause_after_the_cue_stays_reported_speech_and_leaves_the_quote_alone()
        {
            ExtractedArticle a = Extracted.From("\u201cIs this the end of it?\u201d Smith said in March the party would fail.");
            Assert.Equal(2, a.Quotes.Count);
            Assert.Null(a.MentionOf(a.Quote("end of it")));
            Assert.Equal("Smith", a.MentionOf(a.Quote("party would fail")));
        }

        [Theory]
        [InlineData("Growth in rich nations is being offset by faster growth in emerging economies, the IMF said.", "IMF", "the IMF")]
        [InlineData("But the new plan is still tilted toward the rich, the Tax Foundation said.", "Tax Foundation", "the Tax Foundation")]
        public void Reported_speech_before_an_organisation_named_with_the(string text, string mention, string speaker)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(QuoteKind.Indirect, q.Kind);
            Assert.Equal(text.Substring(0, text.IndexOf(", the ", System.StringComparison.Ordinal)), q.Span.Of(a.Text));
            Assert.Equal(mention, a.MentionOf(q));
            Assert.Equal(speaker, a.SpeakerOf(q));
        }

        [Theory]
        [InlineData("The delay is an insult to every voter, Smith said Friday, as he left the hearing.")]
        [InlineData("The delay is an insult to every voter, Smith said on Friday, after he read the report.")]
        [InlineData("The delay is an insult to every voter, Smith said in a statement, after the vote.")]
        public void When_it_was_said_is_not_what_was_said(string text)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The delay is an insult to every voter", q.Span.Of(a.Text));
            Assert.Equal("Smith", a.MentionOf(q));
        }

        [Fact]
        public void An_appositive_name_keeps_a_first_name_the_name_reader_does_not_know()
        {
            ExtractedArticle a = Extracted.From("One council hopeful, Carly Quesnet, says she plans to run again.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("she plans to run again", q.Span.Of(a.Text));
            Assert.Equal("Carly Quesnet", a.MentionOf(q));
        }

        [Theory]
        [InlineData("The bridge will reopen in June, ministry spokesman Tom Hale said.")]
        [InlineData("The bridge will reopen in June, Algerian transport ministry spokesman Tom Hale said.")]
        public void Words_that_modify_a_name_s_title_stand_between_the_content_and_the_name(string text)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The bridge will reopen in June", q.Span.Of(a.Text));
            Assert.Contains("Tom Hale", a.MentionOf(q), System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_comma_and_more_words_after_the_cue_still_report()
        {
            ExtractedArticle a = Extracted.From("Taxes rose for the top fifth, the agency said in a June report, and those in the bottom fifth paid less.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Contains("those in the bottom fifth paid less", q.Span.Of(a.Text), System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("The delay is an insult to every voter, top black lawmakers said.", "lawmakers")]
        [InlineData("The delay is an insult to every voter, labor-policy experts say.", "experts")]
        [InlineData("The delay is an insult to every voter, the rights group says.", "group")]
        [InlineData("The delay is an insult to every voter, the prime minister's spokesman said.", "spokesman")]
        public void Reported_speech_before_a_source_with_modifiers(string text, string head)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The delay is an insult to every voter", q.Span.Of(a.Text));
            Assert.Contains(head, a.MentionOf(q), System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("CLARIFICATION: The first sentence has been clarified to reflect the chairman's call for a process.")]
        [InlineData("Plus: what the money advantage means for the control of the Senate.")]
        [InlineData("Remember: the world also ignored the warnings during the war.")]
        public void An_editorial_label_before_a_colon_is_no_speaker(string text)
        {
            ExtractedArticle a = Extracted.From(text);
            Assert.Empty(a.Quotes);
            Assert.Empty(a.Speakers);
        }

        [Theory]
        [InlineData("The doctors who signed the letter said the show was dangerous.", "The doctors")]
        [InlineData("A lawyer who represents Trump said the suit was baseless.", "A lawyer")]
        [InlineData("Senior campaign advisers who have run the numbers argue that she will clinch the nomination.", "Senior campaign advisers")]
        public void The_object_of_a_relative_clause_is_not_the_speaker(string text, string speaker)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(speaker, a.MentionOf(q));
        }

        [Fact]
        public void A_name_after_an_opening_phrase_still_speaks()
        {
            ExtractedArticle a = Extracted.From("In a meeting with the board Trump said the plan was dead.");
            Assert.Equal("Trump", a.MentionOf(Assert.Single(a.Quotes)));
        }

        [Theory]
        [InlineData("George Wallace led the party. In a 1963 speech, he declared:\n\n\u201cWe will stand here today and every day after.\u201d", "he", "George Wallace")]
        [InlineData("The Clinton Foundation describes itself in the following way:\n\n\u201cEverywhere we go, we are trying to work ourselves out of a job.\u201d", "Clinton Foundation", "The Clinton Foundation")]
        [InlineData("Ted Cruz was angry. Cruz called them on it:\n\n\u201cThe questions asked in this debate illustrate why people do not trust the media.\u201d", "Cruz", "Ted Cruz")]
        public void A_sentence_ending_in_a_colon_gives_its_speaker_to_the_quote_after_it(string text, string mention, string speaker)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes, x => x.Kind == QuoteKind.Direct);
            Assert.Equal(mention, a.MentionOf(q));
            Assert.Equal(speaker, a.SpeakerOf(q));
        }

        [Fact]
        public void The_words_before_the_colon_that_announce_a_quotation_are_not_reported_speech()
        {
            ExtractedArticle a = Extracted.From("George Wallace led the party. In a 1963 speech, he declared:\n\n\u201cWe will stand here today and every day after.\u201d");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(QuoteKind.Direct, q.Kind);
            Assert.Equal("declared", a.CueOf(q));
            Assert.Equal("George Wallace", Assert.Single(a.Speakers).Name);
        }

        [Theory]
        [InlineData("But Mr. Grassley and Mr. Leahy say other changes are needed.", "Leahy")]
        [InlineData("Grassley and Leahy say other changes are needed.", "Grassley and Leahy")]
        public void Two_names_joined_by_and_take_the_plural_verb(string text, string mention)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("other changes are needed", q.Span.Of(a.Text));
            Assert.Contains(mention, a.MentionOf(q), System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("The father of two said the plan was bad.", "The father of two")]
        [InlineData("A mother of three said the plan was bad.", "A mother of three")]
        [InlineData("One in three said the plan was bad.", "One in three")]
        public void A_count_after_of_belongs_to_the_noun_before_it(string text, string mention)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(mention, a.MentionOf(q));
            Assert.DoesNotContain(a.Speakers, s => s.Name.StartsWith("of ", System.StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("Obama has a frosty relationship with McConnell, now the Senate majority leader, who in 2010 said the goal was to defeat him.", "McConnell")]
        [InlineData("The plan was backed by Sen. Dianne Feinstein of California, the ranking Democrat on the committee, who said none of the emails were secret.", "Dianne Feinstein")]
        public void A_relative_clause_after_an_appositive_is_about_the_name_before_it(string text, string speaker)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(speaker, a.SpeakerOf(q));
        }

        [Theory]
        [InlineData("Twenty-four percent said they were more likely to vote for him.", "Twenty-four percent")]
        [InlineData("Even so, three-quarters of the voters said they were worried about the economy.", "three-quarters of the voters")]
        [InlineData("About two-thirds say they will vote for Trump.", "About two-thirds")]
        public void A_share_written_with_a_hyphenated_count_speaks(string text, string mention)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(mention, a.MentionOf(q));
        }

        [Fact]
        public void An_opening_place_or_time_phrase_is_not_what_was_said()
        {
            ExtractedArticle a = Extracted.From("In Texas, half of GOP primary voters said they were angry.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("they were angry", q.Span.Of(a.Text));
        }

        [Fact]
        public void An_opening_clause_before_the_attribution_is_still_what_was_said()
        {
            ExtractedArticle a = Extracted.From("Frank Lee runs the plant.\n\nIn fact, the plan failed, he said.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("In fact, the plan failed", q.Span.Of(a.Text));
        }

        [Theory]
        [InlineData("Officials from both parties say he has forged a reputation as a hard worker.", "Officials from both parties")]
        [InlineData("Political observers in Virginia and around the country say he deserves the seat.", "Political observers in Virginia and around the country")]
        [InlineData("Some 56 percent of Cuban-Americans polled said they were less likely to vote for him.", "Some 56 percent of Cuban-Americans polled")]
        public void A_source_named_with_a_postmodifier_speaks_whatever_its_object(string text, string mention)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(mention, a.MentionOf(q));
        }
    }
}
