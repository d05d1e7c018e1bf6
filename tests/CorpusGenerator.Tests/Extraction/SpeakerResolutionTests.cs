using System.Linq;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>Later mentions resolved to one canonical speaker.</summary>
    public class SpeakerResolutionTests
    {
        [Fact]
        public void Title_before_the_name_is_the_role()
        {
            ExtractedArticle a = Extracted.From("Iranian President Hassan Rouhani said the talks went well.");
            ExtractedSpeaker s = Assert.Single(a.Speakers);
            Assert.Equal("Hassan Rouhani", s.Name);
            Assert.Equal("Iranian President", s.Role);
        }

        [Fact]
        public void A_subject_with_a_lower_case_modifier_in_its_title_is_the_one_he_refers_to()
        {
            // "presidential" between the title words: the subject is the name, and "he" is him.
            string text = "Mook refused to speculate on the election.\n\n" +
                          "Republican presidential nominee Donald Trump has blasted the media.\n\n" +
                          "While he was speaking with the press in Miami, he said, \u201cIt has been 235 days since she had a press conference.\u201d";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal("Donald Trump", a.SpeakerOf(Assert.Single(a.Quotes)));

            ExtractedArticle b = Extracted.From("Democratic presidential nominee Hillary Clinton chimed in on Twitter, saying that officials should release the videos.");
            ExtractedQuote q = Assert.Single(b.Quotes);
            Assert.Equal("saying", b.CueOf(q));
            Assert.Equal("Hillary Clinton", b.SpeakerOf(q));
        }

        [Theory]
        [InlineData("Howard Dean then appeared on MSNBC and began by saying that he would never diagnose anyone.", "Howard Dean")]
        [InlineData("Trump then appears in a clip from a stump speech, saying, \u201cWe will build a wall.\u201d", "Trump")]
        public void Then_after_a_name_is_not_part_of_it(string text, string speaker)
        {
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(speaker, a.SpeakerOf(Assert.Single(a.Quotes)));
        }

        [Fact]
        public void Surname_title_and_pronoun_resolve_to_the_full_name()
        {
            string text = "Iraqi Prime Minister Mustafa al-Kadhimi visited Tehran on Monday.\n\n" +
                          "Al-Kadhimi said the border would reopen soon.\n\n" +
                          "The Iraqi prime minister also said trade would double.\n\n" +
                          "He added that talks would continue next month.";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(3, a.Quotes.Count);
            Assert.All(a.Quotes, q => Assert.Equal("Mustafa al-Kadhimi", a.SpeakerOf(q)));
            ExtractedSpeaker s = Assert.Single(a.Speakers);
            Assert.Equal("Iraqi Prime Minister", s.Role);
            string[] mentions = s.Mentions.Select(m => m.Of(text)).ToArray();
            Assert.Contains("Al-Kadhimi", mentions);
            Assert.Contains("The Iraqi prime minister", mentions);
            Assert.Contains("He", mentions);
        }

        [Fact]
        public void Surname_before_the_full_name_still_resolves()
        {
            ExtractedArticle a = Extracted.From("Telford said the numbers were off.\n\nPolitical scientist Hamish Telford teaches at the university.");
            Assert.Equal("Hamish Telford", a.SpeakerOf(Assert.Single(a.Quotes)));
        }

        [Fact]
        public void Name_particles_are_part_of_the_name()
        {
            ExtractedArticle a = Extracted.From("Senator Ana de la Cruz said the bill would pass.\n\nDe la Cruz has backed it for years.");
            ExtractedSpeaker s = Assert.Single(a.Speakers);
            Assert.Equal("Ana de la Cruz", s.Name);
            Assert.Equal("Senator", s.Role);
        }

        [Fact]
        public void Two_people_with_one_surname_stay_apart()
        {
            ExtractedArticle a = Extracted.From("John Smith said the plant would close.\n\nAnn Smith said the plant would stay open.");
            Assert.Equal(new[] { "John Smith", "Ann Smith" }, a.Quotes.Select(q => a.SpeakerOf(q)).ToArray());
        }

        [Fact]
        public void Organisations_speak_too()
        {
            ExtractedArticle a = Extracted.From("The RCMP said officers had secured the camp.");
            Assert.Equal("The RCMP", a.SpeakerOf(Assert.Single(a.Quotes)));
        }

        [Fact]
        public void Two_names_joined_by_and_speak_as_a_group()
        {
            ExtractedArticle a = Extracted.From("Tore Sohlberg and Lehla Abreder said the staff deserved better.");
            Assert.Equal("Tore Sohlberg and Lehla Abreder", a.SpeakerOf(Assert.Single(a.Quotes)));
        }

        [Fact]
        public void Sentence_initial_words_are_not_part_of_names()
        {
            ExtractedArticle a = Extracted.From("Perhaps Tracy said it best. Meanwhile Demi Burnett said she was staying.");
            Assert.DoesNotContain(a.Speakers, s => s.Name.StartsWith("Perhaps", System.StringComparison.Ordinal) || s.Name.StartsWith("Meanwhile", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Every_quote_points_at_a_listed_speaker()
        {
            ExtractedArticle a = Extracted.From(System.IO.File.ReadAllText(TestData.SeedText));
            Assert.All(a.Quotes, q => Assert.InRange(q.Speaker, 0, a.Speakers.Count - 1));
            Assert.All(a.Speakers, s => Assert.Contains(a.Quotes, q => a.Speakers[q.Speaker] == s));
        }

        [Fact]
        public void A_surname_names_the_full_name_written_before_it_not_a_later_variant()
        {
            ExtractedArticle a = Extracted.From(
                "Lametti took over Justice from Jody Wilson-Raybould last week.\n\n" +
                "\"We are not considering changes,\" Wilson-Raybould said in November.\n\n" +
                "Former Justice Minister Jodie Wilson-Raybould attends a ceremony in Ottawa.");
            Assert.Equal("Jody Wilson-Raybould", a.SpeakerOf(Assert.Single(a.Quotes)));
        }

        [Fact]
        public void An_acronym_takes_the_name_the_article_spells_out()
        {
            ExtractedArticle a = Extracted.From(
                "The couple received a letter from Immigration, Refugees and Citizenship Canada this week.\n\n" +
                "The IRCC stressed Friday that a final decision has not yet been made.");
            Assert.Equal("Immigration, Refugees and Citizenship Canada", a.SpeakerOf(Assert.Single(a.Quotes)));
            ExtractedArticle b = Extracted.From("The NRA said the bill went too far.");
            Assert.Equal("The NRA", b.SpeakerOf(Assert.Single(b.Quotes)));
            ExtractedArticle c = Extracted.From("A poll by The Associated Press’s team was out.\n\nThe AP said turnout was low.");
            Assert.Equal("Associated Press", c.SpeakerOf(Assert.Single(c.Quotes)));
        }

        [Fact]
        public void Another_player_is_someone_new_not_the_last_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Jordan Stewart, a player on the team, says the coach is great.\n\n" +
                "Another player says he knows this is a lot to ask.");
            Assert.Equal("Jordan Stewart", a.SpeakerOf(a.Quote("the coach is great")));
            Assert.Equal("Another player", a.SpeakerOf(a.Quote("he knows this is a lot to ask")));
        }

        [Fact]
        public void A_plural_description_is_the_people_it_describes_not_the_last_organisation()
        {
            ExtractedArticle a = Extracted.From(
                "The project was approved by LNG Canada last year.\n\n" +
                "But the hereditary leaders say those agreements do not apply to their territories.");
            Assert.Equal("the hereditary leaders", a.SpeakerOf(Assert.Single(a.Quotes)));
        }

        [Fact]
        public void A_name_after_an_opening_phrase_is_the_subject_a_pronoun_follows()
        {
            ExtractedArticle a = Extracted.From(
                "Audrey Parker, whose cancer had spread, opted to end her life.\n\n" +
                "Given his views, Shanaaz Gokool is hopeful the minister will listen to Parker's plea.\n\n" +
                "\"Our hope is for the country,\" she said in an interview.");
            Assert.Equal("Shanaaz Gokool", a.SpeakerOf(Assert.Single(a.Quotes)));
        }

        [Fact]
        public void The_company_is_not_a_person_whose_role_names_a_company()
        {
            ExtractedArticle a = Extracted.From(
                "Marty Puranik, president of cloud-hosting company Atlantic Net, said the outage was serious.\n\n" +
                "In a statement, the company said the problem would be fixed soon.");
            ExtractedQuote q = a.Quote("the problem would be fixed soon");
            Assert.NotEqual("Marty Puranik", a.SpeakerOf(q));
        }

        [Fact]
        public void The_department_is_the_organisation_last_quoted_by_name()
        {
            ExtractedArticle a = Extracted.From(
                "\"It feels like a nightmare,\" Kim told CTV News Friday.\n\n" +
                "In a statement, IRCC did not reveal any details, but said \"the Government has obligations.\"\n\n" +
                "The department added that \"in some cases, extra steps may be needed.\"");
            Assert.Equal("IRCC", a.SpeakerOf(a.Quote("in some cases, extra steps may be needed.")));
        }

        [Fact]
        public void A_described_subject_is_the_one_a_following_pronoun_refers_to()
        {
            ExtractedArticle a = Extracted.From(
                "Surrey Mayor Doug McCallum spoke first. Hamish Telford, a professor, said it was costly.\n\n" +
                "On Monday, the mayor brought up the plan again while speaking to the media.\n\n" +
                "\"We can reduce costs,\" he said.");
            Assert.Equal("Doug McCallum", a.SpeakerOf(a.Quote("We can reduce costs,")));
        }
    

        [Fact]
        public void A_name_before_a_writing_is_its_author()
        {
            ExtractedArticle a = Extracted.From("Ellison owns the island.\n\nAccording to the Sensei website, the farms will be solar powered by Tesla.");
            Assert.Equal("Sensei", a.SpeakerOf(Assert.Single(a.Quotes)));
        }

        [Fact]
        public void An_author_named_by_its_writing_is_the_agency_spoken_of_next()
        {
            string text = "Mayors were concerned about the cost, which a TransLink study concluded would be high.\n\n" +
                          "The mayor claimed a study had been done to confirm this by TransLink. The agency told CTV News it has not done any such study.";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal("TransLink", a.SpeakerOf(a.Quote("not done any such study")));
        }

        [Fact]
        public void A_writing_author_is_no_one_he_or_she_refers_to()
        {
            string text = "Hillary Clinton thanked voters on Monday.\n\nMrs. Clinton is the most admired woman, according to a yearly Gallup poll.\n\nShe said she was honoured.";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal("Hillary Clinton", a.SpeakerOf(a.Quote("she was honoured")));
        }

        [Fact]
        public void Sentence_opening_capital_and_a_paper_are_no_author()
        {
            ExtractedArticle a = Extracted.From("Exit polls told a tale of two parties with a wide gap between them.");
            Assert.NotEqual("Exit", a.SpeakerOf(Assert.Single(a.Quotes)));
        }
    

        [Fact]
        public void A_union_local_keeps_its_number_and_is_the_union()
        {
            string text = "A release from UFCW Local 832 said workers at the Sherbrook Street location voted to join.\n\n" +
                          "The UFCW will represent all servers at both locations, according to the union.";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal("UFCW Local 832", a.SpeakerOf(a.Quote("will represent all servers")));
        }

        [Fact]
        public void A_union_local_speaks_under_its_full_name()
        {
            ExtractedArticle a = Extracted.From("Teamsters Local 294 said the strike would go ahead.");
            Assert.Equal("Teamsters Local 294", a.SpeakerOf(Assert.Single(a.Quotes)));
        }
    

        [Fact]
        public void City_staff_are_the_staff_the_article_names_after_the_city()
        {
            string text = "The City of Surrey plans a new arena.\n\n" +
                          "But city staff confirmed there are no plans to replace the old rink.\n\n" +
                          "Surrey staff explained that the numbers were low.";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal("Surrey staff", a.SpeakerOf(a.Quote("no plans to replace")));
            Assert.Equal("Surrey staff", a.SpeakerOf(a.Quote("the numbers were low")));
        }

        [Fact]
        public void City_staff_stay_as_written_when_the_article_names_them_no_other_way()
        {
            string text = "The City of Surrey plans a new arena.\n\nBut city staff confirmed there are no plans to replace the old rink.";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal("city staff", a.SpeakerOf(Assert.Single(a.Quotes)));
        }

        [Fact]
        public void A_dated_or_hyphenated_adjective_writing_names_no_author()
        {
            ExtractedArticle a = Extracted.From("Unemployment rose again. But ILO-based figures suggest that the rise has slowed.\n\nAnd the June report said that hiring was flat.");
            Assert.Equal(2, a.Quotes.Count);
            Assert.All(a.Quotes, q => Assert.Null(a.SpeakerOf(q)));
        }
    
        [Fact]
        public void A_company_and_its_spelled_out_acronym_are_one_speaker()
        {
            string text = "Games maker Electronic Arts (EA) has bought a studio. \"We are delighted,\" Electronic Arts said.\n\n\"It is a good fit,\" EA said.";
            ExtractedArticle article = Extracted.From(text);
            ExtractedSpeaker speaker = Assert.Single(article.Speakers);
            Assert.Equal("Electronic Arts", speaker.Name);
            Assert.Contains(speaker.Mentions, m => m.Of(text) == "EA");
            Assert.All(article.Quotes, q => Assert.Equal(0, q.Speaker));
        }

        [Fact]
        public void A_group_named_alike_at_a_sentence_start_and_later_is_one_speaker()
        {
            string text = "Analysts said the chain was in trouble.\n\nShares fell, and analysts said the sale was likely.";
            ExtractedArticle article = Extracted.From(text);
            ExtractedSpeaker speaker = Assert.Single(article.Speakers);
            Assert.Equal(2, speaker.Mentions.Count);
            Assert.All(article.Quotes, q => Assert.Equal(0, q.Speaker));
        }
    }
}
