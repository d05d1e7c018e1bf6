using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>One quote of a gold file (see ../shared/corpus/README.md).</summary>
    internal sealed record GoldQuote(string Kind, string Text, int Start, int End, int? SpeakerStart, int? SpeakerEnd, string? Reference, string? Cue);

    /// <summary>A gold file: NAME.gold.json beside NAME.txt.</summary>
    internal sealed record GoldArticle(string TextPath, string Text, JsonElement Root, IReadOnlyList<GoldQuote> Quotes)
    {
        public static GoldArticle Load(string goldPath)
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(goldPath));
            JsonElement root = document.RootElement.Clone();
            string textPath = Path.Combine(Path.GetDirectoryName(goldPath)!, root.GetProperty("file").GetString()!);
            if (!File.Exists(textPath)) textPath = goldPath.Replace(".gold.json", ".txt", System.StringComparison.Ordinal);
            var quotes = new List<GoldQuote>();
            foreach (JsonElement q in root.GetProperty("quotes").EnumerateArray())
            {
                if (q.GetProperty("span").ValueKind != JsonValueKind.Array) continue;
                int[] span = Pair(q.GetProperty("span"))!;
                int[]? speaker = q.TryGetProperty("speakerSpan", out JsonElement s) ? Pair(s) : null;
                quotes.Add(new GoldQuote(
                    q.GetProperty("kind").GetString()!,
                    StringOrNull(q, "text") ?? string.Empty,
                    span[0],
                    span[1],
                    speaker?[0],
                    speaker?[1],
                    StringOrNull(q, "reference") ?? StringOrNull(q, "speaker"),
                    StringOrNull(q, "cue")));
            }

            return new GoldArticle(textPath, File.ReadAllText(textPath), root, quotes);
        }

        private static int[]? Pair(JsonElement e) =>
            e.ValueKind == JsonValueKind.Array ? new[] { e[0].GetInt32(), e[1].GetInt32() } : null;

        private static string? StringOrNull(JsonElement q, string name) =>
            q.TryGetProperty(name, out JsonElement e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
    }
}
