using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGenerator.Generation
{
    /// <summary>
    /// Everything that shapes all generated files: options and the few compilation facts needed.
    /// Small and equatable, so a compilation change that does not touch them re-emits nothing.
    /// </summary>
    internal sealed record GeneratorSettings(
        string Namespace,
        bool IsPublic,
        bool NullableAnnotations,
        bool RuntimeReferenced,
        EquatableArray<DiagnosticInfo> Diagnostics)
    {
        public const string DefaultNamespace = "Corpus";

        /// <summary>The options' part of the settings.</summary>
        public static (string Namespace, bool IsPublic, EquatableArray<DiagnosticInfo> Diagnostics) ReadOptions(AnalyzerConfigOptionsProvider options)
        {
            var diagnostics = new System.Collections.Generic.List<DiagnosticInfo>();
            string ns = DefaultNamespace;
            if (options.GlobalOptions.TryGetValue("build_property.CorpusNamespace", out string? requested) && !string.IsNullOrWhiteSpace(requested))
            {
                if (Naming.IdentifierNames.IsValidNamespace(requested.Trim()))
                {
                    ns = requested.Trim();
                }
                else
                {
                    diagnostics.Add(DiagnosticInfo.Global(CorpusGenerator.Diagnostics.DiagnosticIds.InvalidOption, requested, "CorpusNamespace", "a namespace is identifiers joined by dots; using '" + DefaultNamespace + "'"));
                }
            }

            bool isPublic = true;
            if (options.GlobalOptions.TryGetValue("build_property.CorpusVisibility", out string? visibility) && !string.IsNullOrWhiteSpace(visibility))
            {
                if (string.Equals(visibility.Trim(), "internal", StringComparison.OrdinalIgnoreCase))
                {
                    isPublic = false;
                }
                else if (!string.Equals(visibility.Trim(), "public", StringComparison.OrdinalIgnoreCase))
                {
                    diagnostics.Add(DiagnosticInfo.Global(CorpusGenerator.Diagnostics.DiagnosticIds.InvalidOption, visibility, "CorpusVisibility", "use 'public' or 'internal'; using 'public'"));
                }
            }

            return (ns, isPublic, new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
        }

        /// <summary>The compilation's part of the settings: whether the runtime library is referenced.</summary>
        public static bool ReadCompilation(Compilation compilation) =>
            compilation.GetTypeByMetadataName("CorpusGenerator.Article") != null;
    }
}
