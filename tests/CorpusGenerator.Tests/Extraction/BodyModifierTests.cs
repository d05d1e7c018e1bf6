using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"the Commons home affairs committee said", "The prime minister's office said": the body is named by its modifiers, not by "committee" or "office" alone (BodyModifiers).</summary>
    public class BodyModifierTests
    {
        [Fact]
        public void A_committee_keeps_the_nouns_that_name_it()
        {
            ExtractedArticle a = Extracted.From(
                "Sentencing guidelines were issued in the summer.\n\n" +
                "The Commons home affairs committee said the guidelines were too lenient on repeat offenders.");
            Assert.Equal("The Commons home affairs committee", a.SpeakerOf(a.Quote("the guidelines were too lenient")));
        }

        [Fact]
        public void An_office_keeps_the_words_before_its_possessive()
        {
            ExtractedArticle a = Extracted.From(
                "Thousands of civil servants have been suspended in a payroll inquiry.\n\n" +
                "The prime minister's office said the alleged fraud was uncovered during an investigation into the payroll.");
            Assert.Equal("The prime minister's office", a.SpeakerOf(a.Quote("the alleged fraud was uncovered")));
        }

        [Fact]
        public void An_epithet_for_a_firm_is_not_taken_as_its_name()
        {
            ExtractedArticle a = Extracted.From(
                "Shares in UK Coal have fallen sharply.\n\n" +
                "The mining group said losses had deepened to £51.6m in 2004.");
            Assert.NotEqual("The mining group", a.SpeakerOf(a.Quote("losses had deepened")));
        }
    }
}
