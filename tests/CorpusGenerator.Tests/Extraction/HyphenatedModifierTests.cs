using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Man-of-the-match Duff", "Paris-based Euronext": a hyphenated modifier is no word of the single name after it.</summary>
    public class HyphenatedModifierTests
    {
        [Fact]
        public void A_hyphenated_modifier_before_a_kind_of_body_leaves_the_body_as_author()
        {
            ExtractedArticle a = Extracted.From(
                "\"Fast networks will be vital for mobile services,\" according to a report published by UK-based research consultancy Analysys.");
            Assert.Equal("Analysys", a.SpeakerOf(a.Quote("Fast networks will be vital")));
        }

        [Fact]
        public void A_hyphenated_modifier_after_according_to_is_no_speaker()
        {
            ExtractedArticle a = Extracted.From("Fast networks will be vital, according to UK-based research consultancy Analysys.");
            Assert.Equal("Analysys", a.SpeakerOf(a.Quote("Fast networks will be vital")));
        }

        [Fact]
        public void A_hyphenated_modifier_before_a_source_noun_is_part_of_the_group()
        {
            ExtractedArticle a = Extracted.From("Fast networks will be vital, said London-based analysts.");
            Assert.Equal("London-based analysts", a.SpeakerOf(a.Quote("Fast networks will be vital")));
        }

        [Fact]
        public void A_hyphenated_modifier_is_dropped_before_a_surname()
        {
            ExtractedArticle a = Extracted.From("Ireland won 2-0 in Dublin. Man-of-the-match Duff said the win was deserved.");
            Assert.Equal("Duff", a.SpeakerOf(a.Quote("the win was deserved")));
        }

        [Fact]
        public void The_surname_after_the_modifier_finds_its_full_name()
        {
            ExtractedArticle a = Extracted.From("Clive Owen stars in the new film. Oscar-nominated Owen told reporters he was delighted with the part.");
            Assert.Equal("Clive Owen", a.SpeakerOf(a.Quote("he was delighted with the part")));
        }

        [Fact]
        public void A_hyphenated_modifier_is_dropped_before_a_firm()
        {
            ExtractedArticle a = Extracted.From("Paris-based Euronext said it was still considering a bid.");
            Assert.Equal("Euronext", a.SpeakerOf(a.Quote("it was still considering a bid")));
        }
    }
}
