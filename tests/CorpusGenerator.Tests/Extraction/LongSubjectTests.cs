using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// Subjects kept from their verb by a long parenthetical set off by commas: the phrase that
    /// opens the clause speaks, when nothing in the parenthetical is a clause of its own.
    /// </summary>
    public class LongSubjectTests
    {
        [Fact]
        public void An_honorific_before_a_possessive_subject_still_opens_it()
        {
            ExtractedArticle a = Extracted.From("Mrs. Brody's mayoral campaign, which has been shadowed for months by questions about its funding, said that the audit was flawed.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the audit was flawed", q.Span.Of(a.Text));
            Assert.Contains("campaign", a.MentionOf(q), System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_participle_after_a_relative_clause_on_the_subject_has_the_subject_as_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Senator Jane Doe, who faces a tough race in her home state, withdrew her support for the bill on Monday, saying it would hurt farmers.");
            ExtractedQuote q = a.Quote("it would hurt farmers");
            Assert.Equal("Jane Doe", a.MentionOf(q));
            Assert.Equal("saying", a.CueOf(q));
        }

        [Fact]
        public void A_participle_after_an_appositive_on_a_plural_subject_has_the_subject_as_speaker()
        {
            ExtractedArticle a = Extracted.From("Farmers, many of them in debt, have rejected the plan, arguing that it would ruin them.");
            ExtractedQuote q = a.Quote("it would ruin them");
            Assert.Equal("Farmers", a.MentionOf(q));
        }

        [Fact]
        public void A_place_opening_the_sentence_is_no_subject()
        {
            Assert.Empty(Extracted.From("In Ohio, where the plant closed last year, workers marched through the town, chanting slogans.").Quotes);
        }

        [Fact]
        public void A_dateline_before_a_dash_is_no_subject()
        {
            ExtractedArticle a = Extracted.From(
                "PARIS, May 3 (Reuters) - The far-right party leader, Jean Dupont, voiced support for the candidate on Wednesday, saying his rival would bring hardship.");
            foreach (ExtractedQuote q in a.Quotes) Assert.NotEqual("PARIS", a.MentionOf(q));
        }

        [Fact]
        public void A_participle_after_an_opening_adverbial_has_the_subject_after_its_comma_as_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "In August, several environmental groups granted the company an extension on a court order, saying its funds were short.");
            ExtractedQuote q = a.Quote("its funds were short");
            Assert.Equal("several environmental groups", a.MentionOf(q));
            Assert.Null(a.SpeakerOf(q));
        }

        [Fact]
        public void A_plain_subject_before_an_including_phrase_speaks()
        {
            ExtractedArticle a = Extracted.From("Several candidates, including the governor, have said they would cut taxes.");
            ExtractedQuote q = a.Quote("they would cut taxes");
            Assert.Equal("Several candidates", a.MentionOf(q));
            Assert.Null(a.SpeakerOf(q));
        }

        [Fact]
        public void A_definite_description_before_an_appositive_speaks()
        {
            ExtractedArticle a = Extracted.From("The newspaper, long a critic of the mayor, writes that the budget is wrong.");
            ExtractedQuote q = a.Quote("the budget is wrong");
            Assert.Equal("The newspaper", a.MentionOf(q));
        }

        [Fact]
        public void A_speaker_after_the_cue_keeps_the_opening_phrase_as_content()
        {
            ExtractedArticle a = Extracted.From("The new threat, nicknamed the twin, poses as a real hotspot, say Oxford University experts.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.StartsWith("The new threat", q.Span.Of(a.Text));
            Assert.NotEqual("The new threat", a.MentionOf(q));
        }

        [Fact]
        public void A_cue_joined_by_and_to_a_clause_with_an_unnamed_subject_has_that_subject_as_speaker()
        {
            ExtractedArticle a = Extracted.From("A spokesman for the mayor defended the march route and said the police had trained for months.");
            ExtractedQuote q = a.Quote("the police had trained for months");
            Assert.Equal("A spokesman for the mayor", a.MentionOf(q));
        }

        [Fact]
        public void A_modal_main_clause_reports_nothing()
        {
            Assert.Empty(Extracted.From("Officials can flag the messages and report posts to the staff.").Quotes);
        }

        [Fact]
        public void A_cue_inside_a_when_clause_is_not_given_the_opening_subject()
        {
            ExtractedArticle a = Extracted.From("Some in the crowd booed, and when the senator thanked them and said it was great to be home, a man yelled.");
            foreach (ExtractedQuote q in a.Quotes) Assert.NotEqual("Some in the crowd", a.MentionOf(q));
        }

        [Fact]
        public void A_which_clause_reporting_words_speaks_for_its_antecedent()
        {
            ExtractedArticle a = Extracted.From("The rules were set by the Acme Corporation, which argued that the market was fair.");
            ExtractedQuote q = a.Quote("the market was fair");
            Assert.Equal("which", a.MentionOf(q));
            Assert.Equal("the Acme Corporation", a.SpeakerOf(q));
        }

        [Fact]
        public void A_which_clause_reporting_no_words_and_one_with_its_own_subject_report_nothing()
        {
            Assert.Empty(Extracted.From("The money went to the Acme Corporation, which reported spending ten million dollars on ads.").Quotes);
            Assert.Empty(Extracted.From("He praised the speech in Orlando, Florida, which Will claims affirmed the belief in nationhood.").Quotes);
        }

        [Fact]
        public void A_titled_name_with_role_modifiers_speaks_past_a_relative_clause_when_a_name_opens_the_content()
        {
            ExtractedArticle a = Extracted.From(
                "Talk show host Jane Roe, who since the start of the campaign has criticised the mayor at every turn, on Friday declared Smith was a threat to the city.");
            ExtractedQuote q = a.Quote("Smith was a threat to the city");
            Assert.Equal("Jane Roe", a.MentionOf(q));
        }

        [Fact]
        public void A_possessive_subject_of_the_main_clause_speaks_the_participle_after_it()
        {
            ExtractedArticle a = Extracted.From("Smith’s campaign shrugged off the mayor’s comments, telling reporters that nothing had changed.");
            ExtractedQuote q = a.Quote("nothing had changed");
            Assert.Equal("Smith’s campaign", a.MentionOf(q));
        }

        [Fact]
        public void A_second_clause_before_the_participle_keeps_the_opening_subject_from_it()
        {
            ExtractedArticle a = Extracted.From("A court ruled that he would have to pay, but the appeals court cleared him, saying that others were to blame.");
            foreach (ExtractedQuote q in a.Quotes) Assert.NotEqual("A court", a.MentionOf(q));
        }

        [Fact]
        public void A_name_ending_in_a_suffix_with_a_period_speaks()
        {
            ExtractedArticle a = Extracted.From("It rained all day. Governor John Q. Public Jr. warned that the roads would flood.");
            ExtractedQuote q = a.Quote("the roads would flood");
            Assert.StartsWith("John Q. Public Jr", a.MentionOf(q));
        }

        [Fact]
        public void A_name_ending_in_a_suffix_speaks_past_its_appositive()
        {
            ExtractedArticle a = Extracted.From("It rained all day. John Q. Public Sr., the director of the agency, said that the roads would flood.");
            ExtractedQuote q = a.Quote("the roads would flood");
            Assert.StartsWith("John Q. Public Sr", a.MentionOf(q));
        }

        [Fact]
        public void A_writing_named_with_when_it_was_published_speaks()
        {
            ExtractedArticle a = Extracted.From("It rained all day. A news report published Wednesday said the mayor used a private phone.");
            ExtractedQuote q = a.Quote("the mayor used a private phone");
            Assert.Equal("A news report published Wednesday", a.MentionOf(q));
        }

        [Fact]
        public void A_writing_with_a_finite_verb_after_it_is_no_published_writing()
        {
            ExtractedArticle a = Extracted.From("It rained all day. The poll showed a majority of voters say the council should act.");
            foreach (ExtractedQuote q in a.Quotes) Assert.DoesNotContain("poll", a.MentionOf(q) ?? string.Empty);
        }

        [Fact]
        public void A_thing_bearing_words_says_the_quotation_after_that_said()
        {
            ExtractedArticle a = Extracted.From("Volunteers handed out fans that said, “Keep cool and vote early.”");
            ExtractedQuote q = a.Quote("Keep cool and vote early.");
            Assert.Equal("that", a.MentionOf(q));
            Assert.Null(a.SpeakerOf(q));
        }

        [Fact]
        public void That_said_without_a_quotation_or_inside_another_report_is_no_inscription()
        {
            ExtractedArticle b = Extracted.From("He denied the claims that said he was rich.");
            Assert.DoesNotContain(b.Quotes, q => b.MentionOf(q) == "that");
            ExtractedArticle a = Extracted.From("The pastor said the town lost a voice that said “fear is no answer.”");
            Assert.DoesNotContain(a.Quotes, q => a.MentionOf(q) == "that");
        }

        [Fact]
        public void A_three_word_time_between_subject_and_cue_is_passed()
        {
            ExtractedArticle a = Extracted.From("It rained all day. Jane Roe, the party chair, this past week announced that a new website was ready.");
            ExtractedQuote q = a.Quote("a new website was ready");
            Assert.Equal("Jane Roe", a.MentionOf(q));

            ExtractedArticle b = Extracted.From("It rained all day. The mayor over the past week said that taxes would rise.");
            Assert.Equal("The mayor", b.MentionOf(b.Quote("taxes would rise")));
        }
    }
}
