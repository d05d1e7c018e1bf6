namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "..., with analysts saying the deficit could ...": after "with" and its subject, a
    /// participle that only reports words reports the clause after it with no "that"; the
    /// absolute reading asked for "that", a colon or a quotation, as "with China adding 178
    /// million PCs" needs, and dropped the quote.
    /// </summary>
    public class AbsoluteSayingTests
    {
        [Theory]
        [InlineData("The cost of military operations still needs to be factored in, with analysts saying the deficit could end up a further $100bn in the red.", "the deficit could end up", "analysts")]
        [InlineData("Democratic candidates went further, with Martin O'Malley saying Trump was a fascist.", "Trump was a fascist", "Martin O'Malley")]
        public void The_subject_after_with_speaks_the_clause(string text, string content, string mention)
        {
            var a = Extracted.From(text);
            Assert.Equal(mention, a.MentionOf(a.Quote(content)));
        }

        [Fact]
        public void An_act_named_by_an_ing_verb_reports_nothing()
        {
            Assert.Empty(Extracted.From("PC sales rose by 10% last year, with China adding 178 million PCs.").Quotes);
        }
    }
}
