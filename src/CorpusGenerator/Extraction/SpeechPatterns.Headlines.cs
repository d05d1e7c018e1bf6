using System.Collections.Generic;
using System.Threading;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Goldsmith: 'I was not leant on'", "Trump: 'I'm the Worst Thing That Ever Happened to the
    /// Establishment.'", "Murphy: That was a bruising battle": a headline attributes speech with a
    /// name and a colon. Such a title line is read as the article's first paragraph, the way a
    /// title that ends as a sentence already is (StructureParser), so that the colon attribution
    /// (Colon) takes it and the surname resolves to the person the body names ("Lord Goldsmith").
    /// A headline's colon after a name is often no speech: a rubric ("Profile: David Miliband",
    /// "Obituary: Dame Alicia Markova", "DVD review: I, Robot") or a name and a phrase describing
    /// it ("Arthur Hailey: King of the bestsellers", "Johnny Depp: The acting outlaw"). Only a
    /// name, then a quotation or a clause (a first- or second-person pronoun, a finite auxiliary
    /// or modal) is taken.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>A headline's rubric before its colon: the newspaper's label, no speaker ("Profile: Gordon Brown", "DVD review: Spider-Man 2").</summary>
        private static readonly WordSet HeadlineRubrics = new WordSet(
            "profile", "profiles", "obituary", "obituaries", "review", "reviews", "preview", "previews", "interview",
            "interviews", "glance", "timeline", "factbox", "fact", "facts", "guide", "explainer", "poll", "polls",
            "report", "reports", "latest", "live", "recap", "verdict", "feature", "comment", "column", "letter",
            "letters", "diary", "quotes", "quote", "day", "week", "year", "update", "briefing", "email", "byline",
            "look", "wow", "boom", "busted", "revealed", "bombshell", "leaked", "shocking");

        /// <summary>First- and second-person pronouns: content with one is someone's words ("Marco Rubio: I'm Not Interested ...").</summary>
        private static readonly WordSet SpeakerPronouns = new WordSet(
            "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours", "yourself");

        /// <summary>Finite auxiliaries, copulas and modals: content with one is a clause ("Murphy: That was a bruising battle").</summary>
        private static readonly WordSet HeadlineAuxiliaries = new WordSet(
            "is", "are", "was", "were", "am", "has", "have", "had", "will", "would", "can", "could", "should", "must",
            "may", "might", "shall", "do", "does", "did", "cannot");

        /// <summary>Words before "'s", "'re", "'ll", "n't" that make a clause: "it's", "that's", "won't", "don't".</summary>
        private static readonly WordSet ContractedStems = new WordSet(
            "i", "we", "you", "it", "that", "there", "he", "she", "they", "here", "what", "who", "won", "can", "don",
            "doesn", "didn", "isn", "wasn", "aren", "weren", "hasn", "haven", "hadn", "wouldn", "couldn", "shouldn", "mustn", "ain");

        /// <summary>
        /// Whether the title line <paramref name="line"/> is a headline attribution, "Name: what
        /// they said", to be read as a paragraph. Only a line holding a colon is tokenized (its own
        /// quotation scan and tokens, a few dozen at most, once per article).
        /// </summary>
        internal static bool IsAttributedHeadline(string text, TextRange line, CancellationToken cancellationToken)
        {
            if (text.IndexOf(':', line.Start, line.Length) < 0) return false;
            List<QuoteRegion> regions = QuotationScanner.Scan(text, new[] { line }, new List<ArticleProblem>(), cancellationToken);
            int cursor = 0;
            List<Token> t = Tokenizer.Tokenize(text, line.Start, line.End, regions, ref cursor, new List<Token>());
            NounPhrases.MarkFunctionWordSurnames(text, t);
            List<Sentence> sentences = SentenceSplitter.Split(t);
            if (sentences.Count == 0) return false;
            Attribution? a = ColonAttribution(text, t, sentences[0]) ?? NamedColonQuotation(text, t, sentences[0]); // "A lesson from Loretta Lynch: 'Be the voice ...'" (NamedColonQuotes)
            if (a is null || a.Speaker is null || a.Speaker.Kind != MentionKind.Name) return false;
            for (int i = a.Speaker.First; i < a.Cue; i++)
            {
                if (t[i].IsWord && HeadlineRubrics.Contains(t[i].Text)) return false;
            }

            // "BUSTED: Emails Reveal ...", "BOOM: Trump Just Fired ...": a label in capitals is a
            // shout or a rubric, and would be read as a transcript's turn.
            if (TranscriptTurn.IsLabel(text, a.Speaker.Span.Start, a.Speaker.Span.End)) return false;

            // "Elizabeth Warren Hammers Wells Fargo CEO: ...": a headline's verb and object read as one name; a name ends in a name, not a role.
            if (RoleLexicon.IsTitle(t[a.Speaker.End - 1].Text)) return false;
            if (!ReadsAsSpeech(t, a.ContentFirst, a.ContentEnd)) return false;
            string[] words = a.Speaker.NameWords;
            string name = words.Length > 2 ? string.Join(" ", words) : t[a.Speaker.End - 1].Bare;
            // Named again below, as written, as whole words: its last word ("Goldsmith" for "Lord
            // Goldsmith"), or all the words of a name of three or more. A headline quotes someone its
            // story is about: "Look: Man Spotted ..." names nobody the body names, and a headline's
            // verb and object read into the name ("Carly Fiorina Endorses Ted Cruz: I Am 'Horrified'")
            // are no name the body writes.
            return WholeWords.IndexOf(text, name, line.End, text.Length) >= 0 || (words.Length <= 2 && WrittenInFirstPerson(text, line.End));
        }

        /// <summary>
        /// Whether the paragraph after the headline speaks in the first person outside quotation
        /// marks ("That's what I call a tough game."): the named person's own column, under
        /// "Murphy: That was a bruising battle", whose body need never name its writer. Reads that
        /// one paragraph.
        /// </summary>
        private static bool WrittenInFirstPerson(string text, int from)
        {
            int i = from;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            bool quoted = false;
            for (; i < text.Length && !(text[i] == '\n' && i + 1 < text.Length && (text[i + 1] == '\n' || text[i + 1] == '\r')); i++)
            {
                char c = text[i];
                if (QuoteMarks.IsDouble(c)) quoted = !quoted;
                else if (c == 'I' && !quoted && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) &&
                         (i + 1 >= text.Length || text[i + 1] == ' ' || text[i + 1] == '\'' || text[i + 1] == '\u2019' || text[i + 1] == ',')) return true;
            }

            return false;
        }

        /// <summary>
        /// A headline's attribution is reported speech whatever its marks: the sub-editor cuts and
        /// recasts the words into the headline's own syntax ("Campbell: E-mail row 'silly fuss'"),
        /// and a headline's marks seldom hold the words verbatim. The content is all the words after
        /// the colon, marks included, as PolNeAR marks it.
        /// </summary>
        internal static void ReportAsHeadline(List<Token> t, Attribution a)
        {
            a.Kind = QuoteKind.Indirect;
            a.Span = new TextRange(t[a.ContentFirst].Start, t[a.ContentEnd - 1].End);
        }

        /// <summary>A quotation, a first- or second-person pronoun, or a finite auxiliary: words someone said, not a phrase describing the name.</summary>
        private static bool ReadsAsSpeech(List<Token> t, int first, int end)
        {
            for (int i = first; i < end; i++)
            {
                Token token = t[i];
                if (token.Kind == TokenKind.Quote) return true;
                if (!token.IsWord) continue;
                string w = token.Text;
                if (SpeakerPronouns.Contains(w) || HeadlineAuxiliaries.Contains(w)) return true;
                int apostrophe = w.IndexOf('\'');
                if (apostrophe < 0) apostrophe = w.IndexOf('\u2019');
                if (apostrophe > 0 && apostrophe < w.Length - 1 && ContractedStems.Contains(w, 0, apostrophe)) return true;
            }

            return false;
        }
    }
}
