using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGenerator.Benchmarks.InProcess
{
    /// <summary>
    /// The options MSBuild passes with build/CorpusGenerator.props and .targets: each article file
    /// carries CorpusArticle="true" and its ClassName; the project passes no global property.
    /// </summary>
    internal sealed class CorpusOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly Options NoOptions = new Options(new Dictionary<string, string>());

        private readonly Dictionary<string, Options> perFile = new Dictionary<string, Options>(System.StringComparer.Ordinal);

        public override AnalyzerConfigOptions GlobalOptions => NoOptions;

        public void AddArticle(string path, string className)
        {
            perFile[path] = new Options(new Dictionary<string, string>
            {
                ["build_metadata.AdditionalFiles.CorpusArticle"] = "true",
                ["build_metadata.AdditionalFiles.ClassName"] = className,
            });
        }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => NoOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            perFile.TryGetValue(textFile.Path, out Options? options) ? options : NoOptions;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> values;

            public Options(Dictionary<string, string> values) => this.values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
