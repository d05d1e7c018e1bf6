using CorpusGenerator;
using CorpusGenerator.Testing.Tests.Infrastructure;

namespace CorpusGenerator.Testing.Tests.Format
{
    /// <summary>The snapshot text is for code review: every fact on its own line, stable, and small diffs for small edits.</summary>
    public class CorpusSnapshotTextTests
    {
        [Fact]
        public void Writes_every_fact_of_an_article_one_per_line()
        {
            var text = CorpusSnapshotText.Write(SampleArticles.Paris());

            Assert.Equal(
                """
                Articles.ParisTalks
                  File: articles/paris-talks.txt
                  Title: (none)
                  Dateline: PARIS
                  Headings:
                    line 5: Talks
                  Paragraphs: 3
                  Speakers:
                    Jean Dupont
                      Role: French minister
                      Mentions: Jean Dupont (line 1), Dupont (line 3)
                    Anna Berg
                      Role: (none)
                      Mentions: Anna Berg (line 1), Berg (line 3), She (line 7)
                  Quotes:
                    3:15     Direct    Jean Dupont (said): "We agree on the plan."
                    3:51     Direct    Anna Berg (added): "So do we."
                    7:10     Indirect  Anna Berg (said): "the talks would go on"

                """.ReplaceLineEndings("\n"),
                text);
        }

        [Fact]
        public void Changing_one_word_of_a_quote_changes_only_that_quote_line()
        {
            var before = CorpusSnapshotText.Write(SampleArticles.Paris());
            var after = CorpusSnapshotText.Write(SampleArticles.Paris(text => text.Replace("the plan", "the deal")));

            var changed = Assert.Single(LineDiff.ChangedLines(before, after));
            Assert.EndsWith("Jean Dupont (said): \"We agree on the plan.\"", changed.Before);
            Assert.EndsWith("Jean Dupont (said): \"We agree on the deal.\"", changed.After);
        }

        [Fact]
        public void A_longer_word_also_moves_the_column_of_a_later_quote_on_the_same_source_line_but_no_mention()
        {
            // Documented in CorpusSnapshotText: a quote's column is where it starts on its line, so
            // a second quote after the edit on that line moves; mentions show lines only and stay.
            var before = CorpusSnapshotText.Write(SampleArticles.Paris());
            var after = CorpusSnapshotText.Write(SampleArticles.Paris(text => text.Replace("the plan", "the proposal")));

            var changed = LineDiff.ChangedLines(before, after);
            Assert.Equal(2, changed.Count);
            Assert.Contains("the proposal", changed[0].After);
            Assert.Equal("    3:55     Direct    Anna Berg (added): \"So do we.\"", changed[1].After);
        }

        [Fact]
        public void A_quote_across_lines_stays_on_one_line_with_its_breaks_escaped()
        {
            var article = new TestArticle("He said \"one\r\n\r\ntwo\\three\ttab\" today.\n")
                .Paragraph("He said", "today.")
                .Speaker("Some One", null, "He")
                .Quote(QuoteKind.Direct, "one\r\n\r\ntwo\\three\ttab", 0, "He", "said", 0)
                .Build();

            var quoteLine = CorpusSnapshotText.Write(article).Split('\n').Single(line => line.Contains("Direct", StringComparison.Ordinal));

            Assert.Equal("    1:10     Direct    Some One (said): \"one\\r\\n\\r\\ntwo\\\\three\\ttab\"", quoteLine);
        }

        [Fact]
        public void A_quote_without_speaker_or_cue_says_so()
        {
            var article = new TestArticle("\"Nobody knows,\" it was reported.\n")
                .Paragraph("\"Nobody", "reported.")
                .Quote(QuoteKind.Direct, "Nobody knows,", -1, null, null, 0)
                .Build();

            var text = CorpusSnapshotText.Write(article);

            Assert.Contains("\n  Speakers: (none)\n", text, StringComparison.Ordinal);
            Assert.Contains("\n    1:2      Direct    (unknown): \"Nobody knows,\"\n", text, StringComparison.Ordinal);
        }

        [Fact]
        public void Articles_are_ordered_by_class_name_and_separated_by_a_blank_line()
        {
            var zulu = SampleArticles.Empty("Zulu");
            var alpha = SampleArticles.Empty("Alpha");

            var text = CorpusSnapshotText.Write(new[] { zulu, alpha });

            Assert.Equal(text, CorpusSnapshotText.Write(new[] { alpha, zulu }));
            Assert.StartsWith("Articles.Alpha\n", text, StringComparison.Ordinal);
            Assert.Contains("  Quotes: (none)\n\nArticles.Zulu\n", text, StringComparison.Ordinal);
            Assert.EndsWith("  Quotes: (none)\n", text, StringComparison.Ordinal);
        }

        [Fact]
        public void An_empty_corpus_is_one_line()
        {
            Assert.Equal("No articles.\n", CorpusSnapshotText.Write(Array.Empty<Article>()));
        }

        [Fact]
        public void A_null_article_is_refused()
        {
            Assert.Throws<ArgumentNullException>(() => CorpusSnapshotText.Write((Article)null!));
            Assert.Throws<ArgumentException>(() => CorpusSnapshotText.Write(new Article[] { null! }));
        }
    }
}
