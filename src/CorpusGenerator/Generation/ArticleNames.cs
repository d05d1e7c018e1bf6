using System.Collections.Generic;
using CorpusGenerator.Naming;

namespace CorpusGenerator.Generation
{
    /// <summary>The class name of every article, equatable so the pipeline can cache it.</summary>
    internal sealed record ArticleNames(EquatableArray<ArticleName> Names)
    {
        private Dictionary<string, ArticleName>? byPath;

        /// <summary>
        /// By the names alone. The lookups below are caches filled on first use; a record's generated
        /// equality would compare them too, and a filled cache would make equal names look changed to
        /// the pipeline, re-emitting every article.
        /// </summary>
        public bool Equals(ArticleNames? other) => other is not null && Names.Equals(other.Names);

        /// <inheritdoc />
        public override int GetHashCode() => Names.GetHashCode();

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

        /// <summary>
        /// Whether the article at <paramref name="path"/> gets the class <paramref name="className"/>
        /// it wanted: false when another article wants that name too.
        /// </summary>
        public bool Keeps(string path, string className) => ClassNameOf(path) == className;

        /// <summary>Clashes and unusable ClassName values, located at the article files.</summary>
        public IEnumerable<DiagnosticInfo> Diagnostics()
        {
            foreach (ArticleName name in Names)
            {
                if (name.InvalidClassName != null)
                {
                    yield return DiagnosticInfo.AtFileStart(
                        CorpusGenerator.Diagnostics.DiagnosticIds.InvalidOption, name.Path, name.InvalidClassName, "ClassName",
                        "a class name is a C# identifier, not a keyword, not all lower-case ASCII letters and not a name the generated code uses; using the file name");
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
