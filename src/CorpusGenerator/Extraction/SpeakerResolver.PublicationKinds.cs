using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "the site", "the magazine", "the newspaper", "the Times": a publication is the organisation
    /// last named only when that name shows it is one. The fallback to the last organisation gave
    /// "Fan website Trek United is hoping ..., according to the site" to "Star Trek", "according to
    /// the magazine" (after "Broadcast magazine said") to "Transatlantic TV", "According to the
    /// industry newspaper" to "Elm Street" (of "Nightmare on Elm Street") and "According to the
    /// Times" to "Downing Street". A name with the kind word ("Broadcast magazine"), a paper's
    /// name ("the Sunday Telegraph" for "the newspaper") or the lead still resolve it
    /// (DescriptionFallback); else no speaker beats a wrong one.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>Heads of descriptions of a publication, website or broadcaster.</summary>
        private static readonly WordSet PublicationHeads = new WordSet(
            "newspaper", "paper", "magazine", "site", "website", "weekly", "daily", "tabloid", "broadsheet", "journal",
            "times", "post", "station", "channel");

        /// <summary>Nouns for a publication's or broadcaster's kind written with its name: "Spanish daily ABC", "the Mirror newspaper", "Fan website Trek United".</summary>
        private static readonly WordSet PublicationKindWords = new WordSet(
            "newspaper", "paper", "magazine", "weekly", "daily", "tabloid", "broadsheet", "journal",
            "station", "channel", "broadcaster", "network", "newspapers", "papers", "magazines", "dailies");

        /// <summary>Nouns for a website written with its name: "Fan website Trek United". A site is no paper nor channel: "the site" is not "UPN TV network".</summary>
        private static readonly WordSet SiteKindWords = new WordSet("site", "website", "websites");

        /// <summary>
        /// Whether <paramref name="e"/> is shown to be a publication for a description with head
        /// <paramref name="head"/>: a paper's or station's name (<see cref="NameShowsKind"/>), or a
        /// noun for its kind written right before or after one of its mentions ("Spanish daily ABC
        /// accuses ...", then "the paper says"), or "quoted" after one ("Arab News quoted Prince
        /// Saud as saying"). Reads one word each side of each mention.
        /// </summary>
        private bool ShowsPublication(Entity e, string head)
        {
            if (NameShowsKind(e, head)) return true;
            WordSet kinds = head.Equals("site", StringComparison.OrdinalIgnoreCase) || head.Equals("website", StringComparison.OrdinalIgnoreCase) ? SiteKindWords : PublicationKindWords;
            foreach (TextRange m in e.Mentions)
            {
                int end = WordBefore(m.Start, 12, out int start); // the walk back the resolver's text checks share
                TextRange after = WordAfter(m.End);
                if ((end > 0 && KindWordAt(new TextRange(start, end), kinds)) || KindWordAt(after, kinds)) return true;

                // "Arab News quoted Prince Saud as saying": an organisation that quotes people is a publication.
                if (after.End - after.Start == 6 && string.CompareOrdinal(text, after.Start, "quoted", 0, 6) == 0) return true;
            }

            return false;
        }

        private bool KindWordAt(TextRange w, WordSet kinds) =>
            w.End > w.Start && char.IsLower(text[w.Start]) && kinds.Contains(text.Substring(w.Start, w.End - w.Start));

        /// <summary>The word starting just after <paramref name="at"/> (one space between), or an empty range.</summary>
        private TextRange WordAfter(int at)
        {
            if (at >= text.Length || text[at] != ' ') return new TextRange(at, at);
            int start = at + 1, i = start;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            return new TextRange(start, i);
        }

        /// <summary>Words that make a paper a title of its own: "the Financial Times" and "the Sunday Times" are not "the Times".</summary>
        private static readonly WordSet OtherTitleWords = new WordSet("financial", "sunday");

        /// <summary>"the Times" as a paper's name: one capitalised word of a paper's name, with the article.</summary>
        private static bool NamesPaper(Mention mention, string head) =>
            mention.NameWords.Length == 1 && head.Length > 1 && char.IsUpper(head[0]) && PublicationHeads.Contains(head) &&
            mention.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// Whether <paramref name="e"/> is another paper than the "the Times" of <paramref name="mention"/>:
        /// a lone "the Times" ("according to the Times", of London) is not "the Financial Times" named
        /// before it, nor "the Sunday Times".
        /// </summary>
        private static bool OtherTitle(Entity e, Mention mention, string head) =>
            NamesPaper(mention, head) && NameHasWord(e, OtherTitleWords);
    }
}
