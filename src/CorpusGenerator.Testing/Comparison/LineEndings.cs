namespace CorpusGenerator.Testing
{
    /// <summary>Snapshots are LF-only, whatever the generator or the machine wrote.</summary>
    internal static class LineEndings
    {
        public static string ToLf(string text) =>
            text.IndexOf('\r') < 0 ? text : text.Replace("\r\n", "\n").Replace('\r', '\n');
    }
}
