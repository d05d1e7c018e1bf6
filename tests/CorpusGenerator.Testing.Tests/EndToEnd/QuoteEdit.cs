using System.Text;
using System.Text.RegularExpressions;

namespace CorpusGenerator.Testing.Tests.EndToEnd
{
    /// <summary>
    /// One word of one quote changed in an article file, chosen from the verified snapshot rather
    /// than written here: the extraction engine changes which quotes it finds, and this must keep
    /// working. The quote is a direct one that no other quote shares a source line with, so the
    /// snapshot must change on exactly one line.
    /// </summary>
    internal sealed record QuoteEdit(string QuoteLine, string Word, string Replacement)
    {
        private static readonly Regex QuoteLinePattern = new(@"^    (?<line>\d+):(?<column>\d+) +(?<kind>Direct|Mixed|Indirect) +.*?: ""(?<text>.*)""$", RegexOptions.CultureInvariant);
        private static readonly Regex Word5 = new(@"\b[a-z]{5,}\b", RegexOptions.CultureInvariant);

        /// <summary>The quote line as the snapshot must show it after the edit.</summary>
        public string ExpectedLine
        {
            get
            {
                var textStart = QuoteLine.IndexOf(": \"", StringComparison.Ordinal) + 3;
                var wordAt = QuoteLine.IndexOf(Word, textStart, StringComparison.Ordinal);
                return QuoteLine[..wordAt] + Replacement + QuoteLine[(wordAt + Word.Length)..];
            }
        }

        /// <summary>Picks a quote in <paramref name="verifiedSnapshot"/> and changes one of its words in <paramref name="articlePath"/>.</summary>
        public static QuoteEdit Apply(string verifiedSnapshot, string articlePath)
        {
            var quotes = verifiedSnapshot.Split('\n')
                .Select(line => (Line: line, Match: QuoteLinePattern.Match(line)))
                .Where(quote => quote.Match.Success)
                .ToList();
            var sourceLines = quotes.Select(quote => quote.Match.Groups["line"].Value).ToList();
            var candidate = quotes.FirstOrDefault(quote =>
                quote.Match.Groups["kind"].Value == "Direct"
                && sourceLines.Count(line => line == quote.Match.Groups["line"].Value) == 1
                && !quote.Match.Groups["text"].Value.Contains('\\', StringComparison.Ordinal)
                && Word5.IsMatch(quote.Match.Groups["text"].Value));
            Assert.True(candidate.Match is { Success: true }, "a direct quote alone on its source line, with a word to change, in:\n" + verifiedSnapshot);

            var word = Word5.Match(candidate.Match.Groups["text"].Value).Value;
            var replacement = word == "edited" ? "changed" : "edited";
            var line = int.Parse(candidate.Match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var column = int.Parse(candidate.Match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture);
            ReplaceInFile(articlePath, line, column, word, replacement);
            return new QuoteEdit(candidate.Line, word, replacement);
        }

        /// <summary>Replaces the first <paramref name="word"/> at or after the quote's start, keeping every other byte (no BOM, same line breaks).</summary>
        private static void ReplaceInFile(string path, int line, int column, string word, string replacement)
        {
            var text = new UTF8Encoding(false, true).GetString(File.ReadAllBytes(path));
            var offset = 0;
            for (var current = 1; current < line; current++) offset = text.IndexOf('\n', offset) + 1;
            var quoteStart = offset + column - 1;
            var at = text.IndexOf(word, quoteStart, StringComparison.Ordinal);
            Assert.True(at >= 0, "'" + word + "' after line " + line + ", column " + column + " of " + path);
            File.WriteAllBytes(path, new UTF8Encoding(false).GetBytes(text[..at] + replacement + text[(at + word.Length)..]));
        }
    }
}
