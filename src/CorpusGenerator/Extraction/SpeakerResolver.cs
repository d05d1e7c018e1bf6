using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>One person, organisation or group the article speaks of, with every mention of it.</summary>
    internal sealed class Entity
    {
        public Entity(string name, string key, string surnameKey, bool isPerson, int order)
        {
            Name = name;
            Key = key;
            SurnameKey = surnameKey;
            IsPerson = isPerson;
            Order = order;
        }

        public string Name { get; set; }

        public string Key { get; set; }

        public string SurnameKey { get; }

        public string? Role { get; set; }

        public bool IsPerson { get; set; }

        /// <summary>A lone word nothing has classified yet ("Kim", "Facebook"): a person or an organisation.</summary>
        public bool IsUnknown { get; set; }

        /// <summary>Some mention shows a full name filed as a person to be an organisation ("insurer Swiss Re"): recast unless a person shows (SpeakerResolver.OrganisationEvidence).</summary>
        public bool OrganisationEvidence { get; set; }

        /// <summary>
        /// Known only as the author of a writing ("a Gallup poll"): an organisation, but "the
        /// Gallup poll" later gives the article to the poll, not to it.
        /// </summary>
        public bool NamedAsAuthor { get; set; }

        /// <summary>
        /// Last quoted through a writing ("The book, by Robert Peston, said ... It claims Tony Blair
        /// felt ... he told Mr Brown"): not whom the next "he" or "she" means, since a writing's
        /// claims are about others; any other mention of the entity clears it (SpeakerResolver.WritingSubjects).
        /// </summary>
        public bool VoicedByWriting { get; set; }

        /// <summary>Two names joined by "and" ("Earthlink and Webroot"): a group of several (SpeakerResolver.PluralGroups).</summary>
        public bool Conjoined { get; init; }

        /// <summary>Some mention wrote "the" before the name ("the Lib Dems"): not whom "he" or "she" refers to (SpeakerResolver.ArticleNames).</summary>
        public bool WrittenWithArticle { get; set; }

        /// <summary>Creation order: ties in recency and output order are broken by it, for determinism.</summary>
        public int Order { get; }

        /// <summary>'m' or 'f' once a pronoun has been resolved to it, else '\0'.</summary>
        public char Gender { get; set; }

        /// <summary>'m' or 'f' from an honorific written before a mention ("Mr", "Ms"), '?' when two disagree, else '\0'.</summary>
        public char TitledGender { get; set; }

        public int Quotes { get; set; }

        /// <summary>The age the article gives with the name ("John Smith, 20,"), 0 when none, -1 when two disagree (SpeakerResolver.AgedDescriptions).</summary>
        public int Age { get; set; }

        public int Index { get; set; } = -1;

        public SortedSet<TextRange> Mentions { get; } = new SortedSet<TextRange>();

        public override string ToString() => Name + (Role is null ? string.Empty : " (" + Role + ")");
    }

    /// <summary>
    /// Resolves speaker mentions to entities: full names by name, surnames to the full name that
    /// ends with them ("Rouhani" → "Hassan Rouhani", "Al-Kadhimi" → "Mustafa al-Kadhimi"), titles to
    /// the person whose role holds them ("the Iraqi prime minister"), pronouns to the person last
    /// spoken of. Recency is kept in a short most-recent-first list, so resolving is cheap.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        private const int RecentLimit = 12;

        /// <summary>Role-bearing entities a description is matched against at most: keeps resolving linear.</summary>
        private const int MaxRoleScan = 256;

        private static readonly WordSet PersonNouns = new WordSet(
            "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "friend", "boy", "girl", "child",
            "teen", "teenager", "victim", "witness", "neighbour", "neighbor", "widow", "widower", "grandmother", "grandfather");

        /// <summary>Descriptions of places: never guessed to be the last organisation named.</summary>
        private static readonly WordSet GeographicHeads = new WordSet("city", "province", "state", "county", "town", "region", "country", "village", "district", "municipality");

        private readonly string text;
        private readonly List<Entity> entities = new List<Entity>();
        private readonly Dictionary<string, Entity> byKey = new Dictionary<string, Entity>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Entity>> bySurname = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);
        private readonly Dictionary<string, Entity?> byFirstName = new Dictionary<string, Entity?>(StringComparer.Ordinal);

        /// <summary>Everyone whose full name starts with a first name two or more people share ("Hannah B", "Hannah G").</summary>
        private readonly Dictionary<string, List<Entity>> sharedFirstNames = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);
        private readonly List<Entity> withRoles = new List<Entity>();
        private readonly List<Entity> recent = new List<Entity>();
        private readonly List<Entity> recentOrganisations = new List<Entity>();

        /// <summary>"City of Surrey", "Province of Ontario": the governments a bare "the city" or "the province" names.</summary>
        private readonly Dictionary<string, List<Entity>> governments = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);

        /// <param name="text">The article, for what a mention's sentence says about it.</param>
        public SpeakerResolver(string text) => this.text = text;

        public IReadOnlyList<Entity> Entities => entities;

        /// <summary>The entity of the latest attributed quote: where a floating quote goes.</summary>
        public Entity? LastSpeaker { get; private set; }

        /// <summary>Records a full name seen anywhere in the article, before any quote is resolved.</summary>
        public void Register(Mention mention)
        {
            // A name with its number ("Halo 2", "Chapter 11") is registered no more than a lone word:
            // known in advance, it became the organisation "the company" or "they" stood for (NameNumbers).
            if (mention.Kind != MentionKind.Name || mention.NameWords.Length < 2 || (mention.NameWords.Length == 2 && NounPhrases.EndsWithNumber(mention.NameWords))) return;
            Entity entity = FindOrCreateName(mention, create: true)!;
            entity.Mentions.Add(mention.Span);
            NoteHonorificGender(entity, mention);
            NoteAge(entity, mention); // "John Smith, 20," (AgedDescriptions)
            NoteOrganisationEvidence(entity, mention); // "insurer Swiss Re" (OrganisationEvidence)
        }

        /// <summary>Adds a name mention to the entity it names, when there is one; creates nothing.</summary>
        public bool NoteMention(Mention mention, bool touch)
        {
            if (mention.Kind != MentionKind.Name) return false;
            Entity? entity = FindOrCreateName(mention, create: false);
            if (entity is null) return false;
            entity.Mentions.Add(mention.Span);
            NoteHonorificGender(entity, mention);
            if (!entity.IsPerson) TouchOrganisation(entity);

            // "RCMP have denied ...", then "between the RCMP and the chiefs": the organisation is
            // "the RCMP" wherever the article writes its article, not only where it speaks.
            if (!entity.IsPerson && !entity.IsUnknown) AdoptArticle(entity, mention);
            if ((entity.IsPerson || entity.IsUnknown) && touch) Touch(entity);
            return true;
        }

        /// <summary>
        /// "the mayor brought up the plan again": a description opening a sentence makes the person
        /// whose role it names the one "he" or "she" refers to next. Only a role match counts.
        /// </summary>
        public void NoteDescribedSubject(Mention mention)
        {
            if (mention.Kind != MentionKind.Description || mention.NameWords.Length == 0) return;
            string head = mention.NameWords[mention.NameWords.Length - 1];
            NoteDescribedOrganisation(mention, head); // "The Japanese government has forecast ... it said" (DescribedSubjects)
            if (!RoleLexicon.IsTitle(head) || RoleLexicon.IsOrganisationWord(head)) return;
            foreach (Entity e in recent)
            {
                if (e.IsPerson && e.Role is not null && RoleHolds(e.Role, mention.NameWords))
                {
                    Touch(e);
                    return;
                }
            }

            int scanned = 0;
            foreach (Entity e in withRoles)
            {
                if (++scanned > MaxRoleScan) break;
                if (e.IsPerson && e.Role is not null && RoleHolds(e.Role, mention.NameWords))
                {
                    Touch(e);
                    return;
                }
            }

            // "the mayor" for "mayoral candidate Doug McCallum", as a described speaker resolves.
            string stem = head.Length > 5 ? head.Substring(0, 5) : head;
            foreach (Entity e in recent)
            {
                if (e.IsPerson && e.Role is not null && e.Role.IndexOf(stem, StringComparison.OrdinalIgnoreCase) >= 0 && !ModifiedSameOffice(e.Role, mention.NameWords) && !OtherPortfolio(e.Role, mention.NameWords))
                {
                    Touch(e);
                    return;
                }
            }

            // Named long ago but the only one holding the role: "the mayor" is still that mayor.
            Entity? only = null;
            scanned = 0;
            foreach (Entity e in withRoles)
            {
                if (++scanned > MaxRoleScan) return;
                if (!e.IsPerson || e.Role is null || e.Role.IndexOf(stem, StringComparison.OrdinalIgnoreCase) < 0 || ModifiedSameOffice(e.Role, mention.NameWords) || OtherPortfolio(e.Role, mention.NameWords)) continue;
                if (only is not null && only != e) return;
                only = e;
            }

            if (only is not null) Touch(only);
        }

        /// <summary>
        /// The entity <paramref name="mention"/> stands for, or null when it cannot be told.
        /// <paramref name="afterCue"/> is where the listener of a "told"-like cue stands: a name
        /// there ("told CTV News") is never what a described subject stands for.
        /// </summary>
        public Entity? Resolve(Mention mention, TextRange afterCue)
        {
            if (IsOpeningWriting(mention)) return null; // "Reports suggest" (OpeningWritings)
            if (IsOpeningCommonWord(mention)) return null; // "Speculation suggests", "Market analysts say" (OpeningCommonWords)
            Entity? itsAuthor = null;
            bool itsWriting = mention.Kind == MentionKind.Pronoun && ItStandsForWriting(mention, out itsAuthor); // "the NIESR report was optimistic ... It said" (WritingSubjects)
            Entity? entity = itsWriting ? itsAuthor : mention.Kind switch
            {
                MentionKind.Name when NationalityOfPerson(mention) is Entity national => national, // "the American" (KindDescriptions)
                MentionKind.Name => FindOrCreateName(mention, create: true),
                MentionKind.Description or MentionKind.Group when AuthorOfSubjectWriting(mention) is Entity subjectAuthor => subjectAuthor, // "The book, by ... Robert Peston ..., said" (WritingSubjects)
                MentionKind.Description or MentionKind.Group when AuthorNamedBeforeWriting(mention) is Entity author => author,
                MentionKind.Description or MentionKind.Group when AuthorNamedAfterWriting(mention) is Entity writer => writer, // "a survey by Hostway" (WritingsByAuthors)
                MentionKind.Description or MentionKind.Group when NameBeforeKind(mention) is Entity outlet => outlet, // "Reuters news agency" (NamedKinds)
                MentionKind.Description or MentionKind.Group when FindOwnerOfWriting(mention, afterCue) is Entity owner => owner, // "Morquendi's message" (OwnedWritings)
                MentionKind.Description or MentionKind.Group when GroupNamedByItsPlace(mention) is Entity group => group,
                MentionKind.Pronoun => ResolvePronoun(mention.Text, mention.Span.Start) ?? SubjectForIt(mention), // "after it said" (ItsSubject)
                MentionKind.Description => ResolveDescription(mention, afterCue),
                _ => ResolveGroup(mention),
            };
            if (entity is null) return null;
            entity.VoicedByWriting = itsWriting || (mention.Kind != MentionKind.Pronoun && entity == AuthorOfSubjectWriting(mention)); // (WritingSubjects)
            entity.Mentions.Add(mention.Span);
            if (mention.Kind == MentionKind.Name) NoteHonorificGender(entity, mention);
            else if (mention.Kind != MentionKind.Pronoun) NoteSpokesGender(entity, mention);
            Touch(entity);

            // "IRCC said ...", then "The department added": a named speaker that is no person is
            // the organisation a later description refers to.
            if (mention.Kind == MentionKind.Name && !entity.IsPerson && entity.Gender == '\0') TouchOrganisation(entity);
            return entity;
        }

        /// <summary>Marks <paramref name="entity"/> as the speaker of a quote.</summary>
        public void Attribute(Entity entity)
        {
            entity.Quotes++;
            if (!IsShare(entity)) LastSpeaker = entity; // a quotation after "80% said ..." is someone else's words
            Touch(entity);
        }

        /// <summary>How many of the entities sharing a surname a name lookup compares: the ones added last (see <see cref="FindOrCreateName"/>).</summary>
        private const int SameSurnameCandidates = 64;

        /// <summary>
        /// Where a scan of <paramref name="sameLastWord"/> (entities sharing a last word, oldest
        /// first) starts: the <see cref="SameSurnameCandidates"/> added last only. A text naming
        /// thousands of bodies or people with one last word ("Qabcd Corp", "Qabce Corp", ...) made
        /// every lookup a scan of them all, quadratic in the article's length; no article names
        /// that many.
        /// </summary>
        private static int FirstRecentCandidate(List<Entity> sameLastWord) => Math.Max(0, sameLastWord.Count - SameSurnameCandidates);

        private Entity? FindOrCreateName(Mention mention, bool create)
        {
            DropOpeningDescriptor(mention); // "American Dent" after "Taylor Dent" (OpeningDescriptors)
            string[] words = mention.NameWords;
            if (words.Length == 0) return null;
            string key = mention.NameKey ??= KeyOf(words);
            if (byKey.TryGetValue(key, out Entity? known))
            {
                NoteArticle(known, mention, text);

                // "Woolf" first, then "Lord Woolf": the peer is known by title and surname.
                if (known.Name.IndexOf(' ') < 0 && NounPhrases.PeerTitleGender(mention.Text) != '\0') known.Name = mention.Text;
                if (known.Role is null && mention.Role is not null) SetRole(known, mention.Role);
                if (create) AdoptArticle(known, mention);
                return known;
            }

            if (mention.Conjoined)
            {
                if (!create) return null;
                var group = new Entity(ConjoinedName(mention.Text), key, key, isPerson: false, entities.Count) { Conjoined = true };
                Add(group);
                return group;
            }

            string surname = words.Length == 1 ? key : SurnameKey(words[words.Length - 1]); // a one-word name's key is its surname's ("Blair" after "Tony Blair", asked at each mention)
            bool surnameOnly = words.Length == 1 || OnlyParticlesBefore(words); // "De la Cruz"
            Entity? match = null, suffixed = null;
            bool matchBefore = false;
            if (bySurname.TryGetValue(surname, out List<Entity>? sameSurname))
            {
                string? firstKey = null; // made once, when a candidate needs it

                for (int c = FirstRecentCandidate(sameSurname); c < sameSurname.Count; c++)
                {
                    Entity candidate = sameSurname[c];
                    if (!IsFiledUnder(candidate, surname))
                    {
                        // "Joseph R. Biden Jr", filed under "Biden" too: only a lone surname finds it, and only when no one else has that surname (GenerationSuffixes).
                        if (surnameOnly && (suffixed is null || NamedBefore(candidate, mention.Span.Start) || !NamedBefore(suffixed, mention.Span.Start))) suffixed = candidate;
                        continue;
                    }

                    // "Rouhani" names "Hassan Rouhani"; "Ann Smith" does not name "John Smith".
                    if (surnameOnly || (candidate.Key.StartsWith(firstKey ??= SurnameKey(words[0]), StringComparison.Ordinal) && !NounPhrases.OpensOrganisationName(words[0])) || candidate.Key.IndexOf(' ') < 0)
                    {
                        // A full name written before the surname is the one it stands for, ahead
                        // of a variant only a later caption gives ("Jody" in the text, "Jodie" below).
                        bool before = candidate.Mentions.Count > 0 && candidate.Mentions.Min.Start < mention.Span.Start;
                        if (match is null || (before && !matchBefore) || (before == matchBefore && RecencyOf(candidate) < RecencyOf(match)))
                        {
                            match = candidate;
                            matchBefore = before;
                        }
                    }
                }
            }

            match ??= suffixed;
            match ??= CountryPrefixedBody(words, key, sameSurname); // "The Department of Justice" after "the US Department of Justice" (CountryPrefixedBodies)
            if (match is not null)
            {
                if (words.Length > 1 && !surnameOnly && match.Key.IndexOf(' ') < 0)
                {
                    // A surname seen first, its full name now: the entity takes the full name.
                    match.Name = mention.Text;
                    match.Key = key;
                    match.IsPerson = !HasOrganisationWord(words);
                    byKey[key] = match;
                    IndexFirstName(match);
                }

                NoteArticle(match, mention, text);
                if (mention.Titled) match.IsPerson = true;
                if (match.IsPerson) match.IsUnknown = false;

                if (match.Role is null && mention.Role is not null) SetRole(match, mention.Role);
                if (create) AdoptArticle(match, mention);
                return match;
            }

            if (words.Length == 1 && FirstNameMatch(key, mention.Span) is Entity byFirstName) return byFirstName;
            if (!create) return null;
            // A lone word ("Facebook", "RCMP", "Telford") is a person only when a title says so;
            // a full name is one unless it holds an organisation word.
            // A title settles it: "Mayor Lena Park" is a person though "Park" names places.
            // A name ending in its number ("Radio 1", "Maroon 5", "Andre 3000") is, like a lone
            // word, nobody's by its form: unknown until a title or pronoun says (NameNumbers).
            bool numbered = NounPhrases.EndsWithNumber(words);
            bool person = (mention.Titled || (!HasOrganisationWord(words) && words.Length > 1 && !numbered)) && !mention.Conjoined;
            string name = !person && mention.Article is not null ? mention.Article + " " + mention.Text : mention.Text;
            var entity = new Entity(name, key, surname, person, entities.Count)
            {
                Role = mention.Role,
                IsUnknown = !person && (words.Length == 1 || numbered) && !HasOrganisationWord(words, numbered ? words.Length - 1 : words.Length), // "3000" passes for an acronym
                WrittenWithArticle = NamedWithArticle(mention, text),
            };
            Add(entity);
            if (!bySurname.TryGetValue(surname, out List<Entity>? list)) bySurname[surname] = list = new List<Entity>();
            list.Add(entity);
            FileUnderSurnameBeforeSuffix(entity, words);
            return entity;
        }

        /// <summary>"Mahathir" for "Mahathir Mohamad", "Jordan" for "Jordan Stewart": only when one full name starts so.</summary>
        private Entity? FirstNameMatch(string key, TextRange mention)
        {
            if (!byFirstName.TryGetValue(key, out Entity? found)) return null;

            // Brands share first words too ("Nintendo DS", "Nintendo UK"): only a word its sentence
            // treats as a person ("Hannah confessed that she ...") is taken for one of them.
            if (found is null && sharedFirstNames.TryGetValue(key, out List<Entity>? sharing) && PersonPronounFollows(mention.End)) found = LastNamedBefore(sharing, mention.Start);
            return found is not null && found.IsPerson ? found : null;
        }


        private void SetRole(Entity entity, string role)
        {
            entity.Role = role;
            if (withRoles.Count < MaxRoleScan) withRoles.Add(entity);
        }

        /// <summary>Indexes a person's first name; a first name two people share names no one.</summary>
        private void IndexFirstName(Entity entity)
        {
            int space = entity.Key.IndexOf(' ');
            if (space <= 0) return;
            string first = entity.Key.Substring(0, space);
            if (byFirstName.TryGetValue(first, out Entity? other) && other != entity)
            {
                if (!sharedFirstNames.TryGetValue(first, out List<Entity>? sharing))
                {
                    sharedFirstNames[first] = sharing = new List<Entity>();
                    if (other is not null) sharing.Add(other);
                }

                if (!sharing.Contains(entity)) sharing.Add(entity);
                byFirstName[first] = null;
                return;
            }

            byFirstName[first] = entity;
        }

        /// <summary>"RCMP" then "the RCMP": an organisation written with its article keeps it.</summary>
        private static void AdoptArticle(Entity entity, Mention mention)
        {
            if (entity.IsPerson || entity.NamedAsAuthor || mention.Article is null || entity.Name.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) return;
            if (entity.IsUnknown || !entity.IsPerson) entity.Name = mention.Article + " " + entity.Name;
        }

        /// <summary>"Sandmann and Phillips" → "Nick Sandmann and Nathan Phillips" when both are known.</summary>
        private string ConjoinedName(string text)
        {
            int and = text.IndexOf(" and ", StringComparison.Ordinal);
            if (and <= 0) return text;
            string left = text.Substring(0, and), right = text.Substring(and + 5);
            return FullNameOf(left) + " and " + FullNameOf(right);
        }

        private string FullNameOf(string written)
        {
            string[] words = written.Split(' ');
            string key = KeyOf(words);
            if (byKey.TryGetValue(key, out Entity? known)) return known.Name;
            if (words.Length == 1 && bySurname.TryGetValue(SurnameKey(words[0]), out List<Entity>? list) && list.Count == 1 && list[0].IsPerson) return list[0].Name;
            return written;
        }

        private static bool OnlyParticlesBefore(string[] words)
        {
            for (int i = 0; i < words.Length - 1; i++)
            {
                if (!WordLists.NameParticles.Contains(words[i])) return false;
            }

            return true;
        }

        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        private static bool HasOrganisationWord(string[] words) => HasOrganisationWord(words, words.Length);

        /// <summary>Whether one of the first <paramref name="count"/> of <paramref name="words"/> is an organisation's.</summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        private static bool HasOrganisationWord(string[] words, int count)
        {
            for (int i = 0; i < count; i++)
            {
                string w = words[i];
                if (RoleLexicon.IsOrganisationWord(w)) return true;
                if (w == "&") return true; // "Marsh & McLennan", "B&B": a firm's name, never a person's
                if (w.Length >= 2 && w.Length <= 6 && IsAllCaps(w)) return true; // RCMP, IRCC, UFCW
            }

            return false;
        }

        private static bool IsAllCaps(string w)
        {
            foreach (char c in w)
            {
                if (char.IsLetter(c) && !char.IsUpper(c)) return false;
            }

            return true;
        }

        private Entity? ResolvePronoun(string pronoun, int at = -1)
        {
            char gender = pronoun.Equals("he", StringComparison.OrdinalIgnoreCase) ? 'm' : pronoun.Equals("she", StringComparison.OrdinalIgnoreCase) ? 'f' : '\0';
            foreach (Entity e in recent)
            {
                // "according to a Gallup poll", then "they say": a pollster named by its poll is
                // not the group a pronoun goes on about.
                if (e.NamedAsAuthor) continue;
                if (gender == '\0')
                {
                    // "it" is no share of people; "they" may well be ("80% said ... They also said").
                    if (!e.IsPerson && IsPluralGroup(e) && pronoun.Equals("it", StringComparison.OrdinalIgnoreCase)) return null; // "it" is no group of several (PluralGroups)
                    if (IsSpokesDescription(e) && pronoun.Equals("it", StringComparison.OrdinalIgnoreCase)) return null; // "it" is no spokesman, and what it is was named before them (Spokespeople)
                    if (!e.IsPerson && !(IsShare(e) && pronoun.Equals("it", StringComparison.OrdinalIgnoreCase))) return e;
                    continue;
                }

                if (!(e.IsPerson || e.IsUnknown || e.TitledGender == gender) || (e.Gender != '\0' && e.Gender != gender) || HonorificContradicts(e, gender)) continue;
                if (e.VoicedByWriting) continue; // "It claims Tony Blair felt ... he told Mr Brown": not the book's author (WritingSubjects)
                if (e.WrittenWithArticle && e.TitledGender != gender) return null; // "the Lib Dems" (ArticleNames)
                Entity chosen = at >= 0 && PersonNamedJustBefore(e, gender, at) is Entity named ? named : e; // "... did not impress Tory shadow education secretary Tim Collins. '...,' he said" (NewlyNamedPeople)
                chosen.Gender = gender;
                return chosen;
            }

            return gender == '\0' || at < 0 ? null : PersonNamedOnlyAsObject(gender, at); // "echoed by Christine Rush. ... she said" (UnspokenAntecedents)
        }

        private Entity? ResolveDescription(Mention mention, TextRange afterCue)
        {
            // "says the Institute of Public Policy Research": the speaker's own words are no listener.
            if (afterCue.Start < mention.Span.End) afterCue = new TextRange(System.Math.Min(mention.Span.End, afterCue.End), afterCue.End);

            // "her statement", "his letter": the writing's author is whom the pronoun names.
            if (OwnerPronoun(mention) is string owner) return ResolvePronoun(owner);

            // "An IAAF statement said ... The statement continued": that writing's author (ResumedWritings).
            if (AuthorOfResumedWriting(mention) is Entity resumed) return resumed;
            NoteUnauthoredWriting(mention);

            // "the Iraqi prime minister": every word must be in someone's role. "the company" is
            // not the person whose role is "president of cloud-hosting company Atlantic.Net".
            string head = mention.NameWords.Length > 0 ? mention.NameWords[mention.NameWords.Length - 1] : string.Empty;
            bool organisation = RoleLexicon.IsOrganisationWord(head) && !RoleLexicon.IsTitle(head);
            foreach (Entity e in recent)
            {
                if (e.Role is not null && !(organisation && e.IsPerson) && RoleHolds(e.Role, mention.NameWords)) return e;
            }

            foreach (Entity e in withRoles)
            {
                if (e.Role is not null && !(organisation && e.IsPerson) && RoleHolds(e.Role, mention.NameWords)) return e;
            }

            if (RoleLexicon.IsTitle(head))
            {
                // "the mayor" for "mayoral candidate Doug McCallum"; else the person last quoted.
                string stem = head.Length > 5 ? head.Substring(0, 5) : head;
                bool modifiedSpokes = IsSpokesNoun(head) && mention.NameWords.Length > 1;
                foreach (Entity e in recent)
                {
                    if (e.IsPerson && e.Role is not null && e.Role.IndexOf(stem, StringComparison.OrdinalIgnoreCase) >= 0 && !ModifiedSameOffice(e.Role, mention.NameWords) && !OtherPortfolio(e.Role, mention.NameWords) &&
                        !(modifiedSpokes && SpeaksForOtherBody(mention, e))) return e; // "The Trafford Centre spokeswoman" is not "Spokesman Alan Jones" of another body (BodySpokespeople)
                }

                // "The BPI spokesman" after "A spokesman for the British Phonographic Industry said".
                if (SpokesGroupFor(mention.NameWords) is Entity spokesGroup) return spokesGroup;

                // "A CRE spokesman said ...", then "the spokesman said": that spokesman (Spokespeople).
                if (IsSpokesNoun(head) && SpokesmanDescribedBefore(mention, head) is Entity spokesman) return spokesman;

                // "the midfielder" for the player the sentence before is about, before the person last quoted (AgedDescriptions).
                if (TitledPersonOfKind(mention, head) is Entity ofKind) return ofKind;

                // "Senate Majority Leader Mitch McConnell blamed ...", then "the Kentucky Republican
                // said": a person with a role who was the subject since counts as much as a speaker.
                // Not, for a bare "the spokesman", a person known as one: the spokesman is someone other than the people named (Spokespeople).
                bool spokes = IsSpokesNoun(head) && mention.NameWords.Length == 1;
                foreach (Entity e in recent)
                {
                    if (spokes && e.IsPerson && e.Key.IndexOf(' ') > 0 && (e.Quotes > 0 || e.Role is not null) && KnownAsPerson(e)) return null;
                    if (modifiedSpokes && e.IsPerson && e.Key.IndexOf(' ') > 0 && (e.Quotes > 0 || e.Role is not null) && SpeaksForOtherBody(mention, e)) return OwnBodySpokesperson(mention); // "An All England club spokesperson" is not the player last quoted (BodySpokespeople)
                    // One holding another office ("Home Secretary Charles Clarke" for "the prime
                    // minister") is not meant, nor anyone before them: no speaker beats a wrong one.
                    if (e.IsPerson && (e.Quotes > 0 || e.Role is not null) && e.Key.IndexOf(' ') > 0) return HoldsOtherOffice(e, mention.NameWords, mention.Span) || NamesSomeoneActingFor(mention, e) ? null : e;
                }

                return modifiedSpokes ? OwnBodySpokesperson(mention) : null;
            }

            // "the city" is the city's government, "the City of Surrey", even when a place named
            // "Langley City" came up since: "X City" is where a line runs, not who speaks.
            if (GeographicHeads.Contains(head) && mention.NameWords.Length == 1 && GovernmentOf(head) is Entity government) return government;

            // "the agency", "the company": the organisation of that kind last spoken of, else the
            // last one; a place ("the city") only by name, else the description as written.
            // A lone word "she" has referred to ("Kim") is a person, not "the department".
            // An organisation named after the cue is the listener or the object ("The agency told
            // CTV News"), never what the subject description stands for; one named between them is
            // its author ("The report, by the Pew Research Center, said").
            foreach (Entity e in recentOrganisations)
            {
                if (e.Gender == '\0' && (ContainsWord(e.Name, head) || IsUnionOf(e, head) || NameShowsKind(e, head)) && !NamedWithin(e, afterCue) && !OtherTitle(e, mention, head)) return e; // "the station" for "BBC Radio 2" (DescriptionFallback)
            }

            // "the defender told The Guardian" after "Arsenal's Sol Campbell has called ...": a noun for
            // what one person is is that person or the description as written, never the organisation last named (KindDescriptions).
            if (IsKindOfPerson(mention, head)) return DescribedByKind(mention, earlierSentences: true) ?? ResolveGroup(mention);

            // "According to the Times" with no such paper named: the paper as written, not the organisation last named (PublicationKinds).
            if (NamesPaper(mention, head)) return ResolveGroup(mention);

            // "The company also said": the business the article opens on, before the last one named (LeadOrganisations).
            if (LeadOrganisationFor(mention, head, afterCue) is Entity lead) return lead;

            // "the players", "the hereditary leaders": people, not the organisation last named.
            bool plural = head.Length > 3 && head.EndsWith("s", StringComparison.Ordinal) && !head.EndsWith("ss", StringComparison.Ordinal) && !RoleLexicon.IsOrganisationWord(head);
            if (!GeographicHeads.Contains(head) && !plural && !IsPersonNoun(head) && !NamesBodyOfMembers(mention) && !NamesSector(mention, head)) // "the Man Utd supporters club" (MembersBodies), "the record industry" (Epithets)
            {
                foreach (Entity e in recentOrganisations)
                {
                    if (e.Gender != '\0' || NamedWithin(e, afterCue)) continue;
                    if (mention.Epithet && !EpithetMayStandFor(e)) continue; // "The security firm says" is not "Mac OS" (Epithets)
                    Fallback fallback = FallbackTo(e, mention, head); // "the government", "Wall Street" is no "company" (DescriptionFallback)
                    if (fallback == Fallback.Take) return e;
                    if (fallback == Fallback.NoSpeaker) return null;
                }
            }

            // "Microsoft has unveiled ...", then "The company said" with no other organisation named: the lead's subject (LeadOrganisations).
            if (LeadOrganisationFor(mention, head, afterCue, subjectLead: true) is Entity subjectLead) return subjectLead;
            return ResolveGroup(mention);
        }

        /// <summary>"the union" for "UFCW Local 832": a local's number says what kind of organisation it is.</summary>
        private static bool IsUnionOf(Entity e, string head) =>
            head.Equals("union", StringComparison.OrdinalIgnoreCase) && NounPhrases.NamesUnionLocal(e.Name);

        /// <summary>Kinship words and nouns ending in "man", "woman", "person": "the New York businessman", "my mother" are people, never an organisation.</summary>
        private static bool IsPersonNoun(string head) =>
            PersonNouns.Contains(head) || IsPeopleOnlyNoun(head) || head.EndsWith("man", StringComparison.OrdinalIgnoreCase) || head.EndsWith("woman", StringComparison.OrdinalIgnoreCase) ||
            head.EndsWith("person", StringComparison.OrdinalIgnoreCase);

        /// <summary>"he" for "his statement", "she" for "her letter", "they" for "their release"; else null.</summary>
        private static string? OwnerPronoun(Mention mention)
        {
            if (mention.NameWords.Length == 0 || !RoleLexicon.IsDocument(mention.NameWords[mention.NameWords.Length - 1])) return null;
            string text = mention.Text;
            if (text.StartsWith("his ", StringComparison.OrdinalIgnoreCase)) return "he";
            if (text.StartsWith("her ", StringComparison.OrdinalIgnoreCase)) return "she";
            if (text.StartsWith("their ", StringComparison.OrdinalIgnoreCase)) return "they";
            return text.StartsWith("its ", StringComparison.OrdinalIgnoreCase) ? "it" : null;
        }

        private Entity? ResolveGroup(Mention mention)
        {
            // "chief executive" with no article names someone the text does not say: unknown.
            string head = mention.NameWords.Length > 0 ? mention.NameWords[mention.NameWords.Length - 1] : string.Empty;
            bool bare = mention.NameWords.Length == mention.Text.Split(' ').Length;
            if (bare && RoleLexicon.IsTitle(head) && !head.EndsWith("s", StringComparison.Ordinal)) return null;

            // "a survey", "city documents": a writing whose author the text does not give names
            // no one; the mention stays, the typed speaker is unknown rather than "a survey".
            if (RoleLexicon.IsDocument(head) && !char.IsUpper(head[0])) return null; // "a Washington Post" is a paper

            string key = "#" + mention.Text.ToUpperInvariant();
            if (byKey.TryGetValue(key, out Entity? known)) return known;
            var entity = new Entity(mention.Text, key, key, isPerson: false, entities.Count);
            Add(entity);
            return entity;
        }

        /// <summary>The government named "City of ..." (for "city"), the most recent when there are several.</summary>
        private Entity? GovernmentOf(string head)
        {
            if (!governments.TryGetValue(head.ToUpperInvariant(), out List<Entity>? list)) return null;
            Entity? best = null;
            foreach (Entity e in list)
            {
                if (best is null || RecencyOf(e) < RecencyOf(best)) best = e;
            }

            return best;
        }

        private void IndexGovernment(Entity entity)
        {
            if (entity.IsPerson) return;
            int space = entity.Key.IndexOf(' ');
            if (space <= 0 || string.CompareOrdinal(entity.Key, space, " OF ", 0, 4) != 0) return;
            string head = entity.Key.Substring(0, space);
            if (!GeographicHeads.Contains(head)) return;
            if (!governments.TryGetValue(head, out List<Entity>? list)) governments[head] = list = new List<Entity>();
            list.Add(entity);
        }

        private static bool NamedWithin(Entity entity, TextRange range) =>
            range.End > range.Start && entity.Mentions.GetViewBetween(new TextRange(range.Start, range.Start), new TextRange(range.End, range.End)).Count > 0;

        private static bool RoleHolds(string role, string[] words)
        {
            if (words.Length == 0 || ModifiedOffice(role, words)) return false;
            foreach (string w in words)
            {
                if (!ContainsWord(role, w)) return false;
            }

            return true;
        }

        private static bool ContainsWord(string phrase, string word)
        {
            int from = 0;
            while (from <= phrase.Length - word.Length)
            {
                int at = phrase.IndexOf(word, from, StringComparison.OrdinalIgnoreCase);
                if (at < 0) return false;
                int end = at + word.Length;
                if ((at == 0 || !char.IsLetter(phrase[at - 1])) && (end == phrase.Length || !char.IsLetter(phrase[end]))) return true;
                from = at + 1;
            }

            return false;
        }

        private void Add(Entity entity)
        {
            entities.Add(entity);
            byKey[entity.Key] = entity;
            IndexFirstName(entity);
            IndexGovernment(entity);
            if (entity.Role is not null && withRoles.Count < MaxRoleScan) withRoles.Add(entity);
        }

        private void Touch(Entity entity)
        {
            recent.Remove(entity);
            recent.Insert(0, entity);
            if (recent.Count > RecentLimit) recent.RemoveAt(recent.Count - 1);
        }

        private void TouchOrganisation(Entity entity)
        {
            recentOrganisations.Remove(entity);
            recentOrganisations.Insert(0, entity);
            if (recentOrganisations.Count > RecentLimit) recentOrganisations.RemoveAt(recentOrganisations.Count - 1);
        }

        private int RecencyOf(Entity entity)
        {
            int at = recent.IndexOf(entity);
            return at < 0 ? RecentLimit + entities.Count - entity.Order : at;
        }

        /// <summary>
        /// The <see cref="SurnameKey"/> of each word, joined by spaces. Made as one string upper-cased
        /// once: invariant upper case maps each character on its own and a space to itself, so
        /// upper-casing the joined words is joining the upper-cased ones, without a copy of each
        /// word and an array to join them (this was a good part of registering a name's bytes).
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        private static string KeyOf(string[] words)
        {
            if (words.Length == 1) return SurnameKey(words[0]);
            string[]? stripped = null; // a copy only when a word loses a particle or a possessive
            for (int i = 0; i < words.Length; i++)
            {
                string bare = StripSurname(words[i]);
                if (!ReferenceEquals(bare, words[i])) (stripped ??= (string[])words.Clone())[i] = bare;
            }

            return string.Join(" ", stripped ?? words).ToUpperInvariant();
        }

        /// <summary>Upper-case, without a particle prefix: "al-Kadhimi" and "Al-Kadhimi" → "KADHIMI".</summary>
        internal static string SurnameKey(string word) => StripSurname(word).ToUpperInvariant();

        /// <summary>The word without a particle prefix or a possessive ending; the same string when it has neither.</summary>
        private static string StripSurname(string word)
        {
            int dash = word.IndexOf('-');
            if (dash > 0 && dash + 1 < word.Length && WordLists.NameParticles.Contains(word, 0, dash)) word = word.Substring(dash + 1);
            if (word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))) word = word.Substring(0, word.Length - 2);
            return word;
        }
    }
}
