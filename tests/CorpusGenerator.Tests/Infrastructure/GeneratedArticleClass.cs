using System.Reflection;

namespace CorpusGenerator.Tests.Infrastructure
{
    /// <summary>How tests find a generated article class, in the text and at run time.</summary>
    internal static class GeneratedArticleClass
    {
        private const string Indent = "        ";

        /// <summary>The line that declares the article class <paramref name="className"/> in a group file, with the line break before it.</summary>
        public static string Declaration(string className) =>
            "\n" + Indent + "public sealed class " + className + " : global::CorpusGenerator.CompiledArticle<" + className + ">\n";

        /// <summary>The class names declared in <paramref name="generatedSource"/>.</summary>
        public static IEnumerable<string> NamesIn(string generatedSource)
        {
            const string prefix = Indent + "public sealed class ";
            foreach (string line in generatedSource.Split('\n'))
            {
                if (!line.StartsWith(prefix, StringComparison.Ordinal)) continue;
                int end = line.IndexOf(' ', prefix.Length);
                yield return end < 0 ? line.Substring(prefix.Length) : line.Substring(prefix.Length, end - prefix.Length);
            }
        }

        /// <summary>The class's <c>Article</c>: a static property it inherits from <c>CompiledArticle&lt;T&gt;</c>.</summary>
        public static Article ArticleOf(Type articleClass) => (Article)StaticProperty(articleClass, "Article");

        /// <summary>The class's <c>Speakers</c>: an instance of the class itself.</summary>
        public static SpeakerCollection SpeakersOf(Type articleClass) => (SpeakerCollection)StaticProperty(articleClass, "Speakers");

        private static object StaticProperty(Type type, string name) =>
            type.GetProperty(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)?.GetValue(null)
            ?? throw new Xunit.Sdk.XunitException(type.FullName + " has no static property " + name + ".");
    }
}
