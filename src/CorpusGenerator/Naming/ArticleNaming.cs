using System;
using System.Collections.Generic;

namespace CorpusGenerator.Naming
{
    /// <summary>An article file and the class name its project asked for, if any.</summary>
    /// <param name="Path">The file's path as the compiler sees it.</param>
    /// <param name="RequestedClassName">The <c>ClassName</c> metadata, or null.</param>
    /// <param name="Folder">The folder that prefixes the name derived from the file (<c>politics/</c>), or null.</param>
    public sealed record ArticleNameRequest(string Path, string? RequestedClassName, string? Folder = null);

    /// <summary>The class name an article gets, or the clash that keeps it from getting one.</summary>
    /// <param name="Path">The file's path.</param>
    /// <param name="ClassName">The class name, unique in the corpus; null when it clashes.</param>
    /// <param name="ClashesWith">The other file wanting the same name, when it clashes.</param>
    /// <param name="WantedName">The name both files want, when it clashes.</param>
    /// <param name="InvalidClassName">A requested ClassName that is no identifier (then the file name is used).</param>
    public sealed record ArticleName(string Path, string? ClassName, string? ClashesWith, string? WantedName, string? InvalidClassName);

    /// <summary>
    /// Gives every article of a corpus its class name: the <c>ClassName</c> metadata when valid,
    /// else the file name in PascalCase, after its folder's when one is given
    /// (<c>politics/launch.txt</c> with folder <c>politics/</c> gives <c>PoliticsLaunch</c>).
    /// Two files wanting one name both get none and a clash, so the outcome never depends on the order the files were given in.
    /// </summary>
    public static class ArticleNaming
    {
        /// <summary>Names a generated article class cannot take: the members around it.</summary>
        private static readonly HashSet<string> ReservedNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "All", "AllArticles", "Articles", "Article", "Speakers", "SpeakerSet", "CompiledData",
            "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
        };

        /// <summary>Names taken by the members around the generated one; such a name gets <c>_</c> appended.</summary>
        public static IReadOnlyCollection<string> Reserved => ReservedNames;

        /// <summary>
        /// The class name derived from a file's name (without its folders and extension), prefixed
        /// by <paramref name="folder"/> when given: its segments and the name join in one PascalCase identifier.
        /// </summary>
        public static string FromPath(string path, string? folder = null)
        {
            // By hand rather than System.IO.Path: on .NET Framework hosts (Visual Studio) Path throws on
            // characters a file system elsewhere allows.
            string normalized = path.Replace('\\', '/');
            string fileName = normalized.Substring(normalized.LastIndexOf('/') + 1);
            int dot = fileName.LastIndexOf('.');
            if (dot > 0) fileName = fileName.Substring(0, dot);
            if (!string.IsNullOrWhiteSpace(folder)) fileName = folder!.Replace('\\', '/').TrimEnd('/') + "/" + fileName;
            return IdentifierNames.AvoidReserved(IdentifierNames.ToPascalCase(fileName, "Untitled"), ReservedNames);
        }

        /// <summary>Names every article of <paramref name="requests"/>; the result is ordered by path.</summary>
        public static IReadOnlyList<ArticleName> Assign(IEnumerable<ArticleNameRequest> requests)
        {
            var sorted = new List<ArticleNameRequest>(requests);
            sorted.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));

            var wanted = new string[sorted.Count];
            var invalid = new string?[sorted.Count];
            var firstPathByName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int i = 0; i < sorted.Count; i++)
            {
                string? requested = sorted[i].RequestedClassName;
                if (requested != null && !IsUsable(requested)) invalid[i] = requested;
                wanted[i] = Wanted(sorted[i]);
                if (!firstPathByName.TryGetValue(wanted[i], out List<int>? holders))
                {
                    firstPathByName.Add(wanted[i], holders = new List<int>());
                }

                holders.Add(i);
            }

            var names = new List<ArticleName>(sorted.Count);
            for (int i = 0; i < sorted.Count; i++)
            {
                List<int> holders = firstPathByName[wanted[i]];
                if (holders.Count == 1)
                {
                    names.Add(new ArticleName(sorted[i].Path, wanted[i], null, null, invalid[i]));
                    continue;
                }

                // Name the other file: the first of the group, or for the first, the second.
                int other = holders[0] == i ? holders[1] : holders[0];
                names.Add(new ArticleName(sorted[i].Path, null, sorted[other].Path, wanted[i], invalid[i]));
            }

            return names;
        }

        /// <summary>
        /// The class name one article asks for, from its own request alone: its <c>ClassName</c> when
        /// usable, else its file name. It is the article's name unless another article wants it too
        /// (<see cref="Assign"/>), so each article's code can be written before the corpus is known.
        /// </summary>
        public static string Wanted(ArticleNameRequest request) =>
            request.RequestedClassName != null && IsUsable(request.RequestedClassName)
                ? request.RequestedClassName
                : FromPath(request.Path, request.Folder);

        /// <summary>Whether <paramref name="name"/> can be given as <c>ClassName</c>.</summary>
        public static bool IsUsable(string name) =>
            IdentifierNames.IsValidIdentifier(name) && !ReservedNames.Contains(name) && !IsLowerCaseAscii(name);

        /// <summary>
        /// A type name of lower-case ASCII letters only is what C# keeps for keywords: the compiler warns
        /// (CS8981) or refuses (<c>record</c>, <c>file</c>, <c>scoped</c>, <c>required</c>) such a type.
        /// </summary>
        private static bool IsLowerCaseAscii(string name)
        {
            foreach (char c in name)
            {
                if (c < 'a' || c > 'z') return false;
            }

            return true;
        }
    }
}
