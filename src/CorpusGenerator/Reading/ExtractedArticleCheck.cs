using CorpusGenerator.Diagnostics;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Reading
{
    /// <summary>
    /// Checks that the engine's result fits its text before any of it is emitted. The emitter and
    /// the runtime index the text with these ranges and indexes; one out of place would throw in
    /// the generator (CS8785) or, worse, in the user's program when the article is first read.
    /// </summary>
    internal static class ExtractedArticleCheck
    {
        /// <summary>What is wrong with <paramref name="article"/> as a result for <paramref name="text"/>, or null.</summary>
        public static string? FindFault(ExtractedArticle? article, string text)
        {
            if (article is null) return "the engine returned no result";
            if (!string.Equals(article.Text, text, System.StringComparison.Ordinal)) return "the engine's result is for another text";
            if (!Fits(article.Title, text) || !Fits(article.Dateline, text)) return "the title or dateline lies outside the text";
            if (!AllFit(article.Headings, text)) return "a heading lies outside the text";
            if (!AllFit(article.Paragraphs, text)) return "a paragraph lies outside the text";

            foreach (ExtractedSpeaker? speaker in article.Speakers)
            {
                if (speaker is null || speaker.Name is null) return "a speaker has no name";
                if (!AllFit(speaker.Mentions, text)) return "a mention of '" + speaker.Name + "' lies outside the text";
            }

            foreach (ExtractedQuote? quote in article.Quotes)
            {
                if (quote is null) return "a quote is missing";
                if (!Fits(quote.Span, text) || !Fits(quote.SpeakerMention, text) || !Fits(quote.Cue, text)) return "a quote lies outside the text";
                if (quote.Speaker < -1 || quote.Speaker >= article.Speakers.Count) return "a quote names a speaker that does not exist";
                if (quote.Paragraph < 0 || quote.Paragraph >= article.Paragraphs.Count) return "a quote is in a paragraph that does not exist";
            }

            foreach (ArticleProblem? problem in article.Problems)
            {
                if (problem is null || problem.Argument is null || !Fits(problem.Span, text)) return "a reported problem is malformed";
                if (!IsKnown(problem.Id)) return "a reported problem has the unknown identifier '" + problem.Id + "'";
            }

            return null;
        }

        private static bool Fits(TextRange? range, string text) => !(range is TextRange r) || r.End <= text.Length;

        private static bool AllFit(EquatableArray<TextRange> ranges, string text)
        {
            foreach (TextRange range in ranges)
            {
                if (range.End > text.Length) return false;
            }

            return true;
        }

        private static bool IsKnown(string? id)
        {
            foreach (DiagnosticKind kind in DiagnosticCatalog.All)
            {
                if (kind.Id == id) return true;
            }

            return false;
        }
    }
}
