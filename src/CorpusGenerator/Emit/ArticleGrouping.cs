using System.Globalization;

namespace CorpusGenerator.Emit
{
    /// <summary>
    /// Which generated file an article's class goes to. Articles are spread over a fixed number
    /// of files by a hash of their class name: the Roslyn driver pays for every generated file on
    /// every run, changed or not, so one file per article made an edit cost more than the 2% of a
    /// full run the project allows (docs/performance.md). A fixed count and a hash of the name
    /// alone keep an article in the same file when others are added, removed or edited, so an edit
    /// rewrites one file of about 1/64 of the corpus.
    /// </summary>
    internal static class ArticleGrouping
    {
        /// <summary>How many files the articles are spread over.</summary>
        public const int GroupCount = 64;

        /// <summary>The group of the article class <paramref name="className"/>: FNV-1a over its UTF-16 code units, the same on every machine.</summary>
        public static int GroupOf(string className)
        {
            uint hash = 2166136261;
            foreach (char c in className)
            {
                hash = (hash ^ c) * 16777619;
            }

            return (int)(hash % GroupCount);
        }

        /// <summary>The name of a group's data class, nested in <c>CompiledArticleData</c>.</summary>
        public static string ClassNameOf(int group) => "Group" + group.ToString("00", CultureInfo.InvariantCulture);

        /// <summary>The hint name of a group's generated file.</summary>
        public static string HintNameOf(int group) => "Articles." + ClassNameOf(group) + ".g.cs";
    }
}
