using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using CorpusGenerator.Diagnostics;
using CorpusGenerator.Extraction;
using CorpusGenerator.Naming;

namespace CorpusGenerator.Reading
{
    /// <summary>A problem found in one article, with every argument its message needs.</summary>
    /// <param name="Id">A <see cref="DiagnosticIds"/> value.</param>
    /// <param name="Span">Where in the text.</param>
    /// <param name="Arguments">The message's arguments, in order.</param>
    public sealed record ArticleFinding(string Id, TextRange Span, EquatableArray<string> Arguments)
    {
        /// <summary>The finding's message, as the generator and the command-line tool print it.</summary>
        public string Message => DiagnosticCatalog.Get(Id).Format(Arguments.ToArray());
    }

    /// <summary>Everything known about one article before code is written for it.</summary>
    /// <param name="Article">What the engine extracted; null when the text could not be used.</param>
    /// <param name="SpeakerMembers">The typed member name of each speaker, in speaker order.</param>
    /// <param name="Findings">Problems, in the order they were found.</param>
    public sealed record ArticleAnalysis(ExtractedArticle? Article, EquatableArray<string> SpeakerMembers, EquatableArray<ArticleFinding> Findings)
    {
        /// <summary>The size limit when none is set: 4 MiB, far above any news article.</summary>
        public const long DefaultMaxBytes = 4 * 1024 * 1024;

        /// <summary>A scraped page can hold thousands of unattributed quotes; a few dozen infos say enough.</summary>
        private const int MaxQuotesWithoutSpeakerReported = 50;

        /// <summary>
        /// Checks, extracts and names one article: the same steps, in the same order, for the
        /// generator and for <c>corpus check</c>, so both report the same problems.
        /// </summary>
        /// <param name="text">The file's content as decoded.</param>
        /// <param name="fileName">The file's name, for messages.</param>
        /// <param name="maxBytes">Larger articles (as UTF-8) are skipped.</param>
        /// <param name="encoding">How the bytes were decoded, to tell lost bytes from text (null: never bytes).</param>
        /// <param name="cancellationToken">Stops the work when it is no longer needed.</param>
        public static ArticleAnalysis Analyze(string text, string fileName, long maxBytes = DefaultMaxBytes, Encoding? encoding = null, CancellationToken cancellationToken = default) =>
            Analyze(text, fileName, maxBytes, encoding, ArticleExtractor.Extract, null, cancellationToken);

        /// <summary>
        /// The same with another engine (tests give one that throws or returns nonsense) and the
        /// article's class name, which its speakers' members must not take (the generator's).
        /// </summary>
        internal static ArticleAnalysis Analyze(string text, string fileName, long maxBytes, Encoding? encoding, Func<string, CancellationToken, ExtractedArticle> engine, string? className, CancellationToken cancellationToken)
        {
            var findings = new List<ArticleFinding>();
            long bytes = Utf8Length(text);
            if (bytes > maxBytes)
            {
                findings.Add(Finding(DiagnosticIds.ArticleTooLarge, new TextRange(0, 0), bytes.ToString(CultureInfo.InvariantCulture), maxBytes.ToString(CultureInfo.InvariantCulture)));
                return Without(findings);
            }

            if (ArticleEncoding.Check(text, encoding) is ArticleProblem undecodable)
            {
                AddProblems(findings, new EquatableArray<ArticleProblem>(new[] { undecodable }));
                return Without(findings);
            }

            CheckedText checkedText = ArticleText.Check(text, fileName);
            AddProblems(findings, checkedText.Problems);
            if (checkedText.Text is null) return Without(findings);

            ExtractedArticle article = ExtractionGuard.Extract(checkedText.Text, engine, cancellationToken, out string? failure);
            if (failure != null) findings.Add(Finding(DiagnosticIds.ExtractionFailed, new TextRange(0, 0), failure, ExtractionGuard.TextOnlyConsequence));
            // The engine reports what only it can see in the text (unclosed marks); what follows
            // from its model, and the text checks above, are reported here once for every caller.
            AddProblems(findings, article.Problems);
            int withoutSpeaker = 0;
            foreach (ExtractedQuote quote in article.Quotes)
            {
                if (quote.Speaker < 0 && withoutSpeaker++ < MaxQuotesWithoutSpeakerReported) findings.Add(Finding(DiagnosticIds.QuoteWithoutSpeaker, quote.Span));
            }

            var speakerNames = new List<string>();
            foreach (ExtractedSpeaker speaker in article.Speakers) speakerNames.Add(speaker.Name);
            IReadOnlyList<SpeakerMemberName> members = SpeakerMemberNames.Assign(speakerNames, className);
            var memberNames = new string[members.Count];
            for (int i = 0; i < members.Count; i++)
            {
                memberNames[i] = members[i].MemberName;
                if (members[i].ClashesWith is string other)
                {
                    TextRange at = article.Speakers[i].Mentions.Count > 0 ? article.Speakers[i].Mentions[0] : new TextRange(0, 0);
                    findings.Add(Finding(DiagnosticIds.SpeakerNameClash, at, other, article.Speakers[i].Name, members[i].WantedName!, members[i].MemberName));
                }
            }

            return new ArticleAnalysis(article, new EquatableArray<string>(memberNames), new EquatableArray<ArticleFinding>(findings.ToArray()));
        }

        private static ArticleAnalysis Without(List<ArticleFinding> findings) =>
            new ArticleAnalysis(null, EquatableArray<string>.Empty, new EquatableArray<ArticleFinding>(findings.ToArray()));

        private static void AddProblems(List<ArticleFinding> findings, EquatableArray<ArticleProblem> problems)
        {
            foreach (ArticleProblem problem in problems)
            {
                findings.Add(problem.Argument.Length == 0 ? Finding(problem.Id, problem.Span) : Finding(problem.Id, problem.Span, problem.Argument));
            }
        }

        private static ArticleFinding Finding(string id, TextRange span, params string[] arguments) =>
            new ArticleFinding(id, span, new EquatableArray<string>(arguments));

        /// <summary>The text's size as UTF-8, what the compiled assembly holds.</summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        private static long Utf8Length(string text)
        {
            long bytes = 0;
            foreach (char c in text)
            {
                // A surrogate pair is 4 bytes: 2 for each half.
                bytes += c < 0x80 ? 1 : c < 0x800 || char.IsSurrogate(c) ? 2 : 3;
            }

            return bytes;
        }
    }
}
