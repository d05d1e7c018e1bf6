using CorpusGenerator.Emit;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CorpusGenerator.Tests.Infrastructure
{
    /// <summary>
    /// The exact shape of what the generator may add to a compilation: which types, which members,
    /// which preprocessor directives. Article text is data; if any text could add a type, a member
    /// or a directive, it would show up here as a difference.
    /// </summary>
    internal static class GeneratedShape
    {
        /// <summary>Null when the generated code has the expected shape for <paramref name="classNames"/>, else the first difference.</summary>
        public static string? Violation(Compilation compilation, IEnumerable<SyntaxTree> generatedTrees, IReadOnlyCollection<string> classNames, string ns = "Corpus")
        {
            foreach (SyntaxTree tree in generatedTrees)
            {
                SyntaxNode root = tree.GetRoot();
                var directives = root.DescendantTrivia(descendIntoTrivia: true).Where(t => t.IsDirective).Select(t => t.ToString().Trim()).ToList();
                var allowed = new[] { GeneratedCodeHeader.NullableAnnotations, GeneratedCodeHeader.NullableWarningsOff };
                // Files of article classes also turn off CS0649, once, for the speaker fields the runtime library assigns.
                if (directives.Count(d => d == GeneratedCodeHeader.FieldsAssignedByRuntime) > 1) return tree.FilePath + ": CS0649 turned off twice";
                var others = directives.Where(d => d != GeneratedCodeHeader.FieldsAssignedByRuntime).ToList();
                if (others.Count > 0 && !others.SequenceEqual(allowed)) return tree.FilePath + ": unexpected directives " + string.Join(" | ", directives);
                if (root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Any(t => !(t is ClassDeclarationSyntax))) return tree.FilePath + ": a type that is not a class";
                foreach (var trivia in root.DescendantTrivia().Where(t => t.IsKind(SyntaxKind.MultiLineCommentTrivia)))
                {
                    return tree.FilePath + ": a /* */ comment: " + trivia;
                }
            }

            // The source assembly only: the merged global namespace would walk every referenced assembly.
            INamespaceSymbol? corpus = Lookup(compilation.Assembly.GlobalNamespace, ns);
            if (corpus is null) return classNames.Count == 0 ? null : "no namespace " + ns;
            var topTypes = corpus.GetTypeMembers().Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
            var expectedTop = classNames.Count == 0 ? new List<string>() : new List<string> { "Articles", "CompiledArticleData", "People" };
            if (!topTypes.SequenceEqual(expectedTop)) return "types in " + ns + ": " + string.Join(", ", topTypes);
            if (corpus.GetNamespaceMembers().Any()) return "a namespace inside " + ns;
            if (classNames.Count == 0) return null;

            INamedTypeSymbol articles = corpus.GetTypeMembers("Articles").Single();
            var nested = articles.GetTypeMembers().Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal);
            var expectedNested = classNames.Append("AllArticles").OrderBy(n => n, StringComparer.Ordinal);
            if (!nested.SequenceEqual(expectedNested)) return "classes in Articles: " + string.Join(", ", nested);
            if (Members(articles).Except(new[] { "All", "get_All" }).FirstOrDefault() is string extra) return "Articles has the member " + extra;
            if (!articles.GetAttributes().Any(a => a.AttributeClass?.Name == "CompiledArticleIndexAttribute")) return "Articles has no CompiledArticleIndex";
            var allArticles = Members(articles.GetTypeMembers("AllArticles").Single()).OrderBy(n => n, StringComparer.Ordinal);
            if (!allArticles.SequenceEqual(new[] { ".cctor", "Value" })) return "AllArticles has " + string.Join(", ", allArticles);

            foreach (string name in classNames)
            {
                if (ArticleClassViolation(articles.GetTypeMembers(name).Single()) is string v) return name + ": " + v;
            }

            if (CompiledDataViolation(corpus.GetTypeMembers("CompiledArticleData").Single(), classNames.Count) is string d) return "CompiledArticleData: " + d;

            INamedTypeSymbol people = corpus.GetTypeMembers("People").Single();
            // A static readonly field per person, assigned in the static constructor from Index.
            if (people.GetTypeMembers().Any()) return "People's nested types";
            if (people.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => !f.IsStatic || !f.IsReadOnly) is IFieldSymbol mutable) return "People: field " + mutable.Name;
            if (OnlyOfType(people, "Person", "All", "get_All", "Index", ".cctor") is string p) return "People: " + p;
            if (people.GetMembers("Index").SingleOrDefault() is not IFieldSymbol { Type.Name: "CompiledPeople", DeclaredAccessibility: Accessibility.Private }) return "People.Index";
            return null;
        }

        private static string? ArticleClassViolation(INamedTypeSymbol type)
        {
            // A sealed class deriving from CompiledArticle<itself>, with its private constructor and a
            // field per speaker and no attribute; Article and Speakers are inherited.
            if (!type.IsSealed || type.IsStatic) return "not a sealed class";
            if (type.BaseType is not { Name: "CompiledArticle", TypeArguments: [ITypeSymbol self] } || !SymbolEqualityComparer.Default.Equals(self, type)) return "base type " + type.BaseType?.ToDisplayString();
            if (type.GetTypeMembers().Any()) return "nested types";
            if (type.GetAttributes().Any()) return "attributes (Articles' CompiledArticleIndex finds its data)";
            if (type.InstanceConstructors.SingleOrDefault() is not { DeclaredAccessibility: Accessibility.Private, Parameters.Length: 0 }) return "constructors";
            if (type.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => !f.IsReadOnly || f.IsStatic || f.DeclaredAccessibility != Accessibility.Public) is IFieldSymbol field) return "field " + field.Name;
            return OnlyOfType(type, "Speaker", ".ctor");
        }

        /// <summary>Only group classes (<c>Group00</c>...), at most one per article, each empty: its data is its attribute.</summary>
        private static string? CompiledDataViolation(INamedTypeSymbol data, int articleCount)
        {
            if (Members(data).Any()) return "members " + string.Join(", ", Members(data));
            var groups = data.GetTypeMembers();
            if (groups.Length == 0 || groups.Length > articleCount) return groups.Length + " groups for " + articleCount + " articles";
            foreach (INamedTypeSymbol group in groups)
            {
                if (group.Name.Length != 7 || !group.Name.StartsWith("Group", StringComparison.Ordinal) || !group.Name.Substring(5).All(char.IsAsciiDigit)) return "the nested type " + group.Name;
                if (group.GetTypeMembers().Any()) return group.Name + " has nested types";
                if (Members(group).Any()) return group.Name + " has " + string.Join(", ", Members(group));
            }

            return null;
        }

        /// <summary>Every member is one of <paramref name="allowed"/>, or a property (with its getter) or field of type <paramref name="typeName"/>.</summary>
        private static string? OnlyOfType(INamedTypeSymbol type, string typeName, params string[] allowed)
        {
            foreach (ISymbol member in type.GetMembers().Where(m => !(m is ITypeSymbol)))
            {
                if (allowed.Contains(member.Name)) continue;
                ITypeSymbol? memberType = member switch
                {
                    IPropertySymbol property => property.Type,
                    IFieldSymbol field => field.Type,
                    IMethodSymbol { MethodKind: MethodKind.PropertyGet } getter => getter.ReturnType,
                    _ => null,
                };
                if (memberType?.Name != typeName || memberType.ContainingNamespace.Name != "CorpusGenerator") return "unexpected member " + member.ToDisplayString();
            }

            return null;
        }

        /// <summary>Members other than nested types (those are checked by name on their own).</summary>
        private static IEnumerable<string> Members(INamedTypeSymbol type) => type.GetMembers().Where(m => !(m is ITypeSymbol)).Select(m => m.Name);

        private static INamespaceSymbol? Lookup(INamespaceSymbol root, string dotted)
        {
            INamespaceSymbol? current = root;
            foreach (string part in dotted.Split('.')) current = current?.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
            return current;
        }
    }
}
