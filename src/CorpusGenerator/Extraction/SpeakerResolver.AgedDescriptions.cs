using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Minar, ranked 158th in the world, was forced to pull out. “For me, this was a big success,”
    /// said the 20-year-old.": a description by age stands for a person the article has named, not
    /// for nobody, and the quotation after it is then theirs too, not the last named speaker's.
    /// So does a description by nationality, sport or trade no one's role holds ("said the German",
    /// "said the Gloucester fly-half"), when the person is plainly the one the passage is about.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>The name mentions and named subjects of the last <see cref="AgedReach"/> sentences, a ring.</summary>
        private readonly List<Mention>?[] sentenceNames = new List<Mention>?[AgedReach];
        private readonly SentenceSubject?[] sentenceSubjects = new SentenceSubject?[AgedReach];
        private int sentencesSeen;

        /// <summary>The person whose age the article gives ("John Smith, 20,"), by age; null when two share one.</summary>
        private Dictionary<int, Entity?>? byAge;

        /// <summary>Called once per sentence, in order, with its name mentions, after its subject (<see cref="NoteSentenceSubject"/>).</summary>
        public void NoteSentenceNames(List<Mention> names, TextRange range = default)
        {
            int slot = sentencesSeen++ % AgedReach;
            sentenceNames[slot] = names;
            sentenceRanges[slot] = range; // (NewlyNamedPeople)
            sentenceSubjects[slot] = subjectNow is { AfterThe: true } ? null : subjectNow; // "The Northern Ireland runner" is no person's subject (ArticleSubjects)
        }

        /// <summary>
        /// "Ivo Minar, 20, ...", "20-year-old Ivo Minar": the age written with a full name. Reads a
        /// few characters on either side of the name: constant work per name.
        /// </summary>
        private void NoteAge(Entity entity, Mention mention)
        {
            if (!entity.IsPerson) return;
            int age = AgeAfter(mention.Span.End);
            if (age <= 0) age = AgeBefore(mention.Span.Start);
            if (age <= 0 || entity.Age == age) return;
            entity.Age = entity.Age == 0 ? age : -1; // two ages: not told
            byAge ??= new Dictionary<int, Entity?>();
            byAge[age] = byAge.TryGetValue(age, out Entity? other) && other != entity ? null : entity;
        }

        /// <summary>", 20," or " (20)" right after a name: its age; 0 when none.</summary>
        private int AgeAfter(int end)
        {
            if (end + 4 >= text.Length) return 0;
            char open = text[end];
            if (!((open == ',' && text[end + 1] == ' ') || (open == ' ' && text[end + 1] == '('))) return 0;
            int i = end + 2, age = 0;
            while (i < text.Length && i - end - 2 < 3 && char.IsDigit(text[i])) age = (age * 10) + (text[i++] - '0');
            if (i == end + 2 || i >= text.Length || i - end - 2 > 2) return 0;
            return (open == ',' && text[i] == ',') || (open == ' ' && text[i] == ')') ? age : 0;
        }

        /// <summary>"20-year-old " right before a name, or before one lower-case word before it ("20-year-old striker"); 0 when none.</summary>
        private int AgeBefore(int start)
        {
            if (start < 1 || text[start - 1] != ' ') return 0;
            int at = start - YearOldLength - 1; // the hyphen of "20-year-old "
            if (at > 0 && Ages.UnitAt(text, at, at + YearOldLength) != Ages.Unit.Years)
            {
                // one lower-case word between: "20-year-old striker John Smith"
                int w = start - 2;
                while (w > 0 && w > start - 20 && char.IsLower(text[w])) w--;
                if (w <= 0 || text[w] != ' ' || w == start - 2) return 0;
                at = w - YearOldLength;
                if (at <= 0 || Ages.UnitAt(text, at, w) != Ages.Unit.Years) return 0;
            }

            return at <= 0 ? 0 : Ages.YearsBefore(text, at);
        }

        /// <summary>The length of "-year-old".</summary>
        private const int YearOldLength = 9;

        /// <summary>
        /// The age in "the 20-year-old", "The 41-year-old chart-topper"; 0 when the description is no
        /// such one. <paramref name="after"/>: where "-year-old" ends in it.
        /// </summary>
        private static int AgeOfDescription(string description, out int after)
        {
            after = 0;
            if (description.Length < 14 || !(description.StartsWith("the ", System.StringComparison.OrdinalIgnoreCase))) return 0;
            int hyphen = 4;
            while (hyphen < description.Length && char.IsDigit(description[hyphen])) hyphen++;
            after = hyphen + YearOldLength;
            if (Ages.UnitAt(description, hyphen, after) != Ages.Unit.Years || (after < description.Length && description[after] != ' ')) return 0;
            return Ages.YearsBefore(description, hyphen);
        }

        /// <summary>
        /// The person "the 20-year-old" (or "the 41-year-old chart-topper") stands for, or null when
        /// the article does not make it plain:
        /// <list type="bullet">
        /// <item>the one person whose age the article gave before ("Ivo Minar, 20,"); none when two
        /// share that age;</item>
        /// <item>else, with a noun after the age, the person whose role holds it ("the 60-year-old
        /// actor" is "Actor Michael Douglas", though "Aishwarya Rai, star of Bride and Prejudice"
        /// was named since);</item>
        /// <item>else the one person named in the nearest sentence back that names one (this
        /// sentence before the description first, at most <see cref="AgedReach"/> sentences):
        /// "Minar, ranked 158th in the world, was forced to pull out ... “For me, this was a big
        /// success,” said the 20-year-old"; "Mr Bannatyne has previously given Labour £50,000. He
        /// made his fortune from care homes. The 52-year-old on Tuesday said". Two people there
        /// ("She will now meet Venus Williams. “Bring it on,” said the 23-year-old") give no
        /// speaker rather than a guess, and so does one the article gave another age.</item>
        /// </list>
        /// Without it the description named no one and the quotation after it went to the speaker
        /// quoted last, a rival the article had quoted before. Reads the names of a few sentences, only
        /// for a description by age.
        /// </summary>
        public Entity? DescribedByAge(Mention mention)
        {
            if (mention.Kind == MentionKind.Name || mention.Kind == MentionKind.Pronoun) return null;
            int age = AgeOfDescription(mention.Text, out int after);
            if (age <= 0) return null;
            Entity? e = null;
            if (byAge is not null && byAge.TryGetValue(age, out Entity? aged))
            {
                if (aged is null || aged.Mentions.Count == 0 || aged.Mentions.Min.Start > mention.Span.Start) return null;
                e = aged;
            }
            else if (NounAfterAge(mention.Text, after) is string[] noun && PersonWithRole(noun) is Entity holder)
            {
                e = holder; // "the 60-year-old actor" is "Actor Michael Douglas", not the star named last
            }
            else
            {
                e = SolePersonBefore(mention.Span.Start, subjectOnly: false) ?? LeadPersonBefore(mention.Span.Start, mention.Text); // "The 67-year-old" after "Hollywood legend Dustin Hoffman" (LeadPeople)
                if (e is null || (e.Age != 0 && e.Age != age)) return null;
            }

            e.Mentions.Add(mention.Span);
            Touch(e);
            return e;
        }

        /// <summary>
        /// Heads of a description that says what one person is, by nationality, sport or trade:
        /// "said the American", "the Welshman", "the lock forward", "the Black Sabbath singer".
        /// </summary>
        private static readonly WordSet PersonKindNouns = new WordSet(
            "american", "australian", "german", "italian", "russian", "scot", "welshman", "englishman", "irishman",
            "frenchman", "spaniard", "dutchman", "briton", "swede", "dane", "finn", "argentine", "argentinian", "brazilian",
            "belgian", "croat", "kenyan", "moroccan", "ethiopian", "zealander", "canadian", "czech", "serb", "swiss",
            "norwegian", "portuguese", "jamaican", "nigerian", "zimbabwean", "ukrainian", "romanian", "austrian",
            "striker", "midfielder", "defender", "winger", "forward", "full-back", "fly-half", "scrum-half", "prop",
            "lock", "flanker", "hooker", "goalkeeper", "keeper", "batsman", "bowler", "sprinter", "athlete", "runner",
            "hurdler", "champion", "seed", "veteran", "youngster", "teenager", "star", "singer", "actor", "actress",
            "comedian", "presenter", "rapper", "musician", "dj", "film-maker", "winner", "golfer", "cyclist", "boxer",
            "swimmer", "jockey", "skipper", "centre");

        /// <summary>
        /// "said the American", "the Everton striker said": a description of one person by kind that
        /// the article's roles did not name (no one's role holds it). It is the one person named in
        /// the nearest sentence back that names one, when that person is the subject of that sentence
        /// or has spoken: "Groenefeld was the more powerful player but could not match her
        /// opponent's accuracy. “It was my first final,” said the German". Not one named in passing
        /// ("well short of American Maurice Greene's record. “It's a very hard record to break,” said
        /// the world indoor champion"), and no one when that sentence names two ("Agassi was
        /// delighted with victory over Massu. “I felt pretty good,” said the American"). Only for a
        /// short description opening with "the" whose last word is such a noun.
        /// </summary>
        public Entity? DescribedByKind(Mention mention, bool earlierSentences = false)
        {
            if (mention.Kind == MentionKind.Name || mention.Kind == MentionKind.Pronoun) return null;
            string d = mention.Text;
            if (d.Length < 7 || !d.StartsWith("the ", System.StringComparison.OrdinalIgnoreCase)) return null;
            int words = 1, last = 0;
            for (int i = 4; i < d.Length; i++)
            {
                if (d[i] != ' ') continue;
                if (++words > 4) return null;
                last = i + 1;
            }

            string head = last == 0 ? d.Substring(4) : d.Substring(last);
            if (!PersonKindNouns.Contains(head)) return null;
            for (int i = 4, start = 4; i <= d.Length; i++)
            {
                if (i < d.Length && d[i] != ' ') continue;
                string w = d.Substring(start, i - start);
                if (WordLists.StopWords.Contains(w)) return null; // "the star of Rain Man", "the winner in"
                start = i + 1;
            }

            Entity? e = PersonOfKind(mention.Span.Start, head, d, earlierSentences);
            if (e is null) return null;
            e.Mentions.Add(mention.Span);
            Touch(e);
            return e;
        }

        /// <summary>The person a description of kind <paramref name="head"/> at <paramref name="start"/> stands for (<see cref="SolePersonBefore"/>), when the noun fits their gender.</summary>
        private Entity? PersonOfKind(int start, string head, string description, bool earlierSentences = false)
        {
            Entity? e = SolePersonBefore(start, subjectOnly: true, earlierSentences: earlierSentences) ?? LeadPersonBefore(start, description, earlierSentences); // "The Ballymena-born actor" after "Hollywood film star Liam Neeson" (LeadPeople)
            return e is null || (e.Gender == 'f' && head.EndsWith("man", System.StringComparison.Ordinal)) || (e.Gender == 'm' && head == "actress") ? null : e;
        }

        /// <summary>
        /// "Edu is now able to begin negotiations with other clubs ... “Q,” said the midfielder": a
        /// sporting title ("the striker", "the midfielder", "the skipper") that no one's role holds
        /// is the one person the nearest sentence back is about, before the person last quoted (a
        /// manager quoted about him). Null when that sentence does not make it plain.
        /// </summary>
        private Entity? TitledPersonOfKind(Mention mention, string head) =>
            mention.NameWords.Length > 3 ? null : PersonKindNouns.Contains(head) ? PersonOfKind(mention.Span.Start, head, mention.Text) : OfficeHolderBefore(mention, head); // "the home secretary" (OfficeHolders)

        /// <summary>The words after the age, which ends at <paramref name="after"/>: "actor" in "the 60-year-old actor"; null when none.</summary>
        private static string[]? NounAfterAge(string description, int after) =>
            after + 1 >= description.Length ? null : description.Substring(after + 1).Split(' ');

        /// <summary>The person, latest spoken of first, whose role holds every word of <paramref name="noun"/>.</summary>
        private Entity? PersonWithRole(string[] noun)
        {
            foreach (Entity e in recent)
            {
                if (e.IsPerson && e.Role is not null && RoleHolds(e.Role, noun)) return e;
            }

            foreach (Entity e in withRoles)
            {
                if (e.IsPerson && e.Role is not null && RoleHolds(e.Role, noun)) return e;
            }

            return null;
        }

        /// <summary>Sentences read back at most for the person an age describes.</summary>
        private const int AgedReach = 4;

        /// <summary>
        /// The one person named in the nearest sentence back that names any (this one up to
        /// <paramref name="before"/> first), within <see cref="AgedReach"/> sentences; null when that
        /// sentence names two, or when nothing shows the name is a person's: the sentence's subject,
        /// a gender, a title, a role, a quotation, or "who" after it. "Last October, Arsenal lost
        /// 2-0 at Old Trafford" names a ground, though two capitalised words pass for a person's
        /// name; it still keeps "the 30-year-old" from anyone named before it.
        /// </summary>
        private Entity? SolePersonBefore(int before, bool subjectOnly, bool ownerExcludes = false, bool earlierSentences = false)
        {
            for (int k = earlierSentences ? 1 : 0; k < AgedReach && k < sentencesSeen; k++)
            {
                int slot = (sentencesSeen - 1 - k) % AgedReach;
                Entity? found = null;
                bool shown = false, subjectShown = false, relative = false;
                foreach (Mention m in sentenceNames[slot]!)
                {
                    if (k == 0 && m.Span.Start >= before) break;
                    if (m.Kind != MentionKind.Name || m.Conjoined || m.NameWords.Length == 0 || (m.NameWords.Length > 1 && ModifiesDescription(m.Span))) continue; // "The Northern Ireland runner" (NameModifiers)
                    Entity? other = FindOrCreateName(m, create: false);
                    if (other is null || !other.IsPerson || other.WrittenWithArticle) continue;
                    if (found is not null && other != found) return null;
                    if (ownerExcludes && PossessiveAt(m.Span.End)) return null; // "President Castro's chief aide said" (UnspokenAntecedents)
                    found = other;
                    // "His wife Sharon, who called the police, said ...": one named as someone's relative
                    // is there for the one the article is about ("The heavy metal star said").
                    relative |= WordBefore(m.Span.Start) is string kin && PersonNouns.Contains(kin);
                    bool subject = sentenceSubjects[slot] is SentenceSubject named && named.Mention.Span.Start == m.Span.Start;
                    subjectShown |= subject;
                    shown |= subject || m.Titled || WhoAfter(m.Span.End);
                }

                if (found is not null)
                {
                    if (subjectOnly) return (subjectShown || found.Quotes > 0) && !relative ? found : null;
                    return shown || found.Gender != '\0' || found.TitledGender != '\0' || found.Role is not null || found.Quotes > 0 || (ownerExcludes && found.Age > 0) ? found : null; // "Robert Napier, 25, won £2,450 after he claimed" (UnspokenAntecedents)
                }
            }

            return null;
        }

        /// <summary>", who" or " who" right after a name: a person's.</summary>
        private bool WhoAfter(int end)
        {
            int i = end;
            if (i < text.Length && text[i] == ',') i++;
            return i + 4 < text.Length && text[i] == ' ' && string.CompareOrdinal(text, i + 1, "who ", 0, 4) == 0;
        }
    }
}
