using System;

namespace CorpusGenerator
{
    /// <summary>Reads the table described in <see cref="CompiledArticleFormat"/> into an <see cref="Article"/>.</summary>
    internal sealed class CompiledArticleReader
    {
        private readonly int[] table;
        private readonly string buffer;
        private readonly int offset;
        private readonly int dataLength;
        private readonly LineMap lines;
        private int position;

        // The article's data is read where it lies in its group's string: each piece is cut out of
        // it once, with no copy of the whole article in between.
        private CompiledArticleReader(int[] table, string buffer, int offset, int length, string text)
        {
            this.table = table;
            this.buffer = buffer;
            this.offset = offset;
            dataLength = length;
            lines = new LineMap(text);
        }

        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        public static Article Read(string buffer, int offset, int length, int[] table, Func<string, string, string, Article> create)
        {
            if (table.Length < 7 || table[0] != CompiledArticleFormat.Version)
            {
                throw new InvalidOperationException(
                    "An article was compiled with data format " + (table.Length > 0 ? table[0] : -1) +
                    " but this CorpusGenerator.Runtime reads format " + CompiledArticleFormat.Version +
                    ". Use the runtime library from the same CorpusGenerator package as the generator.");
            }

            int textLength = table[1];
            if (length != table[2] || textLength > length || offset < 0 || length < 0 || offset > buffer.Length - length)
            {
                throw new InvalidOperationException(
                    "The compiled text of an article has " + length + " characters where the generator counted " +
                    table[2] + ". The offsets would be wrong, so the article cannot be read.");
            }

            string text = buffer.Substring(offset, textLength);
            var reader = new CompiledArticleReader(table, buffer, offset, length, text);
            reader.position = 3;
            string className = reader.NextString() ?? string.Empty;
            string fileName = reader.NextString() ?? string.Empty;
            Article article = create(className, fileName, text);
            reader.ReadInto(article);
            return article;
        }

        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        private void ReadInto(Article article)
        {
            article.SetTitle(NextString());
            article.SetDateline(NextString());

            int headingCount = Next();
            for (int i = 0; i < headingCount; i++)
            {
                NextRange(out int start, out int length);
                article.Add(new Heading(Slice(start, length), Span(start, length)));
            }

            int paragraphCount = Next();
            for (int i = 0; i < paragraphCount; i++)
            {
                NextRange(out int start, out int length);
                article.Add(new Paragraph(i + 1, Slice(start, length), Span(start, length)));
            }

            int speakerCount = Next();
            for (int i = 0; i < speakerCount; i++)
            {
                string name = NextString() ?? string.Empty;
                var speaker = new Speaker(article, i, name, NextString());
                int mentionCount = Next();
                for (int m = 0; m < mentionCount; m++)
                {
                    NextRange(out int start, out int length);
                    speaker.Add(new Mention(speaker, Slice(start, length), Span(start, length)));
                }

                article.Add(speaker);
            }

            int quoteCount = Next();
            for (int i = 0; i < quoteCount; i++)
            {
                var kind = (QuoteKind)Next();
                NextRange(out int start, out int length);
                int speakerIndex = Next();
                Speaker? speaker = speakerIndex >= 0 ? article.Speakers[speakerIndex] : null;
                NextRange(out int mentionStart, out int mentionLength);
                Mention? mention = mentionStart < 0 ? null : FindMention(speaker, mentionStart, mentionLength);
                NextRange(out int cueStart, out int cueLength);
                Paragraph paragraph = article.Paragraphs[Next()];
                var quote = new Quote(
                    article,
                    i,
                    kind,
                    Slice(start, length),
                    Span(start, length),
                    speaker,
                    mention,
                    cueStart < 0 ? null : Slice(cueStart, cueLength),
                    cueStart < 0 ? (SourceSpan?)null : Span(cueStart, cueLength),
                    paragraph);
                article.Add(quote);
                speaker?.Add(quote);
                paragraph.Add(quote);
            }

            if (position != table.Length)
            {
                throw new InvalidOperationException("The compiled data of '" + article.FileName + "' has " + (table.Length - position) + " values too many.");
            }
        }

        private Mention? FindMention(Speaker? speaker, int start, int length)
        {
            if (speaker is null) return null;
            foreach (Mention mention in speaker.Mentions)
            {
                if (mention.Span.Start == start && mention.Span.Length == length) return mention;
            }

            // The mention the quote was attributed from is not among the speaker's listed mentions:
            // keep it on the quote without changing the speaker's list.
            return new Mention(speaker, Slice(start, length), Span(start, length));
        }

        /// <summary>The <paramref name="count"/> characters at <paramref name="start"/> of this article's data.</summary>
        private string Slice(int start, int count)
        {
            if (start < 0 || count < 0 || start > dataLength - count)
            {
                throw new InvalidOperationException("The compiled table points outside its article's data (" + start + ", " + count + " of " + dataLength + " characters).");
            }

            return buffer.Substring(offset + start, count);
        }

        private SourceSpan Span(int start, int length)
        {
            (int line, int column) = lines.Locate(start);
            return new SourceSpan(start, length, line, column);
        }

        private int Next() => table[position++];

        private void NextRange(out int start, out int length)
        {
            start = Next();
            length = Next();
        }

        private string? NextString()
        {
            NextRange(out int start, out int length);
            return start < 0 ? null : Slice(start, length);
        }
    }
}
