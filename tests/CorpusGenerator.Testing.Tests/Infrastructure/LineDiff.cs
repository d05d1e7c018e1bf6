namespace CorpusGenerator.Testing.Tests.Infrastructure
{
    /// <summary>
    /// The lines two texts do not share, as a line diff shows them (- old, + new), for texts that
    /// keep the same number of lines: enough to prove an edit changed only the lines it should.
    /// </summary>
    internal static class LineDiff
    {
        public static IReadOnlyList<(string Before, string After)> ChangedLines(string before, string after)
        {
            var old = before.Split('\n');
            var changed = after.Split('\n');
            Assert.True(old.Length == changed.Length, "the texts have " + old.Length + " and " + changed.Length + " lines:\n" + before + "\n---\n" + after);
            return old.Zip(changed).Where(pair => pair.First != pair.Second).ToList();
        }
    }
}
