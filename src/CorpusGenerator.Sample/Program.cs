using System;
using Corpus;
using CorpusGenerator;

namespace CorpusGenerator.Sample
{
    /// <summary>
    /// Prints the typed model of every article in seeds/: the generator compiled them into this
    /// program, so nothing here reads a file at run time.
    /// </summary>
    internal static class Program
    {
        private static void Main()
        {
            // The typed API: a compile error here if the seed stops yielding this speaker.
            Speaker rouhani = Articles.RouhaniKadhimiCall.Speakers.HassanRouhani;
            Console.WriteLine($"Typed access: Articles.RouhaniKadhimiCall.Speakers.HassanRouhani is {rouhani.Name}, {rouhani.Role}, quoted {rouhani.Quotes.Count} times.");
            Console.WriteLine();

            foreach (Article article in Articles.All)
            {
                Print(article);
            }

            Console.WriteLine($"People across the corpus: {People.All.Count}");
            foreach (Person person in People.All)
            {
                Console.WriteLine($"  {person.Name}: {person.Appearances.Count} article(s), {person.Quotes.Count} quote(s)");
            }
        }

        private static void Print(Article article)
        {
            Console.WriteLine($"Articles.{article.ClassName}  ({article.FileName})");
            Console.WriteLine($"  Title:      {article.Title ?? "(none)"}");
            Console.WriteLine($"  Dateline:   {article.Dateline ?? "(none)"}");
            foreach (Heading heading in article.Headings)
            {
                Console.WriteLine($"  Heading:    {heading.Text}  (line {heading.Span.Line})");
            }

            Console.WriteLine($"  Paragraphs: {article.Paragraphs.Count}");
            Console.WriteLine($"  Speakers:   {article.Speakers.Count}");
            foreach (Speaker speaker in article.Speakers)
            {
                Console.WriteLine($"    {speaker.Name}{(speaker.Role is null ? "" : ", " + speaker.Role)}  ({speaker.Mentions.Count} mentions, {speaker.Quotes.Count} quotes)");
            }

            Console.WriteLine($"  Quotes:     {article.Quotes.Count}");
            foreach (Quote quote in article.Quotes)
            {
                string speaker = quote.Speaker?.Name ?? "(unknown)";
                Console.WriteLine($"    {quote.Span.Line,3}:{quote.Span.Column,-4} {quote.Kind,-8} {speaker} ({quote.Cue ?? "-"}): \u201C{Shorten(quote.Text)}\u201D");
            }

            Console.WriteLine();
        }

        private static string Shorten(string text)
        {
            string oneLine = text.Replace("\r", " ").Replace("\n", " ");
            return oneLine.Length <= 90 ? oneLine : oneLine.Substring(0, 87) + "...";
        }
    }
}
