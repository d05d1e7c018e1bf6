using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Ohio: Ann Lee, Bo Park, D.J. Moss, Cara Diaz-Reyes.": a label, a colon and a list of names
    /// is a roster, not a speaker and what they said.
    /// </summary>
    public class RosterTests
    {
        [Fact]
        public void A_list_of_names_after_a_label_is_no_quote()
        {
            ExtractedArticle a = Extracted.From(
                "The panel members are listed below.\n\nOhio: Ann Lee, Bo Park, D.J. Moss, Cara Diaz-Reyes, Tom de la Cruz.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_squad_list_with_clubs_in_brackets_is_no_quote()
        {
            ExtractedArticle a = Extracted.From(
                "Euan Murray has been named in the Scotland training squad.\n\nBacks: Mike Blair (Edinburgh Rugby), Andy Craig (Glasgow Rugby), Chris Cusiter (The Borders), Simon Webster (Edinburgh Rugby) Forwards: Ross Beattie (Northampton Saints), Gordon Bulloch (captain, Glasgow Rugby), Jason White (Sale Sharks).");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_speaker_label_before_words_still_speaks()
        {
            ExtractedArticle a = Extracted.From("The hearing went on.\n\nVANCE: We need answers, Senator, and we need them now.");
            Assert.Equal("VANCE", a.MentionOf(a.Quote("We need answers")));
        }
    }
}
