using System.Text;

namespace CorpusGenerator.Tests.Infrastructure
{
    /// <summary>
    /// What must hold of any compiled article, whatever the engine found in it: the text is the
    /// input (unpaired surrogates replaced by U+FFFD, as documented) and every span lies inside it
    /// and covers the very text it reports.
    /// </summary>
    internal static class ModelInvariants
    {
        /// <summary>The text the model must hold for <paramref name="input"/>: each unpaired surrogate becomes U+FFFD.</summary>
        public static string ExpectedText(string input)
        {
            var builder = new StringBuilder(input.Length);
            for (int i = 0; i < input.Length; i++)
            {
                char c = input[i];
                if (char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
                {
                    builder.Append(c).Append(input[++i]);
                }
                else
                {
                    builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
                }
            }

            return builder.ToString();
        }

        /// <summary>Null when <paramref name="article"/> is sound for <paramref name="input"/>, else what is wrong.</summary>
        public static string? Violation(Article article, string input)
        {
            string expected = ExpectedText(input);
            if (article.Text != expected)
            {
                int at = 0;
                while (at < expected.Length && at < article.Text.Length && expected[at] == article.Text[at]) at++;
                return "text differs at " + at + " (lengths " + article.Text.Length + " and " + expected.Length + ")";
            }

            foreach (Heading heading in article.Headings)
            {
                if (SpanViolation(article.Text, heading.Span, heading.Text) is string v) return "heading " + v;
            }

            foreach (Paragraph paragraph in article.Paragraphs)
            {
                if (SpanViolation(article.Text, paragraph.Span, paragraph.Text) is string v) return "paragraph " + v;
            }

            foreach (Speaker speaker in article.Speakers)
            {
                foreach (Mention mention in speaker.Mentions)
                {
                    if (SpanViolation(article.Text, mention.Span, mention.Text) is string v) return "mention " + v;
                }
            }

            foreach (Quote quote in article.Quotes)
            {
                if (SpanViolation(article.Text, quote.Span, quote.Text) is string v) return "quote " + v;
                if (quote.CueSpan is SourceSpan cue && SpanViolation(article.Text, cue, quote.Cue!) is string c) return "cue " + c;
            }

            return null;
        }

        private static string? SpanViolation(string text, SourceSpan span, string covered)
        {
            if (span.Start < 0 || span.Length < 0 || span.End > text.Length) return "span " + span.Start + "+" + span.Length + " lies outside the text";
            return text.Substring(span.Start, span.Length) == covered ? null : "text does not match its span at " + span.Start;
        }
    }
}
