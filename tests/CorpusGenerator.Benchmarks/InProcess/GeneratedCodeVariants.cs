using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGenerator.Benchmarks.InProcess
{
    /// <summary>
    /// Edits of the generated code for the memory profile, to price one part of it: set
    /// CORPUS_PROFILE_VARIANT to a comma-separated list of the names below and compare the stage
    /// figures with a run without. Experiments only; what the generator writes is never changed.
    /// </summary>
    internal static class GeneratedCodeVariants
    {
        private static readonly IReadOnlyDictionary<string, Func<string, string>> Edits = new Dictionary<string, Func<string, string>>(StringComparer.Ordinal)
        {
            // The articles' data strings emptied (the layout then no longer adds up at run time; compile only).
            ["nodata"] = text => Regex.Replace(text, "CompiledArticleData\\(\"(?:[^\"\\\\]|\\\\.)*\"\\)", "CompiledArticleData(\"\")"),
            // Nullable warnings back on: what the compiler's nullable analysis of the generated bodies costs.
            ["nullable"] = text => text.Replace("#nullable disable warnings\n", string.Empty),
            // Article classes without their private constructor (they would get a public one).
            ["noctor"] = text => Regex.Replace(text, "(?m)^\\s*private \\w+\\(\\) \\{ \\}\\n", string.Empty),
            // Doc comments removed (the profile parses them; a build without GenerateDocumentationFile does not).
            ["nodocs"] = text => Regex.Replace(text, "(?m)^\\s*///.*\\n", string.Empty),
        };

        /// <summary>The names given in the environment, checked; none when the variable is unset.</summary>
        public static IReadOnlyList<string> Requested()
        {
            string? value = Environment.GetEnvironmentVariable("CORPUS_PROFILE_VARIANT");
            if (string.IsNullOrWhiteSpace(value)) return Array.Empty<string>();
            var names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (string name in names)
            {
                if (!Edits.ContainsKey(name)) throw new ArgumentException("Unknown CORPUS_PROFILE_VARIANT '" + name + "'; known: " + string.Join(", ", Edits.Keys));
            }

            return names;
        }

        /// <summary><paramref name="compilation"/> with every generated tree edited by <paramref name="names"/>.</summary>
        public static Compilation Apply(Compilation compilation, IReadOnlyList<string> names, IEnumerable<SyntaxTree> generated)
        {
            foreach (SyntaxTree tree in generated.ToArray())
            {
                string text = tree.GetText().ToString();
                foreach (string name in names) text = Edits[name](text);
                compilation = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)tree.Options, tree.FilePath));
            }

            return compilation;
        }
    }
}
