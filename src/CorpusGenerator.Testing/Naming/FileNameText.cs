using System.Text;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// Makes text safe in a file name on every OS, as Verify does for parameter values: the
    /// characters Windows forbids, and control characters, become <c>-</c>. A fixed set rather than
    /// <c>Path.GetInvalidFileNameChars()</c>, which on Linux is only <c>/</c> and NUL, so that a
    /// snapshot name is the same wherever it was accepted.
    /// </summary>
    internal static class FileNameText
    {
        const string Forbidden = "<>:\"/\\|?*";

        public static string Clean(string text)
        {
            StringBuilder? builder = null;
            for (var index = 0; index < text.Length; index++)
            {
                var character = text[index];
                if (character < ' ' || Forbidden.IndexOf(character) >= 0)
                {
                    builder ??= new StringBuilder(text);
                    builder[index] = '-';
                }
            }

            return builder?.ToString() ?? text;
        }
    }
}
