using System;

namespace CorpusGenerator.Generation
{
    /// <summary>
    /// The path an article is known by in generated code: relative to the project, with <c>/</c>,
    /// so the output is the same on every machine and operating system.
    /// </summary>
    internal static class RelativePaths
    {
        public static string From(string path, string? projectDir)
        {
            string file = path.Replace('\\', '/');
            if (string.IsNullOrEmpty(projectDir)) return file;

            string root = projectDir!.Replace('\\', '/');
            if (!root.EndsWith("/", StringComparison.Ordinal)) root += "/";
            if (file.StartsWith(root, StringComparison.OrdinalIgnoreCase)) return file.Substring(root.Length);

            // Outside the project folder (a shared corpus beside it): climb with ../ from the project.
            string[] fileParts = file.Split('/');
            string[] rootParts = root.TrimEnd('/').Split('/');
            int common = 0;
            while (common < fileParts.Length - 1 && common < rootParts.Length
                && string.Equals(fileParts[common], rootParts[common], StringComparison.OrdinalIgnoreCase))
            {
                common++;
            }

            if (common == 0) return fileParts[fileParts.Length - 1];
            var builder = new System.Text.StringBuilder();
            for (int i = common; i < rootParts.Length; i++) builder.Append("../");
            builder.Append(string.Join("/", fileParts, common, fileParts.Length - common));
            return builder.ToString();
        }
    }
}
