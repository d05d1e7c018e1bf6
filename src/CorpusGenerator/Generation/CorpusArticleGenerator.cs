using System.Collections.Generic;
using System.Collections.Immutable;
using CorpusGenerator.Diagnostics;
using CorpusGenerator.Emit;
using CorpusGenerator.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGenerator.Generation
{
    /// <summary>
    /// Turns every AdditionalFile marked <c>CorpusArticle="true"</c> into a typed class, plus the
    /// corpus-wide <c>Articles.All</c> and <c>People</c>. Each file is read and extracted in its own
    /// cached step; only small equatable values cross from one article to the corpus.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class CorpusArticleGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<ArticleFile> files = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, _) => ArticleFile.From(pair.Left, pair.Right))
                .Where(static file => file != null)
                .Select(static (file, _) => file!)
                .WithTrackingName(TrackingNames.ArticleFiles);

            IncrementalValuesProvider<ParsedArticle> parsed = files
                .Select(static (file, token) => ArticleParser.Parse(file, token))
                .WithTrackingName(TrackingNames.ParsedArticles);

            IncrementalValueProvider<ArticleNames> names = files
                .Select(static (file, _) => new ArticleNameRequest(file.Text.Path, file.ClassName, file.Folder))
                .WithTrackingName(TrackingNames.NameRequests)
                .Collect()
                .Select(static (requests, _) => ArticleNames.Assign(requests))
                .WithTrackingName(TrackingNames.ArticleNames);

            IncrementalValueProvider<GeneratorSettings> settings = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => GeneratorSettings.ReadOptions(options))
                .Combine(context.ParseOptionsProvider.Select(static (options, _) => (options as CSharpParseOptions)?.LanguageVersion ?? LanguageVersion.CSharp7_3))
                .Combine(context.CompilationProvider.Select(static (compilation, _) => GeneratorSettings.ReadCompilation(compilation)))
                .Select(static (input, _) => new GeneratorSettings(
                    input.Left.Left.Namespace,
                    input.Left.Left.IsPublic,
                    GeneratorSettings.ChooseStorage(input.Left.Right, input.Right.HasReadOnlySpan),
                    input.Left.Right >= LanguageVersion.CSharp8,
                    input.Right.RuntimeReferenced,
                    input.Left.Left.Diagnostics))
                .WithTrackingName(TrackingNames.Settings);

            IncrementalValuesProvider<ArticleToEmit> toEmit = parsed
                .Combine(names.Combine(settings))
                .Select(static (input, _) => ToEmit(input.Left, input.Right.Left, input.Right.Right))
                .WithTrackingName(TrackingNames.ArticlesToEmit);

            context.RegisterSourceOutput(toEmit, static (output, article) => EmitArticle(output, article));

            IncrementalValueProvider<ImmutableArray<IndexEntry>> index = toEmit
                .Select(static (article, _) => IndexEntryOf(article))
                .Where(static entry => entry != null)
                .Select(static (entry, _) => entry!)
                .WithTrackingName(TrackingNames.IndexEntries)
                .Collect();

            context.RegisterSourceOutput(index.Combine(settings), static (output, input) => EmitIndex(output, input.Left, input.Right));
            context.RegisterSourceOutput(names, static (output, all) => Report(output, all.Diagnostics()));
            context.RegisterSourceOutput(
                settings.Combine(names.Select(static (all, _) => !all.Names.IsEmpty)),
                static (output, input) => ReportSettings(output, input.Left, input.Right));
        }

        private static ArticleToEmit ToEmit(ParsedArticle parsed, ArticleNames names, GeneratorSettings settings)
        {
            string? className = names.ClassNameOf(parsed.Path);
            return new ArticleToEmit(parsed, className, className is null ? null : names.HintNameOf(className), settings);
        }

        private static void EmitArticle(SourceProductionContext output, ArticleToEmit input)
        {
            Report(output, input.Parsed.Diagnostics);
            if (input.Parsed.Article is null || input.ClassName is null || input.HintName is null || !input.Settings.RuntimeReferenced) return;
            string source;
            try
            {
                source = ArticleEmitter.Emit(input.Parsed.Article, input.ClassName, input.Parsed.RelativePath, input.Parsed.SpeakerMembers, EmitOptionsOf(input.Settings));
            }
            catch (System.Exception e) when (!(e is System.OperationCanceledException))
            {
                // Last resort against a bug of ours: thrown out of here, the exception would drop the
                // output of every article (CS8785). Reported at the file, it costs this article only.
                output.ReportDiagnostic(DiagnosticInfo.AtFileStart(DiagnosticIds.ExtractionFailed, input.Parsed.Path, "writing its code: " + Reading.ExtractionGuard.Describe(e), Reading.ExtractionGuard.NotCompiledConsequence).ToDiagnostic());
                return;
            }

            output.AddSource(input.HintName, source);
        }

        private static IndexEntry? IndexEntryOf(ArticleToEmit input)
        {
            if (input.Parsed.Article is null || input.ClassName is null) return null;
            var speakers = new IndexSpeaker[input.Parsed.Article.Speakers.Count];
            for (int i = 0; i < speakers.Length; i++)
            {
                speakers[i] = new IndexSpeaker(input.Parsed.Article.Speakers[i].Name, input.Parsed.SpeakerMembers[i]);
            }

            return new IndexEntry(input.ClassName, new EquatableArray<IndexSpeaker>(speakers));
        }

        private static void EmitIndex(SourceProductionContext output, ImmutableArray<IndexEntry> entries, GeneratorSettings settings)
        {
            if (entries.IsEmpty || !settings.RuntimeReferenced) return;
            var sorted = new List<IndexEntry>(entries);
            sorted.Sort((a, b) => string.CompareOrdinal(a.ClassName, b.ClassName));
            EmitOptions options = EmitOptionsOf(settings);
            output.AddSource(CorpusIndexEmitter.ArticlesHintName, CorpusIndexEmitter.EmitArticles(sorted, options));
            output.AddSource(CorpusIndexEmitter.PeopleHintName, CorpusIndexEmitter.EmitPeople(sorted, options));
        }

        private static void ReportSettings(SourceProductionContext output, GeneratorSettings settings, bool hasArticles)
        {
            Report(output, settings.Diagnostics);
            if (hasArticles && !settings.RuntimeReferenced) output.ReportDiagnostic(DiagnosticInfo.Global(DiagnosticIds.RuntimeMissing).ToDiagnostic());
        }

        private static void Report(SourceProductionContext output, IEnumerable<DiagnosticInfo> diagnostics)
        {
            foreach (DiagnosticInfo diagnostic in diagnostics) output.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        private static EmitOptions EmitOptionsOf(GeneratorSettings settings) =>
            new EmitOptions(settings.Namespace, settings.IsPublic, settings.Storage == TextStorage.Utf8Literal, settings.NullableAnnotations);
    }
}
