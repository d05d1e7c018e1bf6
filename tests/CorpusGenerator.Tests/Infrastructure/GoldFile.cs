using System.Text.Json;

namespace CorpusGenerator.Tests.Infrastructure
{
    /// <summary>A gold answer file (<c>NAME.gold.json</c>) in the format of ../shared/corpus/README.md.</summary>
    internal sealed record GoldFile(string? Dateline, string? Title, int Paragraphs, IReadOnlyList<GoldHeading> Headings, IReadOnlyList<GoldSpeaker> Speakers, IReadOnlyList<GoldQuote> Quotes)
    {
        public static GoldFile Load(string path)
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
            JsonElement root = document.RootElement;
            return new GoldFile(
                StringOrNull(root, "dateline"),
                StringOrNull(root, "title"),
                root.TryGetProperty("paragraphs", out JsonElement paragraphs) ? paragraphs.GetInt32() : -1,
                Array(root, "headings").Select(h => new GoldHeading(h.GetProperty("text").GetString()!, Span(h, "span"))).ToList(),
                Array(root, "speakers").Select(s => new GoldSpeaker(
                    s.GetProperty("name").GetString()!,
                    StringOrNull(s, "role"),
                    Array(s, "mentions").Select(m => m.GetString()!).ToList())).ToList(),
                Array(root, "quotes").Select(q => new GoldQuote(
                    q.GetProperty("kind").GetString()!,
                    q.GetProperty("text").GetString()!,
                    Span(q, "span"),
                    StringOrNull(q, "reference") ?? StringOrNull(q, "speaker"),
                    q.TryGetProperty("speakerSpan", out JsonElement speakerSpan) && speakerSpan.ValueKind == JsonValueKind.Array ? Span(q, "speakerSpan") : null,
                    StringOrNull(q, "cue"))).ToList());
        }

        private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
            element.TryGetProperty(name, out JsonElement array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().ToList() : Enumerable.Empty<JsonElement>();

        private static string? StringOrNull(JsonElement element, string name) =>
            element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static (int Start, int End) Span(JsonElement element, string name)
        {
            JsonElement span = element.GetProperty(name);
            return (span[0].GetInt32(), span[1].GetInt32());
        }
    }

    internal sealed record GoldHeading(string Text, (int Start, int End) Span);

    internal sealed record GoldSpeaker(string Name, string? Role, IReadOnlyList<string> Mentions);

    internal sealed record GoldQuote(string Kind, string Text, (int Start, int End) Span, string? Reference, (int Start, int End)? SpeakerSpan, string? Cue)
    {
        /// <summary>The share of this quote a predicted span covers, as score.py computes it.</summary>
        public double ShareCoveredBy(int start, int end) =>
            Math.Max(0, Math.Min(Span.End, end) - Math.Max(Span.Start, start)) / (double)(Span.End - Span.Start);
    }
}
