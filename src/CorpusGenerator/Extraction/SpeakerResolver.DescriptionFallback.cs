using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// What the organisation last named may stand for when a description ("the company", "the
    /// government") has found none with its own word in the name: most heads take it, "the
    /// government" only a government body, "the company" and "the firm" only a business.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>What to do with the organisation last named for a description: take it, pass over it to an older one, or give no speaker.</summary>
        private enum Fallback
        {
            Take,
            PassOver,
            NoSpeaker,
        }

        /// <summary>
        /// Words of the names of a whole government: "the Bush administration", "the Scottish
        /// Executive". One ministry or office ("the Foreign Office", "Downing Street") is not "the
        /// government" as a speaker: the description is kept as written instead.
        /// </summary>
        private static readonly WordSet GovernmentBodyWords = new WordSet("government", "administration", "executive", "cabinet");

        /// <summary>Words in the names of what is no business: places and markets, public bodies, courts, events.</summary>
        private static readonly WordSet NonBusinessWords = new WordSet(
            "street", "house", "lords", "commons", "parliament", "congress", "senate", "court", "commission", "exchange",
            "show", "festival", "awards", "cup", "games", "olympics", "championship", "unions", "government",
            "ministry", "department", "council", "committee", "police", "university", "city", "federation", "republic",
            "kingdom", "nations", "states", "association", "office", "administration", "authority", "agency");

        /// <summary>
        /// Whether <paramref name="e"/>, the organisation last named, may be what a description with
        /// head <paramref name="head"/> stands for.
        /// <list type="bullet">
        /// <item>"the government" passes over anything but a government body: falling back to the
        /// last organisation gave "The government says children cannot simply be divided up" to BBC
        /// Radio (where an opposition MP had spoken), "The US government denied the claims" to BBC
        /// One, and the government's words to the Tories, the House of Lords, the Electoral
        /// Commission and "Businesses". Without a body, "the government" stays the speaker as
        /// written. A government with a modifier ("the US government", "the Australian
        /// government") is never a guess at all: it was given to the Foreign Office and the Reserve
        /// Bank.</item>
        /// <item>"the company" and "the firm" give no speaker when the last organisation is a
        /// market, court, show or public body: the fallback gave "The company said" to "Wall
        /// Street", "the House of Lords", "the International Motor Show", "the London Stock
        /// Exchange" and "Securities and Exchange Commission". Not an older organisation either:
        /// passing over gave "the company" said of a drug firm to a hedge fund, and of Exxon Mobil to
        /// the Bank of Japan. "union" is no such word: "Norwich Union" is an insurer.</item>
        /// </list>
        /// </summary>
        private Fallback FallbackTo(Entity e, Mention mention, string head)
        {
            if (head.Equals("government", StringComparison.OrdinalIgnoreCase))
            {
                return mention.NameWords.Length == 1 && NameHasWord(e, GovernmentBodyWords) ? Fallback.Take : Fallback.PassOver;
            }

            if (head.Equals("company", StringComparison.OrdinalIgnoreCase) || head.Equals("firm", StringComparison.OrdinalIgnoreCase))
            {
                return NameHasWord(e, NonBusinessWords) ? Fallback.NoSpeaker : Fallback.Take;
            }

            // "the site", "the magazine": only one whose name shows its kind (PublicationKinds).
            if (PublicationHeads.Contains(head)) return ShowsPublication(e, head) ? Fallback.Take : Fallback.NoSpeaker;
            return Fallback.Take;
        }

        /// <summary>Words in a radio or TV station's name: "BBC Radio 2", "Capital FM".</summary>
        private static readonly WordSet StationNameWords = new WordSet("radio", "fm", "tv");

        /// <summary>Words in a newspaper's name: "the Sunday Telegraph", "the Financial Times", "Daily Mail", "the FT".</summary>
        private static readonly WordSet NewspaperNameWords = new WordSet(
            "times", "telegraph", "post", "guardian", "herald", "mail", "journal", "tribune", "gazette", "observer",
            "mirror", "express", "chronicle", "daily", "sunday", "independent", "scotsman", "echo", "sun", "ft");

        /// <summary>
        /// Whether <paramref name="e"/>'s name says it is what <paramref name="head"/> names though
        /// the noun itself is not in it: "the station" for "BBC Radio 2" ("The station also confirmed
        /// that Chris Tarrant will be hosting", after "a BBC Radio 2 special"). The station had no
        /// speaker, as no name held "station" and the lead named none after a noun for its kind.
        /// </summary>
        private static bool NameShowsKind(Entity e, string head)
        {
            if (head.Equals("station", StringComparison.OrdinalIgnoreCase)) return NameHasWord(e, StationNameWords);

            // "The newspaper also claimed" after "the Sunday Telegraph reported": the paper, not a
            // firm named since ("Deutsche Boerse's offer").
            if (head.Equals("newspaper", StringComparison.OrdinalIgnoreCase) || head.Equals("paper", StringComparison.OrdinalIgnoreCase)) return NameHasWord(e, NewspaperNameWords);
            return false;
        }

        /// <summary>
        /// "The station also confirmed that ...": a bare noun for an organisation that is no source
        /// noun of its own, so the phrase was kept as an unnamed source. It is resolved as "the
        /// company" is, but only to an organisation whose name or the lead shows its kind ("BBC
        /// Radio 2"): else no speaker, not "The station" as a typed speaker of its own. So is a
        /// business's kind noun with lower-case modifiers ("The airline said", "The global sports
        /// giant said"), found by the lead (DescribedBusinesses). The lead must name the firm after
        /// its first sentence too: "British Airways is to halt ... said BA director of commercial
        /// planning, Robert Boyle ... The airline said" gives no lead, so no speaker, and the bare
        /// quotation after it does not go to the airline.
        /// </summary>
        public Entity? UnnamedOrganisation(Mention mention, TextRange afterCue)
        {
            if (mention.Kind != MentionKind.Description || mention.NameWords.Length != 0) return null;
            string d = mention.Text;
            string? head = BusinessKindOf(d); // "the airline", "the global sports giant" (DescribedBusinesses)
            if (head is null)
            {
                int space = d.IndexOf(' ');
                if (space != 3 || !d.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || d.IndexOf(' ', space + 1) >= 0) return null;
                head = d.Substring(space + 1);
                if (!head.Equals("station", StringComparison.Ordinal)) return null;
            }

            var described = new Mention(MentionKind.Description, mention.First, mention.End, mention.Span, d) { NameWords = new[] { head } };
            int known = entities.Count;
            Entity? e = ResolveDescription(described, afterCue);
            // Only one its name or the lead shows is of that kind: the organisation last named
            // ("Analysts") is no station.
            bool lead = e is not null && IsLeadOrganisation(e);
            if (e is null || e.IsPerson || (entities.Count > known && !lead) || !(NameShowsKind(e, head) || ContainsWord(e.Name, head) || lead)) return null; // the lead may be found only now (DescribedBusinesses)
            return Resolve(described, afterCue);
        }

        private static bool NameHasWord(Entity e, WordSet words)
        {
            foreach (string w in e.Name.Split(' '))
            {
                if (words.Contains(w)) return true;
            }

            return false;
        }
    }
}
