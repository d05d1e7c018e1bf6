using System.Text;
using CorpusGenerator.Extraction;
using CorpusGenerator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CorpusGenerator.Tests.Robustness
{
    /// <summary>
    /// Real news articles, damaged the way hand-edited text files get damaged: stray and doubled
    /// quotation marks, cue words and titles pasted in the middle of a name, cut sentences,
    /// pasted paragraphs, lost or extra line breaks, lone surrogates and control characters.
    /// </summary>
    /// <remarks>
    /// Random character soup (see <c>RobustnessTests</c>) rarely reaches the speech rules, which
    /// need a name, a cue and a clause around them; these texts reach every rule family, so a rule
    /// that indexes past its sentence shows here. The engine turns a fault into an empty article
    /// (<see cref="ArticleExtractor.Extract"/>), so a text with letters but no paragraph and no
    /// title is a swallowed exception. Before this test was written, the same mutations ran for
    /// four minutes (650,000 texts, 4 G characters) without one fault.
    /// </remarks>
    public class MutatedArticleTests
    {
        private const int Mutations = 3000;

        private static readonly string[] Pastes =
        {
            "\"", "\u201C", "\u201D", "\u2018", "\u2019", "'", "''", "``", ",", ".", ":", ";", " \u2014 ", " - ", "\n", "\n\n",
            "(", ")", " said ", " told ", " according to ", " Mr. ", " Dr ", " he ", " she ", " they ", " who ", " and ",
            " that ", " the president ", " said: ", ", he said. ", " al-", " de la ", " Jr.", " 80%", " Sen. ", " (D-N.Y.) ",
            "\u2026", "?", " asked ", " when asked ", " saying ", " calling it ", "\u0000", "\uD800", "\uDC00", "\u200B",
            "\t", "\r", "\r\n", "WASHINGTON \u2014", " Photo: ", " Article Continued Below ", " Lord ", " MP ", " &", " U.S.",
        };

        private readonly ITestOutputHelper output;

        public MutatedArticleTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void Damaged_articles_never_hit_the_fallback_and_keep_their_ranges_inside_the_text()
        {
            string[] articles = Articles();
            if (articles.Length == 0)
            {
                output.WriteLine("Skipped: no shared corpus beside the repository.");
                return;
            }

            var random = new Random(20261128);
            for (int n = 0; n < Mutations; n++)
            {
                string text = Mutate(articles[random.Next(articles.Length)], articles, random);
                ExtractedArticle article = ArticleExtractor.Extract(text);
                string? fault = Fault(article, text);
                Assert.True(fault is null, fault + " in mutation " + n + ":\n" + text);
            }
        }

        private static string? Fault(ExtractedArticle article, string text)
        {
            bool hasLetters = text.Any(char.IsLetter);
            if (hasLetters && article.Paragraphs.Count == 0 && article.Title is null) return "fallback (the engine threw)";
            foreach (ExtractedQuote quote in article.Quotes)
            {
                if (quote.Span.Start > quote.Span.End || quote.Span.End > text.Length) return "quote span " + quote.Span;
                if (quote.Paragraph < 0 || quote.Paragraph >= article.Paragraphs.Count) return "quote paragraph " + quote.Paragraph;
                if (quote.Speaker < -1 || quote.Speaker >= article.Speakers.Count) return "quote speaker " + quote.Speaker;
            }

            foreach (ExtractedSpeaker speaker in article.Speakers)
            {
                if (string.IsNullOrEmpty(speaker.Name)) return "a speaker without a name";
                foreach (TextRange mention in speaker.Mentions)
                {
                    if (mention.Start > mention.End || mention.End > text.Length) return "mention " + mention;
                }
            }

            return null;
        }

        /// <summary>Between one and sixty edits, each a paste, a cut, a copied stretch, a case flip or a moved line break.</summary>
        private static string Mutate(string text, string[] articles, Random random)
        {
            var sb = new StringBuilder(text);
            int edits = random.Next(1, 60);
            for (int i = 0; i < edits; i++)
            {
                if (sb.Length == 0) sb.Append('x');
                int at = random.Next(sb.Length);
                switch (random.Next(8))
                {
                    case 0:
                    case 1:
                    case 2:
                        sb.Insert(at, Pastes[random.Next(Pastes.Length)]);
                        break;
                    case 3:
                        sb.Remove(at, Math.Min(random.Next(1, 30), sb.Length - at));
                        break;
                    case 4:
                        int from = random.Next(sb.Length);
                        sb.Insert(at, sb.ToString(from, Math.Min(random.Next(1, 200), sb.Length - from)));
                        break;
                    case 5:
                        sb[at] = char.IsUpper(sb[at]) ? char.ToLowerInvariant(sb[at]) : char.ToUpperInvariant(sb[at]);
                        break;
                    case 6:
                        sb[at] = sb[at] == '\n' ? ' ' : sb[at] == ' ' ? '\n' : sb[at];
                        break;
                    default:
                        string other = articles[random.Next(articles.Length)];
                        sb.Append(' ').Append(other, 0, Math.Min(500, other.Length));
                        break;
                }
            }

            if (random.Next(10) == 0) sb.Length = random.Next(sb.Length + 1);
            return sb.ToString();
        }

        /// <summary>The first 150 articles of each gold folder and of one BBC topic, in ordinal order.</summary>
        private static string[] Articles()
        {
            var texts = new List<string>();
            foreach (string folder in new[] { "polnear-train", "ggt-dev", Path.Combine("bbc", "politics") })
            {
                string? dir = RepositoryPaths.SharedCorpus(folder);
                if (dir is null) continue;
                texts.AddRange(Directory.EnumerateFiles(dir, "*.txt").OrderBy(f => f, StringComparer.Ordinal).Take(150).Select(File.ReadAllText));
            }

            return texts.ToArray();
        }
    }
}
