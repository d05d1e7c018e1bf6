using System;
using System.Collections.Generic;
using System.Threading;
using CorpusGenerator.Diagnostics;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// The extraction engine's entry point: article text in, structure, speakers and quotes out.
    /// Used by the generator, the command-line tool and the tests alike.
    /// </summary>
    /// <remarks>
    /// Stages, each linear in the text: <see cref="StructureParser"/> (title, dateline, headings,
    /// paragraphs), <see cref="QuotationScanner"/> (quotation marks), then per paragraph
    /// <see cref="Tokenizer"/> and <see cref="SentenceSplitter"/>, a first pass of
    /// <see cref="NameRecognizer"/> over the whole article, and a second pass of
    /// <see cref="SpeechPatterns"/> with <see cref="SpeakerResolver"/> in reading order, so that a
    /// pronoun resolves to the person last spoken of.
    /// </remarks>
    public static class ArticleExtractor
    {
        /// <summary>Extracts the structure, speakers and quotes of <paramref name="text"/>.</summary>
        /// <param name="text">The article's text as decoded (BOM removed).</param>
        /// <param name="cancellationToken">Stops the work when the build no longer needs it.</param>
        /// <returns>The article's structure, speakers and quotes; never null, whatever the input.</returns>
        public static ExtractedArticle Extract(string text, CancellationToken cancellationToken = default)
        {
            text ??= string.Empty;
            try
            {
                return new ExtractionRun(text, cancellationToken).Run();
            }
            catch (OperationCanceledException)
            {
                throw;
            }
#pragma warning disable CA1031 // The generator must never fail a build over an article's wording.
            catch (Exception)
#pragma warning restore CA1031
            {
                return new ExtractedArticle(
                    text, null, null, EquatableArray<TextRange>.Empty, EquatableArray<TextRange>.Empty,
                    EquatableArray<ExtractedSpeaker>.Empty, EquatableArray<ExtractedQuote>.Empty, EquatableArray<ArticleProblem>.Empty);
            }
        }
    }
}
