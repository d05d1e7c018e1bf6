using System.Collections.Generic;
using CorpusGenerator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace CorpusGenerator.Generation
{
    /// <summary>
    /// Roslyn descriptors for the <see cref="DiagnosticCatalog"/>. Identifiers, category and severity
    /// are written out as constants so the analyzer release tracking (AnalyzerReleases.*.md) can
    /// check them; a test checks each severity against the catalog's.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        public static readonly DiagnosticDescriptor Unreadable = Create(DiagnosticIds.Unreadable, DiagnosticCatalog.Unreadable, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnclosedQuotation = Create(DiagnosticIds.UnclosedQuotation, DiagnosticCatalog.UnclosedQuotation, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor EmptyArticle = Create(DiagnosticIds.EmptyArticle, DiagnosticCatalog.EmptyArticle, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor QuoteWithoutSpeaker = Create(DiagnosticIds.QuoteWithoutSpeaker, DiagnosticCatalog.QuoteWithoutSpeaker, DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor ArticleNameClash = Create(DiagnosticIds.ArticleNameClash, DiagnosticCatalog.ArticleNameClash, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor SpeakerNameClash = Create(DiagnosticIds.SpeakerNameClash, DiagnosticCatalog.SpeakerNameClash, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor ArticleTooLarge = Create(DiagnosticIds.ArticleTooLarge, DiagnosticCatalog.ArticleTooLarge, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InvalidOption = Create(DiagnosticIds.InvalidOption, DiagnosticCatalog.InvalidOption, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor RuntimeMissing = Create(DiagnosticIds.RuntimeMissing, DiagnosticCatalog.RuntimeMissing, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidCharacters = Create(DiagnosticIds.InvalidCharacters, DiagnosticCatalog.InvalidCharacters, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor ExtractionFailed = Create(DiagnosticIds.ExtractionFailed, DiagnosticCatalog.ExtractionFailed, DiagnosticSeverity.Warning);

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = Index(
            Unreadable, UnclosedQuotation, EmptyArticle, QuoteWithoutSpeaker, ArticleNameClash,
            SpeakerNameClash, ArticleTooLarge, InvalidOption, RuntimeMissing, InvalidCharacters, ExtractionFailed);

        public static IEnumerable<DiagnosticDescriptor> All => ById.Values;

        public static DiagnosticDescriptor For(string id) => ById[id];

        private static DiagnosticDescriptor Create(string id, DiagnosticKind kind, DiagnosticSeverity severity) =>
            new DiagnosticDescriptor(
                id,
                kind.Title,
                kind.MessageFormat,
                DiagnosticKind.Category,
                severity,
                isEnabledByDefault: true,
                description: "Explained under " + id + " in docs/diagnostics.md, which the CorpusGenerator package carries beside its README.");

        // No helpLinkUri: the project has no public home yet, and a link to an address that does
        // not resolve is worse than none. The package ships the page the description names, so
        // the explanation travels with the generator that reports the diagnostic.

        private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
        {
            var byId = new Dictionary<string, DiagnosticDescriptor>();
            foreach (DiagnosticDescriptor descriptor in descriptors) byId.Add(descriptor.Id, descriptor);
            return byId;
        }
    }
}
