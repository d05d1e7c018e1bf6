using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Wenger said he was hopeful Edu would sign a new deal and played down suggestions that ...":
    /// "and" with a verb of a speaker's act and no subject joins the writer's account of a second
    /// act, and the report ends before it.
    /// </summary>
    public class SecondActTests
    {
        [Fact]
        public void Played_down_after_and_is_a_second_act()
        {
            ExtractedArticle a = Extracted.From("Last month Wenger said he was hopeful Edu would sign a new deal and played down suggestions that Real Madrid would lure him away.");
            ExtractedQuote q = a.Quote("hopeful");
            Assert.Equal("he was hopeful Edu would sign a new deal", q.Span.Of(a.Text));
        }

        [Fact]
        public void Refused_to_after_and_is_a_second_act()
        {
            ExtractedArticle a = Extracted.From("The MP said his comments were not racist and refused to apologise to the families.");
            ExtractedQuote q = a.Quote("not racist");
            Assert.Equal("his comments were not racist", q.Span.Of(a.Text));
        }

        [Fact]
        public void Questioned_with_a_person_stays_in_the_report()
        {
            ExtractedArticle a = Extracted.From("The man said officers arrested him at the station and questioned him for six hours.");
            ExtractedQuote q = a.Quote("officers arrested");
            Assert.Equal("officers arrested him at the station and questioned him for six hours", q.Span.Of(a.Text));
        }

        [Fact]
        public void An_act_after_a_simple_past_stays_in_the_report()
        {
            ExtractedArticle a = Extracted.From("Police say the driver posed a deadly threat and refused to drop the gun.");
            ExtractedQuote q = a.Quote("deadly threat");
            Assert.Equal("the driver posed a deadly threat and refused to drop the gun", q.Span.Of(a.Text));
        }
    }
}
