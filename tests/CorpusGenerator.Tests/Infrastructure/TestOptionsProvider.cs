using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGenerator.Tests.Infrastructure
{
    /// <summary>
    /// The options MSBuild would pass: global properties (<c>build_property.X</c>) and per-file
    /// metadata (<c>build_metadata.AdditionalFiles.X</c>), keyed by the additional file's path.
    /// </summary>
    internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly DictionaryOptions global;
        private readonly ImmutableDictionary<string, DictionaryOptions> perFile;

        public TestOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perFile)
        {
            this.global = new DictionaryOptions(global);
            this.perFile = perFile.ToImmutableDictionary(pair => pair.Key, pair => new DictionaryOptions(pair.Value), StringComparer.Ordinal);
        }

        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            perFile.TryGetValue(textFile.Path, out DictionaryOptions? options) ? options : DictionaryOptions.Empty;

        private sealed class DictionaryOptions : AnalyzerConfigOptions
        {
            public static readonly DictionaryOptions Empty = new DictionaryOptions(new Dictionary<string, string>());

            private readonly IReadOnlyDictionary<string, string> values;

            public DictionaryOptions(IReadOnlyDictionary<string, string> values) => this.values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
