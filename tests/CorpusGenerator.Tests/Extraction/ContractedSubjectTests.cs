using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"He’s argued that ...", "she's suggesting that ...": a subject pronoun with its auxiliary contracted on speaks.</summary>
    public class ContractedSubjectTests
    {
        [Fact]
        public void A_contracted_pronoun_before_a_past_form_speaks()
        {
            ExtractedArticle a = Extracted.From("Marta Lindqvist wants the bridge rebuilt.\n\nShe’s argued that the old span cannot be repaired.");
            ExtractedQuote q = a.Quote("the old span cannot be repaired");
            Assert.Equal("argued", a.CueOf(q));
            Assert.Equal("She", a.MentionOf(q));
            Assert.Equal("Marta Lindqvist", a.SpeakerOf(q));
        }

        [Fact]
        public void A_contracted_pronoun_before_a_participle_speaks()
        {
            ExtractedArticle a = Extracted.From("Marta Lindqvist wants the bridge rebuilt.\n\nShe's suggesting that the council pay for it.");
            Assert.Equal("suggesting", a.CueOf(a.Quote("the council pay for it")));
        }

        [Fact]
        public void A_possessive_before_a_cue_noun_stays_a_possessive()
        {
            ExtractedArticle a = Extracted.From("Marta Lindqvist wants the bridge rebuilt.\n\nThe council's report was late.");
            Assert.Empty(a.Quotes);
        }
    }
}
