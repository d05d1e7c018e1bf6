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
                .Select(static (file, _) => file.NameRequest)
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
                    input.Left.Right >= LanguageVersion.CSharp8,
                    input.Right,
                    input.Left.Left.Diagnostics))
                .WithTrackingName(TrackingNames.Settings);

            // Each article's code is written with the name it asks for, not combined with the names of
            // the whole corpus: an article step then depends on its own file only (and the settings),
            // and the rare clash is settled where the corpus is put together. (A step fed by every
            // article's name would also make Roslyn's step tracking, which walks the inputs of every
            // output as a tree, quadratic in the number of articles.)
            IncrementalValuesProvider<EmittedArticle> emitted = parsed
                .Combine(settings)
                .Select(static (input, _) => new ArticleToEmit(input.Left, input.Right))
                .WithTrackingName(TrackingNames.ArticlesToEmit)
                .Select(static (article, _) => EmitArticle(article))
                .WithTrackingName(TrackingNames.EmittedArticles);

            // Articles reach the compilation in a fixed number of files, not one each: the driver's
            // cost per generated file, paid on every run, is what an edit's re-run was made of.
            IncrementalValuesProvider<ArticleGroup> groups = emitted
                .Collect()
                .Combine(names)
                .SelectMany(static (input, _) => ArticleGroup.Partition(input.Left, input.Right))
                .WithTrackingName(TrackingNames.ArticleGroups);

            context.RegisterSourceOutput(groups, static (output, group) => EmitGroup(output, group));

            IncrementalValueProvider<ImmutableArray<IndexEntry>> index = emitted
                .Select(static (article, _) => article.Index)
                .Where(static entry => entry != null)
                .Select(static (entry, _) => entry!)
                .WithTrackingName(TrackingNames.IndexEntries)
                .Collect();

            context.RegisterSourceOutput(
                index.Combine(names).Combine(settings),
                static (output, input) => EmitIndex(output, input.Left.Left, input.Left.Right, input.Right));
            context.RegisterSourceOutput(names, static (output, all) => Report(output, all.Diagnostics()));
            context.RegisterSourceOutput(
                settings.Combine(names.Select(static (all, _) => !all.Names.IsEmpty)),
                static (output, input) => ReportSettings(output, input.Left, input.Right));
        }

        private static EmittedArticle EmitArticle(ArticleToEmit input)
        {
            ParsedArticle parsed = input.Parsed;
            EmitOptions options = EmitOptionsOf(input.Settings);
            if (parsed.Article is null || !input.Settings.RuntimeReferenced)
            {
                return new EmittedArticle(parsed.Path, parsed.ClassName, null, null, parsed.Diagnostics, options);
            }

            try
            {
                ArticleCode code = ArticleEmitter.Emit(parsed.Article, parsed.ClassName, parsed.RelativePath, parsed.SpeakerMembers);
                return new EmittedArticle(parsed.Path, parsed.ClassName, code, IndexEntryOf(parsed), parsed.Diagnostics, options);
            }
            catch (System.Exception e) when (!(e is System.OperationCanceledException))
            {
                // Last resort against a bug of ours: thrown out of the generator, the exception would
                // drop the output of every article (CS8785). Reported at the file, it costs this article
                // only: it gets no code and no place in Articles.All or People.
                DiagnosticInfo failed = DiagnosticInfo.AtFileStart(DiagnosticIds.ExtractionFailed, parsed.Path, "writing its code: " + Reading.ExtractionGuard.Describe(e), Reading.ExtractionGuard.NotCompiledConsequence);
                return new EmittedArticle(parsed.Path, parsed.ClassName, null, null, new EquatableArray<DiagnosticInfo>(System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Append(parsed.Diagnostics, failed))), options);
            }
        }

        private static void EmitGroup(SourceProductionContext output, ArticleGroup group)
        {
            foreach (EmittedArticle member in group.Members) Report(output, member.Diagnostics);
            List<ArticleCode> code = group.Code();
            if (code.Count == 0) return;
            output.AddSource(ArticleGrouping.HintNameOf(group.Number), ArticleGroupEmitter.Emit(group.Number, code, group.Members[0].Options));
        }

        private static IndexEntry IndexEntryOf(ParsedArticle parsed)
        {
            var names = new string[parsed.Article!.Speakers.Count];
            for (int i = 0; i < names.Length; i++) names[i] = parsed.Article.Speakers[i].Name;
            return new IndexEntry(parsed.Path, parsed.ClassName, new EquatableArray<string>(names));
        }

        private static void EmitIndex(SourceProductionContext output, ImmutableArray<IndexEntry> entries, ArticleNames names, GeneratorSettings settings)
        {
            if (!settings.RuntimeReferenced) return;
            var sorted = new List<IndexEntry>(entries.Length);
            foreach (IndexEntry entry in entries)
            {
                if (names.Keeps(entry.Path, entry.ClassName)) sorted.Add(entry);
            }

            if (sorted.Count == 0) return;
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
            new EmitOptions(settings.Namespace, settings.IsPublic, settings.NullableAnnotations);
    }
}
