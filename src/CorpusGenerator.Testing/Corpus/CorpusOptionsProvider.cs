using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// The options MSBuild passes the generator: properties as <c>build_property.X</c> and each
    /// article's item metadata as <c>build_metadata.AdditionalFiles.X</c>, keyed by its path.
    /// </summary>
    internal sealed class CorpusOptionsProvider : AnalyzerConfigOptionsProvider
    {
        readonly DictionaryOptions global;
        readonly Dictionary<string, DictionaryOptions> perFile;

        public CorpusOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perFile)
        {
            this.global = new DictionaryOptions(global);
            this.perFile = new Dictionary<string, DictionaryOptions>(StringComparer.Ordinal);
            foreach (var pair in perFile)
            {
                this.perFile[pair.Key] = new DictionaryOptions(pair.Value);
            }
        }

        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            perFile.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;

        sealed class DictionaryOptions : AnalyzerConfigOptions
        {
            public static readonly DictionaryOptions Empty = new DictionaryOptions(new Dictionary<string, string>());

            readonly IReadOnlyDictionary<string, string> values;

            public DictionaryOptions(IReadOnlyDictionary<string, string> values) => this.values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
