using System.Collections.Generic;
using CorpusGenerator.Naming;

namespace CorpusGenerator.Generation
{
    /// <summary>The class name of every article, equatable so the pipeline can cache it.</summary>
    internal sealed record ArticleNames(EquatableArray<ArticleName> Names)
    {
        private Dictionary<string, ArticleName>? byPath;
        private Dictionary<string, string>? hintNames;

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
        /// The name of the generated file for the article class <paramref name="className"/>. The compiler
        /// wants hint names unique ignoring case (a duplicate throws, and the generator's whole output is
        /// lost) while C# names are not: <c>UsNews</c> and <c>USNews</c> are two classes. All but the
        /// first of such names, in ordinal order, get <c>-2</c>, <c>-3</c>..., which no identifier holds.
        /// </summary>
        public string HintNameOf(string className)
        {
            if (hintNames is null)
            {
                var sorted = new List<string>();
                foreach (ArticleName name in Names)
                {
                    if (name.ClassName != null) sorted.Add(name.ClassName);
                }

                sorted.Sort(System.StringComparer.Ordinal);
                var seen = new Dictionary<string, int>(System.StringComparer.OrdinalIgnoreCase);
                var map = new Dictionary<string, string>(System.StringComparer.Ordinal);
                foreach (string name in sorted)
                {
                    seen.TryGetValue(name, out int before);
                    seen[name] = before + 1;
                    map[name] = before == 0 ? name : name + "-" + (before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                hintNames = map;
            }

            return "Articles." + (hintNames.TryGetValue(className, out string? hint) ? hint : className) + ".g.cs";
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
