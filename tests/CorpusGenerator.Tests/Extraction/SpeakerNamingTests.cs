using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// The canonical name a quote's speaker gets: what becomes a typed member, and what the
    /// "people quoted" measure compares with the gold's full names.
    /// </summary>
    public class SpeakerNamingTests
    {
        [Fact]
        public void A_lone_title_word_before_an_appositive_is_a_surname()
        {
            string text = "Howard Dean mocked the debate.\n\n" +
                          "Dean, a former party chairman, poked at Trump during the debate, tweeting, \u201cNotice Trump sniffing all the time.\u201d\n\n" +
                          "Dean, a medical doctor, then said he would never diagnose anyone.";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(2, a.Quotes.Count);
            Assert.All(a.Quotes, q => Assert.Equal("Howard Dean", a.SpeakerOf(q)));

            // With an article it is the title: "The Dean, a historian, said" names no one.
            ExtractedArticle b = Extracted.From("The Dean, a historian, said the college would close.");
            Assert.DoesNotContain(b.Quotes, q => b.SpeakerOf(q) is not null);
        }

        [Theory]
        [InlineData("\u201cHaving access to the file is valuable,\u201d said Skelly.", "Skelly")]
        [InlineData("\"He is not media at all,\" says Suckling, who directs the center.", "Suckling")]
        [InlineData("\u201cWe will win,\u201d said Ahmed.", "Ahmed")]
        [InlineData("Noting that both men battled the media, Schlafly called the wall essential.", "Schlafly")]
        public void A_name_in_ly_or_ed_after_a_cue_or_comma_is_a_name(string text, string speaker)
        {
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(speaker, a.SpeakerOf(a.Quotes[0]));

            // At a sentence's start such a word may still be an adverb or a verb: "Finally Demi said".
            ExtractedArticle b = Extracted.From("Finally Demi said the vote was close.");
            Assert.Equal("Demi", b.SpeakerOf(Assert.Single(b.Quotes)));
        }

        [Fact]
        public void An_organisation_takes_the_article_the_text_gives_it_anywhere()
        {
            ExtractedArticle a = Extracted.From(
                "RCMP have denied they jammed communications at the camp.\n\n" +
                "Chiefs said trust between the RCMP and the nation was gone.");
            Assert.Equal("the RCMP", a.SpeakerOf(a.Quote("jammed")));
        }

        [Fact]
        public void A_reading_list_label_is_page_furniture()
        {
            Assert.True(PageFurniture.IsFurniture("Relevant Reading: How To Talk About Sexism", new TextRange(0, 42)));
            ExtractedArticle a = Extracted.From(
                "Our daughters watched Home Alone, where a boy copies the men he sees in films.\n\n" +
                "Relevant Reading: How To Talk About Sexism With Your Son\n\n" +
                "“It’s my house and I have to defend it,” he concludes.");
            Assert.DoesNotContain(a.Speakers, s => s.Name == "Relevant Reading");
        }

        [Fact]
        public void A_writing_without_an_author_names_no_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "The original cost of the complex was $35 million, city documents say.\n\n" +
                "The result, according to a survey of listed clubs, is 352 missing children.");
            Assert.All(a.Quotes, q => Assert.Null(a.SpeakerOf(q)));
            Assert.Equal("city documents", a.MentionOf(a.Quote("original cost")));
            Assert.Empty(a.Speakers);
        }

        [Fact]
        public void The_city_is_the_city_government_not_a_place_named_city()
        {
            ExtractedArticle a = Extracted.From(
                "Doug McCallum said the City of Surrey carries too much debt.\n\n" +
                "The line would run along Fraser Highway to Langley City.\n\n" +
                "The old arena will close next year, according to the city.");
            Assert.Equal("the City of Surrey", a.SpeakerOf(a.Quote("old arena")));
        }

        [Fact]
        public void The_listener_named_after_a_described_subject_is_not_who_it_describes()
        {
            ExtractedArticle a = Extracted.From(
                "The mayor said a study by the Metro Transit Authority backed him.\n\n" +
                "The agency told CTV News it has not done any such study.");
            Assert.Equal("the Metro Transit Authority", a.SpeakerOf(a.Quote("not done")));
        }

        [Fact]
        public void A_relative_clause_between_subject_and_cue_is_skipped()
        {
            ExtractedArticle a = Extracted.From(
                "An official with Animal Protection Services of Saskatchewan who was present in court told Global News he did not want to speak to the case.");
            ExtractedQuote q = a.Quote("did not want");
            Assert.Equal("An official with Animal Protection Services of Saskatchewan", a.SpeakerOf(q));
        }

        [Fact]
        public void A_relative_clause_inside_an_object_names_no_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Late Tuesday, TechCrunch reported that Facebook paid teens and other users who agreed to download an app called Facebook Research.");
            Assert.DoesNotContain(a.Speakers, s => s.Name.Contains("users", System.StringComparison.Ordinal));
        }

        [Fact]
        public void A_participle_phrase_after_the_subject_is_part_of_its_name()
        {
            ExtractedArticle a = Extracted.From(
                "People arrested last week said that protesters were put at risk.\n\n" +
                "But people arrested at the camp alleged to CBC News that police used force.");
            Assert.Equal("People arrested last week", a.SpeakerOf(a.Quote("put at risk")));
            Assert.Equal("people arrested at the camp", a.SpeakerOf(a.Quote("used force")));
        }

        [Fact]
        public void A_finite_verb_after_the_subject_is_no_participle_phrase()
        {
            ExtractedArticle a = Extracted.From("This week, the president declined to threaten Moscow or even directly declare it responsible.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void The_subject_of_an_absolute_phrase_speaks_its_participle()
        {
            ExtractedArticle a = Extracted.From(
                "Protesters described the arrests, with a spokesperson for the camp describing the scene as \"chaos all around.\"");
            Assert.Equal("a spokesperson for the camp", a.SpeakerOf(a.Quote("chaos")));
        }

        [Fact]
        public void An_unnamed_speaker_is_named_with_its_prepositional_phrase_but_a_bare_title_is_not()
        {
            ExtractedArticle a = Extracted.From(
                "On Monday, officials at the ministry said that the crossing would stay shut.\n\n" +
                "Senator from Texas said he cannot allow it.");
            Assert.Equal("officials at the ministry", a.SpeakerOf(a.Quote("crossing")));
            Assert.DoesNotContain(a.Speakers, s => s.Name.StartsWith("Senator", System.StringComparison.Ordinal));
        }

        [Fact]
        public void A_short_description_closing_the_sentence_after_a_quote_speaks()
        {
            ExtractedArticle a = Extracted.From("I labelled one of the animals a dad.\n\n“No, that’s the mom,” says my two-year-old.");
            Assert.Equal("my two-year-old", a.SpeakerOf(a.Quote("the mom")));
        }

        [Fact]
        public void The_article_of_a_noun_a_name_modifies_is_not_the_names()
        {
            ExtractedArticle a = Extracted.From("NATO said the drills would continue.\n\nThe NATO summit opens on Monday.");
            Assert.Equal("NATO", a.SpeakerOf(a.Quote("drills")));
            ExtractedArticle b = Extracted.From("RCMP have denied they jammed phones.\n\nThe RCMP statement said that trust was growing.");
            Assert.Equal("The RCMP", b.SpeakerOf(b.Quote("jammed")));
        }

        [Fact]
        public void A_newspaper_named_like_a_writing_is_still_a_speaker()
        {
            ExtractedArticle a = Extracted.From("Police shot 707 people this year, according to a Washington Post database count.");
            Assert.NotNull(a.SpeakerOf(Assert.Single(a.Quotes)));
        }

        [Fact]
        public void A_first_name_two_people_share_is_the_one_named_last()
        {
            ExtractedArticle a = Extracted.From(
                "Group date with Demi, Hannah G and Nicole went well.\n\n" +
                "One-on-one date with Hannah B was a snooze.\n\n" +
                "Hannah confessed that she had wanted to wait.");
            Assert.Equal("Hannah B", a.SpeakerOf(a.Quote("wanted to wait")));
        }

        [Fact]
        public void A_short_for_phrase_before_that_keeps_the_cue()
        {
            ExtractedArticle a = Extracted.From(
                "Megan Bortis acts for the society.\n\n" +
                "The case was touched on by Bortis who noted for the judge that the number of animals had doubled.\n\n" +
                "Residents asked for help.");
            Assert.Equal("Megan Bortis", a.SpeakerOf(a.Quote("had doubled")));
            Assert.DoesNotContain(a.Quotes, q => q.Span.Of(a.Text).Contains("help", System.StringComparison.Ordinal));
        }

        [Fact]
        public void A_writing_the_text_says_is_someones_speaks_for_its_author()
        {
            ExtractedArticle a = Extracted.From(
                "Environment Minister Shannon Phillips cancelled the meetings.\n\n" +
                "“I have heard stories of Albertans afraid to attend community events,” her statement read.\n\n" +
                "“We see charter schools offering hope,” the letter reads.");
            Assert.Equal("Shannon Phillips", a.SpeakerOf(a.Quote("heard stories")));
            Assert.Equal("her statement", a.MentionOf(a.Quote("heard stories")));
            Assert.DoesNotContain(a.Quotes, q => q.Span.Of(a.Text).Contains("charter", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Quoted_as_saying_by_a_medium_is_still_speech()
        {
            ExtractedArticle a = Extracted.From(
                "Police chief Mohamad Fuzi Harun declined to speculate.\n\n" +
                "He was quoted as saying by local media that police had received several reports.");
            Assert.Equal("Mohamad Fuzi Harun", a.SpeakerOf(a.Quote("several reports")));
        }

        [Fact]
        public void A_described_speaker_is_the_titled_subject_just_named_after_a_long_opening_clause()
        {
            ExtractedArticle a = Extracted.From(
                "Nathan Phillips said he felt threatened.\n\n" +
                "As the school reopened Wednesday under the watch of law enforcement after calling off classes because of threats, Senate Majority Leader Mitch McConnell blamed the media.\n\n" +
                "“Many decided it was time to attack these young people,” the Kentucky Republican said.");
            Assert.Equal("Mitch McConnell", a.SpeakerOf(a.Quote("young people")));
        }

        [Fact]
        public void A_described_writing_is_the_organisation_last_named_when_the_content_names_others()
        {
            ExtractedArticle a = Extracted.From(
                "The US Pew Research Center surveyed 2,000 net users.\n\n" +
                "The report reveals that 84% of net users regularly use Google, Ask Jeeves and Yahoo.");
            Assert.Equal("The US Pew Research Center", a.SpeakerOf(a.Quote("84%")));
        }

        [Fact]
        public void A_shared_first_name_far_from_any_full_name_is_not_guessed()
        {
            string filler = string.Concat(System.Linq.Enumerable.Repeat("The market grew again this year and prices fell. ", 25));
            ExtractedArticle a = Extracted.From(
                "Hannah Brown and Hannah Green met the press.\n\n" + filler + "\n\n" +
                "Hannah confessed that she had wanted to wait.");
            Assert.NotEqual("Hannah Brown", a.SpeakerOf(a.Quote("wanted to wait")));
            Assert.NotEqual("Hannah Green", a.SpeakerOf(a.Quote("wanted to wait")));
        }

        [Fact]
        public void A_name_after_say_is_in_the_content_not_a_listener()
        {
            ExtractedArticle a = Extracted.From(
                "The National Audit Office reviewed the agency.\n\n" +
                "The office said the National Audit Office should investigate why the system failed.");
            Assert.Equal("The National Audit Office", a.SpeakerOf(a.Quote("should investigate")));
        }

        [Fact]
        public void A_name_the_speaker_itself_gives_after_its_cue_is_no_listener()
        {
            ExtractedArticle a = Extracted.From("Online communities could build trust, says the Institute of Public Policy Research.");
            Assert.Equal("the Institute of Public Policy Research", a.SpeakerOf(a.Quote("build trust")));
        }

        [Fact]
        public void A_brand_sharing_a_first_word_is_not_taken_for_one_of_its_products()
        {
            ExtractedArticle a = Extracted.From(
                "David Yarnton, Nintendo UK general manager, gave no date for the Nintendo DS launch.\n\n" +
                "Nintendo said it expected to sell five million by March.");
            Assert.Equal("Nintendo", a.SpeakerOf(a.Quote("five million")));
        }

        [Fact]
        public void A_with_phrase_whose_participle_reports_no_words_has_no_speaker()
        {
            ExtractedArticle a = Extracted.From("More PCs will be sold in emerging markets, with China adding 178 million new PCs by 2010.");
            Assert.DoesNotContain(a.Speakers, s => s.Name == "China");
        }

        [Fact]
        public void A_description_closing_a_sentence_without_a_quote_is_an_object()
        {
            ExtractedArticle a = Extracted.From("Other sites, such as Pixagogo, charge a monthly fee.");
            Assert.DoesNotContain(a.Speakers, s => s.Name == "a monthly fee");
        }

        [Fact]
        public void An_adverbial_phrase_is_not_part_of_a_speakers_name()
        {
            ExtractedArticle a = Extracted.From("Shops all over the UK reported strong sales on the last Saturday before Christmas.");
            Assert.DoesNotContain(a.Speakers, s => s.Name.Contains("over the UK", System.StringComparison.Ordinal));
        }

        [Fact]
        public void A_cue_after_and_then_and_an_adverbial_shares_the_subject()
        {
            ExtractedArticle a = Extracted.From(
                "Demi apologized to her face and then, behind her back, sniffed that “there’s no advantage to being an older woman here.”");
            Assert.Equal("Demi", a.SpeakerOf(a.Quote("no advantage")));
            ExtractedArticle b = Extracted.From("He had promised to stay lean and, according to Reuters, once told analysts that he would fight.");
            Assert.DoesNotContain(b.Quotes, q => b.SpeakerOf(q) == "Reuters" && b.CueOf(q) == "told");
        }

        [Fact]
        public void An_evaluation_with_a_that_clause_reports_words_but_a_demand_does_not()
        {
            ExtractedArticle a = Extracted.From(
                "In an ominous statement this month, Vladimir Putin lamented that global fears of a nuclear war have ebbed.\n\n" +
                "Mexico demanded that the United States prove the migrant was Mexican.");
            Assert.Equal("Vladimir Putin", a.SpeakerOf(a.Quote("global fears")));
            Assert.DoesNotContain(a.Quotes, q => q.Span.Of(a.Text).Contains("migrant", System.StringComparison.Ordinal));
        }

        [Fact]
        public void A_name_after_an_appositive_opening_the_sentence_is_its_subject()
        {
            ExtractedArticle a = Extracted.From(
                "Political scientist Hamish Telford said the mayor was optimistic.\n\n" +
                "A press release, issued just after midnight on Nov. 27, Doug McCallum expressed serious concern about the debt.\n\n" +
                "“When the books were shown to me, I was deeply dismayed,” he was quoted as saying in the press release.");
            Assert.Equal("Doug McCallum", a.SpeakerOf(a.Quote("deeply dismayed")));
        }

        [Fact]
        public void A_person_noun_never_stands_for_an_organisation()
        {
            ExtractedArticle a = Extracted.From(
                "The State Department issued a travel warning.\n\n" +
                "The New York businessman said he will bring a common-sense approach.");
            Assert.Equal("The New York businessman", a.SpeakerOf(a.Quote("common-sense")));
        }

        [Fact]
        public void A_preposition_opening_the_sentence_is_no_part_of_the_name_after_it()
        {
            ExtractedArticle a = Extracted.From("Alongside BLM calls for action, a GOP strategist said Clinton will have to choose, saying, \u201cAt some point, she is going to have to come out.\u201d");
            Assert.DoesNotContain(a.Speakers, s => s.Name.StartsWith("Alongside", System.StringComparison.Ordinal));
        }
    }
}
