using System.Collections.Generic;
using CorpusGenerator.Naming;

namespace CorpusGenerator.Generation
{
    /// <summary>The class name of every article, equatable so the pipeline can cache it.</summary>
    internal sealed record ArticleNames(EquatableArray<ArticleName> Names)
    {
        private Dictionary<string, ArticleName>? byPath;

        public static ArticleNames Assign(IEnumerable<ArticleNameRequest> requests) =>
            new ArticleNames(EquatableArray.From(ArticleNaming.Assign(requests)));

        /// <summary>The class name of the article at <paramref name="path"/>, or null when it clashes.</summary>
        public string? ClassNameOf(string path)
        {
            if (byPath is null)
            {
                var map = new Dictionary<string, ArticleName>(System.StringComparer.Ordinal);
                foreach (ArticleName name in Names) map[name.Path] = name;
                byPath = map;
            }

            return byPath.TryGetValue(path, out ArticleName? found) ? found.ClassName : null;
        }

        /// <summary>Clashes and unusable ClassName values, located at the article files.</summary>
        public IEnumerable<DiagnosticInfo> Diagnostics()
        {
            foreach (ArticleName name in Names)
            {
                if (name.InvalidClassName != null)
                {
                    yield return DiagnosticInfo.AtFileStart(
                        CorpusGenerator.Diagnostics.DiagnosticIds.InvalidOption, name.Path, name.InvalidClassName, "ClassName",
                        "a class name is a C# identifier that is not a keyword nor a reserved member name; using the file name");
                }

                if (name.ClashesWith != null)
                {
                    yield return DiagnosticInfo.AtFileStart(
                        CorpusGenerator.Diagnostics.DiagnosticIds.ArticleNameClash, name.Path, name.Path, name.ClashesWith, name.WantedName!);
                }
            }
        }
    }
}
