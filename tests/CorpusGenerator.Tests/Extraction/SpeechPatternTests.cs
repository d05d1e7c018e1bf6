using System.Linq;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    // The runtime library has a QuoteKind too (CorpusGenerator.QuoteKind); these tests mean the engine's.
    using QuoteKind = CorpusGenerator.Extraction.QuoteKind;

    /// <summary>The shapes of direct, mixed and reported speech.</summary>
    public class SpeechPatternTests
    {
        [Fact]
        public void Direct_quote_after_the_cue()
        {
            ExtractedArticle a = Extracted.From("Rouhani said, \"The region needs calm.\"");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(QuoteKind.Direct, q.Kind);
            Assert.Equal("said", a.CueOf(q));
            Assert.Equal("Rouhani", a.MentionOf(q));
        }

        [Fact]
        public void Direct_quote_before_pronoun_and_cue()
        {
            ExtractedArticle a = Extracted.From("Anna Berg runs the shelter.\n\n\"We are full every night,\" she said.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(QuoteKind.Direct, q.Kind);
            Assert.Equal("she", a.MentionOf(q));
            Assert.Equal("Anna Berg", a.SpeakerOf(q));
        }

        [Fact]
        public void Inverted_cue_with_appositive_role()
        {
            ExtractedArticle a = Extracted.From("\"The ministry will review the file,\" said Trevor Nicholson, a spokesman for the ministry.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Trevor Nicholson", a.SpeakerOf(q));
            Assert.Equal("spokesman for the ministry", a.Speakers[q.Speaker].Role);
            Assert.Equal("said", a.CueOf(q));
        }

        [Fact]
        public void Mixed_quote_is_reported_speech_with_a_quoted_fragment()
        {
            ExtractedArticle a = Extracted.From("Opposition leader Maria Lopez called the plan \"a disaster\" for families.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(QuoteKind.Mixed, q.Kind);
            Assert.Equal("the plan \"a disaster\" for families", q.Span.Of(a.Text));
            Assert.Equal("called", a.CueOf(q));
        }

        [Fact]
        public void Reported_speech_with_that()
        {
            ExtractedArticle a = Extracted.From("Finance Minister Paul Martin said that the budget would be balanced next year.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(QuoteKind.Indirect, q.Kind);
            Assert.Equal("the budget would be balanced next year", q.Span.Of(a.Text));
            Assert.Equal("Paul Martin", a.SpeakerOf(q));
        }

        [Fact]
        public void Reported_speech_with_a_listener()
        {
            ExtractedArticle a = Extracted.From("Police Chief Dana Reyes told reporters on Monday that the suspect had fled.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the suspect had fled", q.Span.Of(a.Text));
            Assert.Equal("told", a.CueOf(q));
        }

        [Fact]
        public void Reported_speech_before_the_attribution()
        {
            ExtractedArticle a = Extracted.From("Karen Hill leads the union.\n\nThe strike will go ahead on Friday, she said.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The strike will go ahead on Friday", q.Span.Of(a.Text));
            Assert.Equal("Karen Hill", a.SpeakerOf(q));
        }

        [Fact]
        public void According_to_names_the_source()
        {
            ExtractedArticle a = Extracted.From("The bridge will close for two weeks, according to the city.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The bridge will close for two weeks", q.Span.Of(a.Text));
            Assert.Equal("according to", a.CueOf(q));
            Assert.Equal("the city", a.MentionOf(q));
        }

        [Fact]
        public void Sentence_initial_participle_takes_the_main_subject()
        {
            ExtractedArticle a = Extracted.From("Stating that the talks had failed, the minister stated that new elections were needed.");
            Assert.Equal(2, a.Quotes.Count);
            Assert.Equal("the talks had failed", a.Quotes[0].Span.Of(a.Text));
            Assert.Equal("Stating", a.CueOf(a.Quotes[0]));
            Assert.Equal("the minister", a.MentionOf(a.Quotes[0]));
        }

        [Fact]
        public void Coordinated_cues_share_the_speaker_and_split_the_content()
        {
            ExtractedArticle a = Extracted.From("Leila Haddad also lamented the recent attacks on the embassy, and stressed the need for a quick response.");
            Assert.Equal(new[] { "the recent attacks on the embassy", "the need for a quick response" }, a.QuoteTexts());
            Assert.All(a.Quotes, q => Assert.Equal("Leila Haddad", a.SpeakerOf(q)));
        }

        [Fact]
        public void Trailing_participle_continues_the_speaker()
        {
            ExtractedArticle a = Extracted.From("Ravi Patel praised the volunteers for their work, adding that more help was needed.");
            ExtractedQuote q = a.Quote("more help was needed");
            Assert.Equal("adding", a.CueOf(q));
            Assert.Equal("Ravi Patel", a.SpeakerOf(q));
        }

        [Fact]
        public void Evaluations_report_speech_only_when_they_continue_an_exchange()
        {
            Assert.Empty(Extracted.From("Vladimir Putin blamed the United States and its allies for the sanctions.").Quotes);
            ExtractedArticle a = Extracted.From("Putin said the talks were useful. Putin also blamed the United States and its allies for the sanctions.");
            Assert.Equal("blamed", a.CueOf(a.Quote("the United States and its allies")));
        }

        [Fact]
        public void Ordinary_actions_are_not_speech()
        {
            ExtractedArticle a = Extracted.From("Hassan Rouhani and Mustafa al-Kadhimi discussed the need for cooperation. The two leaders met in Baghdad.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void Passive_and_negated_cues_are_not_speech()
        {
            ExtractedArticle a = Extracted.From("The mayor was told the budget was short. The council did not say when it would vote.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void Floating_quote_goes_to_the_last_speaker_without_a_mention()
        {
            ExtractedArticle a = Extracted.From("\"We will rebuild,\" said Omar Khan, the village head.\n\n\"Every house will stand again by spring.\"");
            Assert.Equal(2, a.Quotes.Count);
            ExtractedQuote floating = a.Quote("Every house");
            Assert.Equal("Omar Khan", a.SpeakerOf(floating));
            Assert.Null(floating.SpeakerMention);
            Assert.Null(floating.Cue);
        }

        [Fact]
        public void Boilerplate_lines_are_not_speech()
        {
            ExtractedArticle a = Extracted.From("Jo Smith said the vote was close.\n\nArticle Continued Below\n\nThe count went on.");
            Assert.Single(a.Quotes);
            Assert.DoesNotContain(a.Paragraphs, p => p.Of(a.Text) == "Article Continued Below");
            Assert.DoesNotContain(a.Headings, p => p.Of(a.Text) == "Article Continued Below");
        }

        [Fact]
        public void Video_labels_and_photo_captions_are_not_speech()
        {
            string text = "Jo Smith said the vote was close.\n\n" +
                          "WATCH BELOW: The minister says the park plan will go ahead.\n\n" +
                          "An official said officers developed a plan. (Chantelle Bellrichard/CBC)\n\n" +
                          "The count went on.";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(new[] { "the vote was close" }, a.QuoteTexts());
            Assert.Equal(4, a.Paragraphs.Count);
        }

        [Fact]
        public void A_caption_ending_in_an_agency_credit_is_not_speech()
        {
            string caption = "The team is seen in this undated handout photo. Coach Stephen Gillis, second from right, said the video is the nicest thing. Quyen Cheng/THE CANADIAN PRESS";
            Assert.True(PageFurniture.IsFurniture(caption, new TextRange(0, caption.Length)));
            ExtractedArticle a = Extracted.From("Jo Smith said the vote was close.\n\n" + caption + "\n\nThe count went on.");
            Assert.Equal(new[] { "the vote was close" }, a.QuoteTexts());

            // A slash in speech is no credit: "the 9/11 FIRST RESPONDERS" is not an agency after a photographer.
            string speech = "Jo Smith said she would never forget the 9/11 FIRST RESPONDERS";
            Assert.False(PageFurniture.IsFurniture(speech, new TextRange(0, speech.Length)));
        }

        [Fact]
        public void Attribution_ending_in_a_colon_introduces_the_next_paragraphs_quote()
        {
            ExtractedArticle a = Extracted.From("Mayor Lena Park spoke after the vote.\n\nShe said:\n\n“We have a long way to go, and we will get there.”");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(QuoteKind.Direct, q.Kind);
            Assert.Equal("said", a.CueOf(q));
            Assert.Equal("She", a.MentionOf(q));
            Assert.Equal("Lena Park", a.SpeakerOf(q));
        }

        [Theory]
        [InlineData("About 47 percent said they would vote for the challenger.", "About 47 percent")]
        [InlineData("One in three said the party did not care about them.", "One in three")]
        [InlineData("Until the shutdown, most of them said they had loved working there.", "most of them")]
        public void Shares_of_a_polled_group_speak(string text, string mention)
        {
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(mention, a.MentionOf(Assert.Single(a.Quotes)));
        }

        [Fact]
        public void Party_tag_and_appositive_between_name_and_cue()
        {
            ExtractedArticle a = Extracted.From("Rep. Elijah Cummings (D-Md.), chair of the drafting committee, said the platform was nearly done.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Elijah Cummings", a.SpeakerOf(q));
            Assert.Equal("the platform was nearly done", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_modal_cue_with_an_object_reports_nothing()
        {
            Assert.Empty(Extracted.From("While Facebook engineers could still write code, their tests were limited.").Quotes);
            Assert.Empty(Extracted.From("It is the only time Instagram will add value to your life.").Quotes);
            ExtractedArticle a = Extracted.From("Lena Park will tell the council that the budget was short.");
            Assert.Equal("tell", a.CueOf(Assert.Single(a.Quotes)));
            ExtractedArticle b = Extracted.From("Lena Park will say that the budget was short.");
            Assert.Equal("the budget was short", b.Quote("the budget was short").Span.Of(b.Text));
        }

        [Theory]
        [InlineData("Relevant Reading: Understanding Gender in 2019 Is Way Over My Head")]
        [InlineData("Recommended Reading: Ten Ways to Keep Warm This Winter")]
        public void A_reading_list_label_before_a_colon_is_not_a_speaker(string text)
        {
            Assert.Empty(Extracted.From(text).Quotes);
        }

        [Theory]
        [InlineData("Tatiana Stanovaya, an expert who writes extensively about the Kremlin, was in Moscow.")]
        [InlineData("The 17-second spot says much about the esprit of the vehicle.")]
        public void Speaking_about_a_topic_reports_no_words(string text)
        {
            Assert.Empty(Extracted.From(text).Quotes);
        }

        [Fact]
        public void A_cue_with_an_adverb_and_a_place_still_reports()
        {
            ExtractedArticle a = Extracted.From("\"We will win,\" Lena Park said recently on television.");
            Assert.Equal("Lena Park", a.SpeakerOf(Assert.Single(a.Quotes)));
        }

        [Theory]
        [InlineData("Officials on Monday said the road would reopen soon.", "Officials")]
        [InlineData("The mayor last week said the road would reopen soon.", "The mayor")]
        [InlineData("Lena Park yesterday said the road would reopen soon.", "Lena Park")]
        [InlineData("The company in a statement said the road would reopen soon.", "The company")]
        public void A_time_between_subject_and_cue_keeps_the_subject(string text, string mention)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(mention, a.MentionOf(q));
            Assert.Equal("the road would reopen soon", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_title_case_heading_in_single_marks_is_not_a_quote()
        {
            ExtractedArticle a = Extracted.From(
                "\"The climate is changing,\" Barack Obama said.\n\n'All Bets Are Off.'\n\nEight years ago, the debate was different.");
            Assert.Single(a.Quotes);
            ExtractedArticle b = Extracted.From(
                "\"The climate is changing,\" Barack Obama said.\n\n\u201cThat\u2019s Jeb Bush and Marco Rubio.\u201d\n\nThe debate went on.");
            Assert.Equal(2, b.Quotes.Count);
        }

        [Theory]
        [InlineData("“We will have a wipeout,” said Florida’s Rick Wilson, a Republican consultant.", "Rick Wilson")]
        [InlineData("“Thanks for welcoming these refugees,” said master of ceremonies Asab Al-Tabchi.", "Asab Al-Tabchi")]
        [InlineData("\"They are 100 percent wrong,\" said 9/11 widow Terry Strada.", "Terry Strada")]
        [InlineData("“Do you want them at a convention?” asked Sen. Maria Cantwell of Washington.", "Maria Cantwell")]
        public void Inverted_cue_after_a_quote_finds_the_name_past_its_modifiers(string text, string speaker)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(QuoteKind.Direct, q.Kind);
            Assert.Equal(speaker, a.SpeakerOf(q));
        }

        [Theory]
        [InlineData("“Meh,” wrote a Trump supporter who runs an account.")]
        [InlineData("“Vote for this group,” said the printed Cruz slate card.")]
        public void A_name_modifying_an_unnamed_speaker_is_not_the_speaker(string text)
        {
            ExtractedArticle a = Extracted.From(text);
            Assert.All(a.Quotes, q => Assert.NotEqual("Trump", a.SpeakerOf(q)));
            Assert.All(a.Quotes, q => Assert.NotEqual("Cruz", a.SpeakerOf(q)));
        }

        [Fact]
        public void A_party_tag_after_the_subject_keeps_it_the_speaker_of_a_participle()
        {
            ExtractedArticle a = Extracted.From("Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying: “The killer should be in prison.”");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Hakeem Jeffries", a.SpeakerOf(q));
            Assert.Equal("saying", a.CueOf(q));
        }

        [Theory]
        [InlineData("Donald Trump landed in hot water last week by saying that the judge could not be impartial.", "the judge could not be impartial")]
        [InlineData("Mary Blige sings to the crowd before asking her, “Where do we go from here?”", "Where do we go from here?")]
        public void A_cue_after_by_or_before_is_spoken_by_the_main_subject(string text, string content)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(content, q.Span.Of(a.Text));
            Assert.StartsWith(a.MentionOf(q)!, text);
        }

        [Fact]
        public void A_cue_after_while_stays_an_adverbial()
        {
            ExtractedArticle a = Extracted.From("The firm shipped jobs overseas while claiming tax breaks for the work it kept.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_party_tag_then_a_time_keep_the_subject()
        {
            ExtractedArticle a = Extracted.From("Sen. Dianne Feinstein (D-Calif.) last week said the senator was not the originator of the emails.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Dianne Feinstein", a.SpeakerOf(q));
        }

        [Fact]
        public void An_opening_phrase_with_commas_of_its_own_still_leads_to_the_subject()
        {
            ExtractedArticle a = Extracted.From("At a recent event in Salem, New Hampshire, Donald Trump went after Jeb Bush, calling him \u201ca total stiff.\u201d");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Donald Trump", a.SpeakerOf(q));
            Assert.Equal("calling", a.CueOf(q));
        }

        [Fact]
        public void A_short_phrase_alone_in_single_marks_is_a_section_heading()
        {
            ExtractedArticle a = Extracted.From(
                "\"The climate is changing,\" Barack Obama said.\n\n'A really tough decision.'\n\nEight years ago, the debate was different.");
            Assert.Single(a.Quotes);
            ExtractedArticle b = Extracted.From(
                "\"The climate is changing,\" Barack Obama said.\n\n\u201cIt was a really tough decision.\u201d\n\nThe debate went on.");
            Assert.Equal(2, b.Quotes.Count);
        }

        [Fact]
        public void Went_on_to_say_reports_the_subjects_words()
        {
            ExtractedArticle a = Extracted.From("Bernie Sanders went on to say that the country has spent \"hundreds of years fighting racism.\"");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Bernie Sanders", a.SpeakerOf(q));
            Assert.Equal(QuoteKind.Mixed, q.Kind);
            Assert.Empty(Extracted.From("Bernie Sanders wants to say that the country is great.").Quotes);
        }

        [Theory]
        [InlineData("Ash Carter however said he would welcome a \u201cprincipled security network\u201d for Asia.", "Ash Carter")]
        [InlineData("Ted Cruz himself said Tuesday that \u201cthe only way to win the state is to go and ask.\u201d", "Ted Cruz")]
        public void An_aside_between_subject_and_cue_keeps_the_subject(string text, string speaker)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(speaker, a.SpeakerOf(q));
        }

        [Fact]
        public void A_pronoun_with_its_verb_after_a_cue_opens_the_content_not_an_inverted_speaker()
        {
            ExtractedArticle a = Extracted.From("Proponents of the new bill, however, say it would keep enough safeguards in place.");
            Assert.All(a.Quotes, q => Assert.NotEqual("it", a.MentionOf(q)));
        }

        [Fact]
        public void A_cue_after_by_inside_reported_content_belongs_to_the_content()
        {
            ExtractedArticle a = Extracted.From("Robby Mook told CBS on Monday that the campaign expects Holt to insert himself by calling out his \u201clies\u201d throughout.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("told", a.CueOf(q));
            Assert.EndsWith("throughout", q.Span.Of(a.Text));
        }

        [Fact]
        public void Going_on_to_say_after_a_comma_shares_the_speaker()
        {
            ExtractedArticle a = Extracted.From("\"Bringing that up is insane,\" Bernie Sanders said, going on to say that the country has spent \"hundreds of years fighting racism.\"");
            Assert.Equal(2, a.Quotes.Count);
            Assert.All(a.Quotes, q => Assert.Equal("Bernie Sanders", a.SpeakerOf(q)));
        }

        [Theory]
        [InlineData("Meanwhile, Hillary Clinton attacked the plan, saying it \u201chas offended women and the disabled.\u201d", "Hillary Clinton")]
        [InlineData("Donald Trump, her Republican opponent, bemoaned the unrest and said he thought that drugs were a \"very big factor\" in the violence.", "Donald Trump")]
        [InlineData("Mitch McConnell in 2010 said the most important goal was to make Obama a \"one-term president.\"", "Mitch McConnell")]
        public void The_subject_is_found_past_an_opening_adverb_an_appositive_or_a_year(string text, string speaker)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(speaker, a.SpeakerOf(q));
        }

        [Fact]
        public void A_cue_whose_object_went_before_it_reports_nothing()
        {
            ExtractedArticle a = Extracted.From("Mayor Doug McCallum worries about a SkyTrain line, which a TransLink study in 2017 concluded would cost $2.9 billion.");
            Assert.Empty(a.Quotes);
        }

        [Theory]
        [InlineData('\u2015')]
        [InlineData('\u2013')]
        [InlineData('\u2014')]
        public void Any_dash_glyph_parts_clauses(char dash)
        {
            ExtractedArticle a = Extracted.From("When Hillary Clinton noted that he paid no tax " + dash + " Donald Trump boasted, \u201cThat makes me smart.\u201d");
            ExtractedQuote q = a.Quote("That makes me smart.");
            Assert.Equal("Donald Trump", a.SpeakerOf(q));
        }

        [Theory]
        [InlineData("Hillary Clinton, during a town hall meeting in Columbus, Ohio, said she was \"going to put coal miners out of business.\"", "Hillary Clinton")]
        [InlineData("After winning Ohio in the primary, Gov. John Kasich (R-OH), said, \u201cI\u2019m getting ready to rent a covered wagon.\u201d", "John Kasich")]
        public void A_place_or_a_party_tag_before_the_cue_is_not_the_speaker(string text, string speaker)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(speaker, a.SpeakerOf(q));
        }

        [Fact]
        public void A_longer_line_alone_in_single_marks_without_a_stop_is_a_headline()
        {
            ExtractedArticle a = Extracted.From(
                "\"The vote was close,\" Serge Joyal said.\n\n'I was not able to give it my vote in good conscience'\n\nThe senator spoke for an hour.");
            Assert.Single(a.Quotes);
        }

        [Theory]
        [InlineData("\u201cIt was awful,\u201d said one of two witnesses who relayed the same story.", "one of two witnesses")]
        [InlineData("\u201cShe wants to put fear in our hearts,\u201d one employee told Palo Alto Weekly.", "one employee")]
        [InlineData("\"Bring it on,\" the 23-year-old said.", "the 23-year-old")]
        [InlineData("\"Better watch out,\" tweeted another.", "another")]
        public void An_unnamed_source_next_to_a_quote_is_its_mention_but_names_no_speaker(string text, string mention)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(QuoteKind.Direct, q.Kind);
            Assert.Equal(mention, a.MentionOf(q));
            Assert.Equal(-1, q.Speaker);
            Assert.Empty(a.Speakers);
        }

        [Theory]
        [InlineData("Clinton: \"Our goal is to defeat and destroy ISIS.\" Bush: \"The mission is to destroy ISIS.\"", 2)]
        [InlineData("Rep. Trey Gowdy (R-S.C.):\"I have not heard anyone other than you cite that figure.\"", 1)]
        public void A_name_and_a_colon_before_a_whole_quotation_attribute_it(string text, int quotes)
        {
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(quotes, a.Quotes.Count);
            Assert.All(a.Quotes, q => Assert.Equal(QuoteKind.Direct, q.Kind));
        }

        [Theory]
        [InlineData("Bernie Sanders told MSNBC's \"Morning Joe\" that nobody would question her intelligence.", "nobody would question her intelligence", QuoteKind.Indirect)]
        [InlineData("Lena Park said on NBC's \"Meet the Press\" on Sunday that the plan had \"no chance\" of passing.", "the plan had \"no chance\" of passing", QuoteKind.Mixed)]
        public void A_shows_quoted_title_before_that_is_where_it_was_said(string text, string content, QuoteKind kind)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(content, q.Span.Of(a.Text));
            Assert.Equal(kind, q.Kind);
        }

        [Theory]
        [InlineData("Sen. Claire McCaskill scolded him: \u201cThe scientific community is against you.\u201d", "scolded")]
        [InlineData("Hillary Clinton told supporters, \"I still love New Hampshire, and I always will.\"", "told")]
        [InlineData("John Kasich tells the crowd: \u201cIt\u2019s possible to be kind and strong at the same time.\u201d", "tells")]
        [InlineData("Ben Carson told his supporters, \u201cour nation is in horrible trouble.\u201d", "told")]
        public void The_listener_before_a_quotation_is_not_part_of_what_was_said(string text, string cue)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(QuoteKind.Direct, q.Kind);
            Assert.Equal(cue, a.CueOf(q));
            Assert.Equal(a.Text.IndexOfAny(new[] { '"', '\u201c' }) + 1, q.Span.Start);
        }

        [Theory]
        [InlineData("Democrats had \u201cput the biggest crack\u201d yet in the glass ceiling, she said in a video message to the convention.", "Democrats had \u201cput the biggest crack\u201d yet in the glass ceiling")]
        [InlineData("The race has taken a more negative turn in recent weeks, Madeleine Kunin said in an interview with USA Today.", "The race has taken a more negative turn in recent weeks")]
        [InlineData("On Saturday, Bernie Sanders called on the governor to resign over the crisis in Flint.", "the governor to resign over the crisis in Flint")]
        public void Where_it_was_said_after_the_cue_leaves_what_was_said_before_it(string text, string content)
        {
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(content, Assert.Single(a.Quotes).Span.Of(a.Text));
        }

        [Theory]
        [InlineData("The lawmaker, who represents a district in Albay province, said the remarks had spread widely.", "The lawmaker")]
        [InlineData("A White House official, who requested anonymity to discuss a private conversation, said the president had spoken with Emanuel.", "A White House official")]
        public void A_sentence_opening_subject_speaks_past_its_relative_clause(string text, string mention)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(mention, a.MentionOf(q));
            Assert.StartsWith("the ", q.Span.Of(a.Text), System.StringComparison.Ordinal);
        }

        [Fact]
        public void Telling_a_listener_about_a_topic_reports_no_words()
        {
            Assert.Empty(Extracted.From("Later, Colton told an audience about the first time he admitted that he was a virgin.").Quotes);

            // What is told is no listener: "tells one joke about Trump" reports the joke.
            ExtractedArticle a = Extracted.From("Gary Johnson tells one joke about Trump at every stop.");
            Assert.Equal("tells", a.CueOf(Assert.Single(a.Quotes)));
        }

        [Theory]
        [InlineData("Some advisers are said to be urging the governor to play by the rules.", "Some advisers are said to be urging the governor to play by the rules")]
        [InlineData("Mannix reported to Mayer; monitoring Western Union traffic (he was said to have been handed every telegram); and burying misdeeds.", "he was said to have been handed every telegram")]
        public void Said_to_reports_the_clause_with_no_speaker(string text, string content)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = a.Quote("said to");
            Assert.Equal(content, q.Span.Of(a.Text));
            Assert.Equal(QuoteKind.Indirect, q.Kind);
            Assert.Null(q.SpeakerMention);
            Assert.Equal(-1, q.Speaker);

            // The passive without "to" still reports nothing: "was said by" names its speaker elsewhere.
            Assert.Empty(Extracted.From("The plan was said in a closed meeting.").Quotes);
        }

        [Theory]
        [InlineData("They played the Trojan horse (or, as The Daily Beast called them last week, \"Manchurian anchors\"). RT thrived.", "them last week, \"Manchurian anchors\"")]
        [InlineData("Democrats have long attacked Trump (top Obama aide David Plouffe called Trump \u201ca psychopath\u201d over the weekend), and the attacks go on.", "Trump \u201ca psychopath\u201d over the weekend")]
        public void A_cue_inside_brackets_reports_only_what_stands_inside_them(string text, string content)
        {
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(content, Assert.Single(a.Quotes, q => a.CueOf(q) == "called").Span.Of(a.Text));
        }

        [Theory]
        [InlineData("Paul Ryan, despite admitting that he had concerns about the bill, voted for it.", "admitting", "he had concerns about the bill")]
        [InlineData("John Bolton doubted the record, while saying that the speech reassured him.", "saying", "the speech reassured him")]
        [InlineData("Paul Ryan voted for the bill while insisting that he had concerns about it.", "insisting", "he had concerns about it")]
        public void A_participle_after_despite_or_while_is_the_subjects_speech(string text, string cue, string content)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(cue, a.CueOf(q));
            Assert.Equal(content, q.Span.Of(a.Text));
            Assert.NotNull(a.SpeakerOf(q));

            // With no "that" it is an act: "while claiming tax breaks".
            Assert.Empty(Extracted.From("Paul Ryan voted for the bill while claiming tax breaks for himself.").Quotes);
        }

        [Fact]
        public void A_quoted_fragment_inside_a_clause_is_no_quotation_for_the_cue_after_it()
        {
            // The fragment ends a clause ("... about “trial lawyers,”"), so the words after "said"
            // are what was said, not who said it.
            ExtractedArticle a = Extracted.From("Paul Ryan, R-Wis., despite his concerns about \u201ctrial lawyers trying to get rich,\u201d said the victims need their day in court.");
            Assert.DoesNotContain(a.Quotes, q => a.MentionOf(q) == "the victims need their day");

            // A quotation that opens the sentence is still followed by its speaker.
            ExtractedArticle b = Extracted.From("\u201cI will not go,\u201d said one of the workers.");
            Assert.Equal("one of the workers", b.MentionOf(Assert.Single(b.Quotes)));
        }

        [Theory]
        [InlineData("People familiar with the talks said the deal was close.", "People familiar with the talks")]
        [InlineData("Officials close to the investigation said the deal was close.", "Officials close to the investigation")]
        [InlineData("But a source familiar with the FDIC\u2019s internal investigation said the deal was close.", "a source familiar with the FDIC\u2019s internal investigation")]
        public void Someone_familiar_with_or_close_to_something_is_named_by_the_whole_phrase(string text, string mention)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(mention, a.MentionOf(q));
            Assert.Equal("the deal was close", q.Span.Of(a.Text));
        }

        [Theory]
        [InlineData("The deal was close, according to a person familiar with the matter.", "a person")]
        [InlineData("\u201cThe drop is directly attributable to the emails,\u201d said a person close to the campaign.", "a person")]
        [InlineData("That person said the hostility hampered his ability to gain momentum.", "That person")]
        public void A_person_is_a_source(string text, string mention)
        {
            ExtractedArticle a = Extracted.From(text);
            Assert.StartsWith(mention, a.MentionOf(Assert.Single(a.Quotes)), System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("Mitch McConnell said Tuesday the bill was flawed.", "the bill was flawed")]
        [InlineData("Lena Park said Monday night she would resign.", "she would resign")]
        [InlineData("Lena Park said Monday that she would resign.", "she would resign")]
        public void A_day_right_after_the_cue_says_when_not_what(string text, string content)
        {
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(content, Assert.Single(a.Quotes).Span.Of(a.Text));
        }

        [Fact]
        public void A_quoted_transcripts_turns_are_each_their_labels_speakers()
        {
            // An interview quoted paragraph by paragraph: each mark opens a turn, not one quotation
            // that would give the interviewer's questions to the politician.
            string text = "Mike Pence spoke to Chris Wallace on Sunday. A partial transcript follows.\n\n" +
                          "\"WALLACE: Do you really see those two as equivalent?\n\n" +
                          "\"PENCE: Well, look, Mark Cuban has been out there saying some pretty tough stuff.\n\n" +
                          "\"WALLACE: Governor, I don't want to interrupt, but I want to try to get on.\"\n\n" +
                          "\"Follow Pam Key on Twitter @pamkeyNEN.\"";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(
                new[] { "Do you really see those two as equivalent", "Well, look, Mark Cuban has been out there saying some pretty tough stuff", "Governor, I don't want to interrupt, but I want to try to get on" },
                a.QuoteTexts());
            Assert.All(a.Quotes, q => Assert.Equal(":", a.CueOf(q)));
            Assert.Equal(new[] { "WALLACE", "PENCE", "WALLACE" }, a.Quotes.Select(q => a.MentionOf(q)).ToArray());
            Assert.Equal("Mike Pence", a.SpeakerOf(a.Quotes[1]));
        }

        [Fact]
        public void A_quoted_transcripts_turn_goes_on_in_the_paragraphs_after_it()
        {
            string text = "Mike Pence spoke to Chris Wallace on Sunday.\n\n" +
                          "\"PENCE: Well, look, Mark Cuban has been saying tough stuff about my running mate.\n\n" +
                          "\"But the truth is that Donald Trump has a unique way of communicating.\n\n" +
                          "\"WALLACE: Governor, I want to try to get on.\"";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(2, a.Quotes.Count);
            ExtractedQuote pence = a.Quotes[0];
            Assert.Equal(QuoteKind.Indirect, pence.Kind);
            Assert.Equal("PENCE", a.MentionOf(pence));
            Assert.StartsWith("Well, look,", pence.Span.Of(a.Text), System.StringComparison.Ordinal);
            Assert.EndsWith("a unique way of communicating.", pence.Span.Of(a.Text), System.StringComparison.Ordinal);
            Assert.Equal("WALLACE", a.MentionOf(a.Quotes[1]));
        }

        [Fact]
        public void A_transcript_turn_runs_to_its_paragraphs_end()
        {
            string text = "The governor spoke to CNN on Sunday.\n\n" +
                          "JAKE TAPPER: Donald Trump released a video on Friday. Is that enough, Governor?\n\n" +
                          "MARY FALLIN: Well, I think the whole nation needs to work together. He is trying to campaign as a healer.";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(
                new[] { "Donald Trump released a video on Friday. Is that enough, Governor", "Well, I think the whole nation needs to work together. He is trying to campaign as a healer" },
                a.QuoteTexts());
            Assert.All(a.Quotes, q => Assert.Equal(QuoteKind.Indirect, q.Kind));

            // A headline's speaker in ordinary case says one sentence.
            ExtractedArticle headline = Extracted.From("The debate went on.\n\nPence: Trump was mocking the Clinton camp. The debate is on Monday.");
            Assert.Equal(new[] { "Trump was mocking the Clinton camp" }, headline.QuoteTexts());
        }

        [Fact]
        public void A_writers_sign_off_is_page_furniture()
        {
            string line = "\"Follow Pam Key on Twitter @pamkeyNEN.\"";
            Assert.True(PageFurniture.IsFurniture(line, new TextRange(0, line.Length)));
            Assert.DoesNotContain(Extracted.From("Jo Smith said the vote was close.\n\n" + line).Quotes, q => q.Span.Start > 40);
            string follow = "Follow the money, the report says.";
            Assert.False(PageFurniture.IsFurniture(follow, new TextRange(0, follow.Length)));
        }

        [Fact]
        public void Continues_before_a_quotation_reports_it()
        {
            ExtractedArticle a = Extracted.From("Lance Wallnau continues: \u201cGod has given this man an anointing.\u201d");
            Assert.Equal("continues", a.CueOf(Assert.Single(a.Quotes)));
            ExtractedArticle growth = Extracted.From("The deficit continues to grow every year, the report shows.");
            Assert.DoesNotContain(growth.Quotes, q => growth.CueOf(q) == "continues");
        }

        [Fact]
        public void A_day_between_subject_and_cue_keeps_the_subject()
        {
            ExtractedArticle a = Extracted.From("Reince Priebus later Thursday told Fox News: \u201cBoth men are meeting up next week.\u201d");
            Assert.Equal("Reince Priebus", a.SpeakerOf(Assert.Single(a.Quotes)));
        }

        [Fact]
        public void A_participle_after_by_shares_the_main_clauses_cue_and_speaker()
        {
            ExtractedArticle a = Extracted.From("Barack Obama responded to a mother by saying his refusal to use the words was a \u201cmanufactured\u201d issue.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Barack Obama", a.SpeakerOf(q));
            Assert.Equal("saying", a.CueOf(q));
        }

        [Fact]
        public void A_participle_after_before_does_not_take_the_quote_fronting_the_main_clause()
        {
            ExtractedArticle a = Extracted.From("\u201cWe are here,\u201d Mary Blige sings to Clinton before asking her, \u201cWhere do we go from here?\u201d");
            ExtractedQuote q = a.Quote("Where do we go");
            Assert.Equal("Where do we go from here?", q.Span.Of(a.Text));
            Assert.Equal("Mary Blige", a.SpeakerOf(q));
        }

        [Theory]
        [InlineData("Police say they have \"adequate resources\" to secure the city.", "Police")]
        [InlineData("In a debate about the nominees, a friend commented: \"Immigration is the most important reason.\"", "a friend")]
        public void Source_nouns_opening_a_sentence_and_commented_attribute(string text, string mention)
        {
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(mention, a.MentionOf(Assert.Single(a.Quotes)));
        }

        [Theory]
        [InlineData("Several said they would rather have block grants.", "Several")]
        [InlineData("Yet another said, \u201cRubio is in a five-person battle\u201d for second place.", "another")]
        [InlineData("Another source familiar with his thinking said, \u201cI think he will certainly try.\u201d", "Another source familiar with his thinking")]
        public void An_unnamed_subject_of_a_plain_saying_verb_is_the_mention(string text, string mention)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(mention, a.MentionOf(q));
            Assert.Equal(-1, q.Speaker);
        }

        [Fact]
        public void An_unnamed_subject_of_added_with_an_object_is_not_a_source()
        {
            Assert.Empty(Extracted.From("The deal added $5 billion to the budget.").Quotes);
        }

        [Theory]
        [InlineData("Many discussion groups have said it set a dangerous precedent.", "Many discussion groups")]
        [InlineData("\"It was easy,\" the 34-year-old later told reporters.", "the 34-year-old")]
        public void An_unnamed_source_stops_before_the_modifiers_of_its_verb(string text, string mention)
        {
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(mention, a.MentionOf(Assert.Single(a.Quotes)));
        }

        [Fact]
        public void A_subject_holding_a_name_is_not_taken_as_unnamed()
        {
            ExtractedArticle a = Extracted.From("A release sent to media from UFCW Local 832 late Friday said a majority of the workers voted yes.");
            Assert.DoesNotContain(a.Quotes, q => a.MentionOf(q)?.StartsWith("A release", System.StringComparison.Ordinal) == true);
        }

        [Fact]
        public void Echoed_reports_words_after_a_quotation_but_not_a_view_it_repeats()
        {
            ExtractedArticle a = Extracted.From("\u201cConfidence is attractive,\u201d echoes Robert McMillen.");
            Assert.Equal("Robert McMillen", a.SpeakerOf(Assert.Single(a.Quotes)));
            Assert.Empty(Extracted.From("Several members of Congress echoed her concerns about the \"lawful source\" rule.").Quotes);
        }

        [Fact]
        public void A_belief_is_not_reported_speech()
        {
            Assert.Empty(Extracted.From("Senator Mark Warner believes that the committee will finish its work by June.").Quotes);
        }

        [Fact]
        public void States_is_a_cue_only_before_that_or_a_quotation()
        {
            Assert.Empty(Extracted.From("Primaries in five states Tuesday could settle the Republican race for good.").Quotes);
            ExtractedArticle a = Extracted.From("The party report states that marriage is between a man and a woman.");
            Assert.Equal("states", a.CueOf(Assert.Single(a.Quotes)));
        }

        [Theory]
        [InlineData("Donald J. Trump, who in 2012 added to his portfolio of 14 courses by purchasing two more, is bullish.")]
        [InlineData("All told, up to 5 million undocumented people could be eligible for the programs.")]
        [InlineData("His office is preparing an additional report that could touch on the conduct.")]
        public void Adding_to_all_told_and_a_clause_before_a_noun_report_nothing(string text)
        {
            Assert.Empty(Extracted.From(text).Quotes);
        }

        [Fact]
        public void A_participle_after_a_name_with_a_quotation_after_it_is_the_names_speech()
        {
            ExtractedArticle a = Extracted.From("The ad uses footage of Hillary Clinton asking, \u201cWhy aren\u2019t I 50 points ahead?\u201d");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Hillary Clinton", a.SpeakerOf(q));
            Assert.Equal(QuoteKind.Direct, q.Kind);
            Assert.Empty(Extracted.From("Donald Trump met Hillary Clinton saying nothing at all about the plan.").Quotes);
        }

        [Theory]
        [InlineData("According to Mark Smith, the plan would fail.", "the plan would fail", "Mark Smith")]
        [InlineData("According to the lawyer for the animal protection service, authorities seized the animals last month.", "authorities seized the animals last month", "the lawyer")]
        public void According_to_opening_a_sentence_reports_what_follows_its_comma(string text, string content, string mention)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(content, q.Span.Of(a.Text));
            Assert.Equal(mention, a.MentionOf(q));
        }
    

        [Fact]
        public void Participle_after_the_cue_is_how_it_was_said_not_what()
        {
            ExtractedArticle a = Extracted.From("Trump spoke on Monday.\n\n\u201cWho would have believed it?\u201d Trump said, looking out on the cheering crowd.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(QuoteKind.Direct, q.Kind);
            Assert.Equal("Who would have believed it?", q.Span.Of(a.Text));
            Assert.Equal("Trump", a.MentionOf(q));
            Assert.Equal("said", a.CueOf(q));
        }

        [Fact]
        public void Participle_before_a_that_clause_is_skipped_to_the_clause()
        {
            ExtractedArticle a = Extracted.From("Smith said, citing the audit, that the plan had failed.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the plan had failed", q.Span.Of(a.Text));
        }

        [Fact]
        public void Participle_inside_a_parenthetical_report_stays_its_subject()
        {
            ExtractedArticle a = Extracted.From("Though the move went well, he said, replacing him would be much harder.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Contains("replacing him would be much harder", q.Span.Of(a.Text));
        }
    

        [Fact]
        public void Suggesting_a_thing_proposes_it_and_reports_nothing()
        {
            ExtractedArticle a = Extracted.From("In its 2015 ruling, the Supreme Court suggested a more permissive approach.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void Suggesting_a_clause_reports_it()
        {
            ExtractedArticle a = Extracted.From("The senator suggested the plan would fail.");
            Assert.Equal("the plan would fail", Assert.Single(a.Quotes).Span.Of(a.Text));
        }

        [Fact]
        public void Suggesting_a_thing_that_leads_to_a_quotation_reports_it()
        {
            ExtractedArticle a = Extracted.From("Sanders spoke on Monday, suggesting a few questions, including, \"Do you really think that billionaires need a tax break?\"");
            Assert.Contains(a.Quotes, q => q.Span.Of(a.Text).Contains("billionaires need a tax break", System.StringComparison.Ordinal));
        }
    

        [Fact]
        public void Relative_clause_after_a_hometown_belongs_to_the_person_before_it()
        {
            ExtractedArticle a = Extracted.From("Jane Roe, 45, of Dayton, Ohio, who was among those polled, said the race was over.");
            Assert.Equal("Jane Roe", a.SpeakerOf(Assert.Single(a.Quotes)));
        }

        [Fact]
        public void Opening_time_or_topic_phrase_is_no_hometown()
        {
            ExtractedArticle a = Extracted.From("In October, Mr. Paulson, who made billions on the bet, told investors that the fears were overblown.");
            Assert.Equal("Paulson", a.SpeakerOf(Assert.Single(a.Quotes)));
        }
    

        [Fact]
        public void A_span_of_time_opening_the_sentence_is_not_its_subject()
        {
            string text = "Adelson spoke to Reuters.\n\nHours later, Trump returned the compliment, telling Reuters, \"Sheldon and I have been friends for a long time.\"\n\n" +
                          "Eight years ago, he supported Obama and said, \"Clinton has never done anything for us.\"";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal("Trump", a.MentionOf(a.Quote("friends for a long time")));
            Assert.Equal("he", a.MentionOf(a.Quote("never done anything")));
        }
    

        [Fact]
        public void An_issued_statement_introduces_the_quotation_after_it()
        {
            string text = "Sanders spoke in July.\n\nOn July 6, 2015, Sanders made the following comment:\n\n" +
                          "\"For young people who have graduated high school, the unemployment rate is 33 percent.\"\n\n" +
                          "Trump issued the following statement: \"We will win.\"";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal("Sanders", a.SpeakerOf(a.Quote("unemployment rate")));
            ExtractedQuote win = a.Quote("We will win.");
            Assert.Equal("Trump", a.SpeakerOf(win));
            Assert.Equal("issued", a.CueOf(win));
        }

        [Fact]
        public void A_statement_noun_without_an_issuing_subject_introduces_nothing()
        {
            ExtractedArticle a = Extracted.From("Here is the full statement:\n\n\"We will win.\"");
            Assert.Null(a.SpeakerOf(Assert.Single(a.Quotes)));
        }
    }
}
