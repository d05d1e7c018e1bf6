using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGenerator.Generation
{
    /// <summary>
    /// An AdditionalFile the project marked as an article, with the options that apply to it.
    /// <see cref="Text"/> compares by reference, which is what the compiler gives a file it has not changed.
    /// <see cref="Folder"/> is the folder that prefixes the class name, null unless <c>CorpusFolderPrefix</c> is true.
    /// </summary>
    internal sealed record ArticleFile(AdditionalText Text, string RelativePath, string? ClassName, long MaxBytes, string? InvalidMaxBytes, string? Folder = null)
    {
        /// <summary>The class name this file asks for: its path, its ClassName metadata and its folder.</summary>
        public Naming.ArticleNameRequest NameRequest => new Naming.ArticleNameRequest(Text.Path, ClassName, Folder);

        /// <summary>The file as an article, or null when the project did not mark it as one.</summary>
        public static ArticleFile? From(AdditionalText text, AnalyzerConfigOptionsProvider options)
        {
            AnalyzerConfigOptions fileOptions = options.GetOptions(text);
            if (!fileOptions.TryGetValue("build_metadata.AdditionalFiles.CorpusArticle", out string? marked)
                || !string.Equals(marked.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            fileOptions.TryGetValue("build_metadata.AdditionalFiles.ClassName", out string? className);
            options.GlobalOptions.TryGetValue("build_property.CorpusMaxArticleBytes", out string? maxBytesText);
            options.GlobalOptions.TryGetValue("build_property.ProjectDir", out string? projectDir);
            string? folder = FolderPrefixOf(fileOptions, options.GlobalOptions);

            long maxBytes = Reading.ArticleAnalysis.DefaultMaxBytes;
            string? invalidMaxBytes = null;
            if (!string.IsNullOrWhiteSpace(maxBytesText))
            {
                if (!long.TryParse(maxBytesText!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out maxBytes) || maxBytes <= 0)
                {
                    invalidMaxBytes = maxBytesText;
                    maxBytes = Reading.ArticleAnalysis.DefaultMaxBytes;
                }
            }

            return new ArticleFile(
                text,
                RelativePaths.From(text.Path, projectDir),
                string.IsNullOrWhiteSpace(className) ? null : className!.Trim(),
                maxBytes,
                invalidMaxBytes,
                folder);
        }

        /// <summary>
        /// The folder the build's wildcard matched (<c>CorpusFolder</c>, from MSBuild's RecursiveDir),
        /// when the project set <c>CorpusFolderPrefix</c> to true; else null, and names ignore folders.
        /// </summary>
        private static string? FolderPrefixOf(AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions)
        {
            if (!globalOptions.TryGetValue("build_property.CorpusFolderPrefix", out string? enabled)
                || !string.Equals(enabled.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            fileOptions.TryGetValue("build_metadata.AdditionalFiles.CorpusFolder", out string? folder);
            return string.IsNullOrWhiteSpace(folder) ? null : folder!.Trim();
        }
    }
}
