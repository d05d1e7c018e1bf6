using System.Linq;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Replacements: A Hale (Bath), P Cole for O'Neill (60)": a match report's line-up is no quote.</summary>
    public class LineupTests
    {
        [Fact]
        public void A_line_up_after_a_label_is_no_quote()
        {
            ExtractedArticle a = Extracted.From(
                "Rovers won the derby.\n\nReplacements: A Hale (Bath), P Cole for O'Neill (60), J Marsh (The Rangers), T van der Berg.\n\nGoals: Hale 12, Cole 75 og\n\nReferee: R Styles (Hampshire)");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_title_case_headline_after_a_name_is_still_a_quote()
        {
            ExtractedArticle a = Extracted.From("The senator spoke in Iowa.\n\nSam Hale: I’m Not Much Of A Socialist Compared To Eisenhower.\n\nHe left on Monday.");
            Assert.Equal("Sam Hale", a.SpeakerOf(a.Quote("Not Much Of A Socialist")));
        }
    }
}
