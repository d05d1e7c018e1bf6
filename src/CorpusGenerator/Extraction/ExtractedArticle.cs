namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// Everything the extraction engine found in one article. Offsets index <see cref="Text"/>,
    /// the file's text as decoded (BOM removed). Equatable by value, so the generator's pipeline
    /// can cache it.
    /// </summary>
    /// <param name="Text">The article's text; every range below indexes it.</param>
    /// <param name="Title">The title line, when the first line is a title; a first line that ends as a
    /// sentence is the first paragraph instead; a title that attributes speech ("Goldsmith: 'I was not
    /// leant on'") is the title and also the first paragraph.</param>
    /// <param name="Dateline">The dateline's place name (<c>TEHRAN</c> in <c>TEHRAN —</c>).</param>
    /// <param name="Headings">Lines between paragraphs that head a section.</param>
    /// <param name="Paragraphs">Body paragraphs in order; a paragraph cut by a blank line in
    /// mid-sentence is one paragraph whose range spans the cut.</param>
    /// <param name="Speakers">The people (or organisations) quoted or mentioned as sources.</param>
    /// <param name="Quotes">Direct, mixed and reported speech, in source order.</param>
    /// <param name="Problems">What the engine found wrong with the text.</param>
    public sealed record ExtractedArticle(
        string Text,
        TextRange? Title,
        TextRange? Dateline,
        EquatableArray<TextRange> Headings,
        EquatableArray<TextRange> Paragraphs,
        EquatableArray<ExtractedSpeaker> Speakers,
        EquatableArray<ExtractedQuote> Quotes,
        EquatableArray<ArticleProblem> Problems);

    /// <summary>A speaker: one canonical person or organisation and every mention of it.</summary>
    /// <param name="Name">Canonical full name (<c>Hassan Rouhani</c>).</param>
    /// <param name="Role">Role or title when the text gives one (<c>Iranian President</c>).</param>
    /// <param name="Mentions">Every mention resolved to this speaker, in source order.</param>
    public sealed record ExtractedSpeaker(string Name, string? Role, EquatableArray<TextRange> Mentions);

    /// <summary>One piece of speech.</summary>
    /// <param name="Kind">Direct, mixed or indirect.</param>
    /// <param name="Span">The content; for direct quotes, from the opening to the closing quotation mark
    /// inclusive, as the corpus gold spans are (seed, ggt-dev and PolNeAR alike).</param>
    /// <param name="Speaker">Index into <see cref="ExtractedArticle.Speakers"/>, or -1 when unknown.</param>
    /// <param name="SpeakerMention">The mention the quote was attributed from.</param>
    /// <param name="Cue">The cue verb as written (<c>said</c>, <c>stressed</c>, <c>according to</c>).</param>
    /// <param name="Paragraph">0-based index into <see cref="ExtractedArticle.Paragraphs"/>.</param>
    public sealed record ExtractedQuote(
        QuoteKind Kind,
        TextRange Span,
        int Speaker,
        TextRange? SpeakerMention,
        TextRange? Cue,
        int Paragraph);

    /// <summary>How speech is reported.</summary>
    public enum QuoteKind
    {
        /// <summary>The whole content is inside quotation marks.</summary>
        Direct = 0,

        /// <summary>Reported speech with a quoted fragment.</summary>
        Mixed = 1,

        /// <summary>Reported speech with no quotation marks.</summary>
        Indirect = 2,
    }

    /// <summary>A problem in an article's text, reported by the generator as a diagnostic.</summary>
    /// <param name="Id">A <see cref="Diagnostics.DiagnosticIds"/> value.</param>
    /// <param name="Span">Where in the text (the opening mark of an unclosed quote, say).</param>
    /// <param name="Argument">The message's argument, or empty.</param>
    public sealed record ArticleProblem(string Id, TextRange Span, string Argument);
}
