namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// Titles and roles that stand before or after a name ("Iranian President Hassan Rouhani",
    /// "Trevor Nicholson, a spokesman"), and the nouns that make a description a possible source
    /// ("the agency", "some voters"). A capitalized run is split into role and name at the last
    /// word found here.
    /// </summary>
    internal static class RoleLexicon
    {
        private static readonly WordSet Titles = new WordSet(
            "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "senator", "sen",
            "rep", "representative", "congressman", "congresswoman", "gov", "governor", "mayor", "deputy",
            "councillor", "councilor", "councilman", "councilwoman", "alderman", "mp", "mep", "mpp", "mla", "mna",
            "speaker", "leader", "chief", "chair", "chairman", "chairwoman", "chairperson", "ceo", "cfo", "coo",
            "director", "executive", "manager", "officer", "head", "founder", "co-founder", "owner", "partner",
            "spokesman", "spokeswoman", "spokesperson", "spokespeople", "commissioner", "superintendent",
            "inspector", "detective", "sgt", "sergeant", "const", "constable", "cpl", "corporal", "officer",
            "general", "gen", "col", "colonel", "lt", "lieutenant", "capt", "captain", "major", "maj", "admiral",
            "commander", "judge", "justice", "attorney", "lawyer", "prosecutor", "crown", "counsel", "solicitor",
            "ambassador", "envoy", "diplomat", "king", "queen", "prince", "princess", "pope", "cardinal", "bishop",
            "archbishop", "rabbi", "imam", "reverend", "rev", "pastor", "professor", "prof", "economist",
            "analyst", "strategist", "scientist", "researcher", "expert", "historian", "author", "writer",
            "editor", "columnist", "reporter", "journalist", "correspondent", "anchor", "host", "candidate",
            "nominee", "challenger", "incumbent", "adviser", "advisor", "aide", "consultant", "pollster",
            "coach", "captain", "player", "forward", "defenceman", "goaltender", "quarterback", "pitcher",
            "president-elect", "treasurer", "auditor", "ombudsman", "registrar", "dean", "principal",
            "teacher", "doctor", "physician", "nurse", "surgeon", "psychologist", "psychiatrist", "epidemiologist",
            "activist", "advocate", "organizer", "organiser", "coordinator", "volunteer", "resident",
            "chef", "artist", "singer", "actor", "actress", "director-general", "secretary-general",
            "trustee", "administrator", "supervisor", "president's", "economists", "officials", "official",
            "representative", "delegate", "negotiator", "minister's", "vp", "evp", "svp", "sheriff", "marshal",
            "warden", "chaplain", "engineer", "architect", "planner", "agent", "broker", "investor", "entrepreneur",
            "senior", "associate", "assistant", "interim", "acting", "former", "then", "rival", "fellow",
            "emir", "sheikh", "sultan", "ayatollah", "cleric", "mufti", "patriarch", "chairs", "lord", "lady",
            "baroness", "dame", "sir", "attorney-general", "solicitor-general", "auditor-general",
            "republican", "democrat", "democratic", "liberal", "conservative", "tory", "libertarian", "ndp", "gop",
            "boss", "co-chairman", "co-chair", "skipper", "striker", "midfielder", "goalkeeper", "manager", "veteran",
            // Roles of the arts and sport and the "Lib Dem" party label, which open a name as
            // "singer" and "tory" do: "Rapper Eminem has denied ...", "said Lib Dem Norman Baker"
            // gave the typed speakers "Rapper Eminem" and "Lib Dem Norman Baker" (BBC). Not
            // "comedian", "presenter", "defender" or "designer": a title also makes "the comedian said" look for
            // a person whose role holds it, and a first version with them changed 22 BBC quotes,
            // 17 right ("said the 74-year-old comedian" went to another comedian named earlier),
            // and "The FIFA kit designer" became a bare "designer".
            "rapper", "guitarist", "drummer", "broadcaster", "novelist", "poet", "songwriter",
            "singer-songwriter", "playwright", "film-maker", "filmmaker", "photographer", "winger",
            "sprinter", "jockey", "golfer", "dem",
            // "Virgin Radio DJ Pete Mitchell said", "Controversial DJ Howard Stern ... says": a DJ
            // after the station or a modifier, not opening the run, was glued into the name
            // (NamePremodifiers takes an acronym only when it opens the run: "DJ Norman Cook").
            "dj",
            // "..., said Wales physio Mark Davies", "Chelsea physio Mike Banks was hopeful that":
            // a team's physio before the name was no role, so the walk forward from the cue stopped
            // at it and the team became the typed speaker ("Wales").
            "physio", "physiotherapist");

        /// <summary>Words of address that belong to neither the name nor the role.</summary>
        private static readonly WordSet Honorifics = new WordSet("mr", "mrs", "ms", "miss", "mx", "dr", "messrs");

        /// <summary>Heads of descriptions that can be a source of speech.</summary>
        private static readonly WordSet SourceNouns = new WordSet(
            "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative",
            "representatives", "source", "sources", "observers", "observer", "experts", "expert", "analysts", "analyst",
            "critics", "critic", "residents", "resident", "voters", "voter", "staff", "police", "investigators",
            "prosecutors", "prosecutor", "lawyers", "lawyer", "attorney", "attorneys", "doctors", "researchers",
            "scientists", "economists", "economist", "supporters", "opponents", "advocates", "activists",
            "leaders", "leader", "members", "member", "authorities", "government", "ministry", "department",
            "agency", "company", "firm", "campaign", "party", "group", "organization", "organisation", "union",
            "association", "council", "committee", "court", "judge", "board", "city", "province", "state",
            "report", "study", "statement", "survey", "poll", "release", "memo", "letter", "lawsuit", "complaint",
            "president", "minister", "premier", "mayor", "senator", "governor", "chief", "director", "chair",
            "chairman", "ceo", "executive", "executives", "manager", "owner", "founder", "candidate", "nominee",
            "professor", "coach", "parents", "parent", "students", "student", "teachers", "workers", "employees",
            "people", "person", "americans", "canadians", "democrats", "republicans", "liberals", "conservatives",
            "aides", "aide", "adviser", "advisers", "advisor", "advisors", "administration",
            "military", "army", "officer", "officers", "spokesmen", "bank", "regulator", "regulators",
            "newspaper", "paper", "network", "website", "magazine", "times", "post", "journal", "agency's",
            "secretary", "ambassador", "commissioner", "lawmakers", "legislators", "senators", "others", "man", "woman", "men", "women", "mother", "father", "witness", "witnesses",
            "victim", "family", "neighbour", "neighbor", "friend", "organizers", "organisers", "historian",
            "author", "researcher", "pollster", "strategist", "strategists", "consultant", "consultants", "team",
            "coalition", "office", "spokesperson's", "plaintiffs", "defendant", "defence", "defense", "crown",
            "federation", "institute", "foundation", "center", "centre", "university", "hospital", "school", "club",
            "league", "commission", "authority", "service", "services", "industry", "ad", "ads", "clip", "spot", "video",
            "tweet", "message", "email", "narrator", "announcer", "questioner", "host", "anchor", "moderator", "insider",
            "insiders", "businessman", "businesswoman", "protesters", "demonstrators", "citizens", "users", "customers",
            "fans", "players", "spokespersons", "representatives", "governments", "countries", "documents", "data",
            "figures", "records", "polls", "reports", "studies", "surveys", "website", "site", "filing", "filings",
            "diocese", "church", "charity", "ministry", "embassy", "consulate", "regulator", "watchdog", "prosecutors",
            // "according to a report by UK think-tank Demos", "says the think-tank": a body that
            // speaks in its own name, as an institute does; the author after it was not found.
            "think-tank", "thinktank");

        /// <summary>
        /// Writings that "say" things for their authors ("a survey found", "city documents say"):
        /// a source of speech, but nobody to name when the text does not say whose they are.
        /// </summary>
        private static readonly WordSet DocumentNouns = new WordSet(
            "report", "reports", "study", "studies", "survey", "surveys", "poll", "polls", "document", "documents",
            "data", "figures", "numbers", "records", "filing", "filings", "memo", "memos", "letter", "letters",
            "statement", "statements", "release", "releases", "lawsuit", "complaint", "analysis", "audit", "review",
            "estimate", "estimates", "research", "ruling", "decision", "minutes", "transcript", "notes", "website",
            "site", "ad", "ads", "clip", "spot", "video", "tweet", "tweets", "message", "email", "post", "chart", "graph");

        /// <summary>Words that make a capitalized run an organisation rather than a person.</summary>
        private static readonly WordSet OrganisationWords = new WordSet(
            "news", "times", "post", "party", "ministry", "department", "university", "council", "association", "inc", "corp", "consortium",
            "company", "group", "bank", "agency", "commission", "committee", "house", "office", "institute", "foundation",
            "union", "league", "government", "court", "police", "service", "services", "network", "press", "reuters",
            "journal", "board", "church", "club", "center", "centre", "hospital", "school", "college", "republic", "states",
            "kingdom", "nations", "federation", "organization", "organisation", "authority", "ltd", "co", "communications",
            "airlines", "airways", "motors", "media", "health", "affairs", "campaign", "fund", "trust", "corporation",
            "systems", "technologies", "labs", "watch", "forces", "army", "navy", "canada", "coalition", "alliance",
            "institute", "society", "program", "programme", "project", "bureau", "administration", "tribune", "herald",
            "globe", "mail", "star", "sun", "telegraph", "guardian", "gazette", "magazine", "radio", "television", "tv",
            "cbc", "ctv", "cnn", "bbc", "abc", "nbc", "cbs", "fox", "associated", "team", "senate", "congress", "parliament",
            "assembly", "legislature", "cabinet", "pentagon", "kremlin", "street", "avenue", "road", "county", "city",
            "province", "district", "region", "island", "islands", "airport", "station", "park", "hall", "tower", "centre",
            "museum", "festival", "awards", "cup", "games", "olympics", "championship", "series", "market", "exchange",
            "diocese", "town", "township", "municipality", "agency", "institute", "academy", "council", "secretariat",
            "research", "studios", "entertainment", "pictures", "foods", "energy", "resources", "holdings", "capital",
            "ventures", "solutions", "software", "pharmaceuticals", "razor", "products", "brands", "motor", "insurance",
            // "The Confederation of British Industry said", "the Chamber of Commerce said": without
            // them the inner "of" was not crossed and the speaker was "The Confederation" (BBC).
            // Not the plural "chambers", a surname too ("John Chambers of Cisco said").
            "confederation", "chamber",
            // "Roddick was left frustrated after losing both his singles on the slow clay of
            // Seville's Olympic Stadium. “Q,” said the American": 'Olympic Stadium' was a second
            // person beside Roddick, so the description named no one. Not "arena", a surname
            // too ("Bruce Arena said").
            "stadium");

        /// <summary>Nationalities: a role when they stand before a name ("Australian Lynton Crosby").</summary>
        private static readonly WordSet Nationalities = new WordSet(
            "american", "british", "canadian", "australian", "iranian", "iraqi", "israeli", "palestinian", "russian",
            "chinese", "japanese", "french", "german", "italian", "spanish", "mexican", "indian", "pakistani", "afghan",
            "syrian", "turkish", "saudi", "egyptian", "nigerian", "kenyan", "ukrainian", "polish", "dutch", "belgian",
            "swiss", "swedish", "norwegian", "danish", "finnish", "irish", "scottish", "welsh", "english", "greek",
            "brazilian", "argentine", "argentinian", "chilean", "colombian", "venezuelan", "cuban", "korean", "vietnamese",
            "thai", "malaysian", "indonesian", "filipino", "lebanese", "jordanian", "qatari", "emirati", "yemeni", "libyan",
            "tunisian", "moroccan", "algerian", "ethiopian", "european", "asian", "african", "arab", "kurdish", "portuguese",
            "austrian", "hungarian", "czech", "romanian", "serbian", "croatian", "taiwanese", "zimbabwean", "sudanese",
            "somali", "bahraini", "kuwaiti", "omani", "emirati", "lithuanian", "latvian", "estonian", "slovak", "bulgarian");

        public static bool IsNationality(string word) => Nationalities.Contains(word);

        /// <summary>Whether the word at [<paramref name="start"/>, +<paramref name="length"/>) of <paramref name="text"/> is a nationality, without cutting it out.</summary>
        public static bool IsNationality(string text, int start, int length) => Nationalities.Contains(text, start, length);

        public static bool IsOrganisationWord(string word) => OrganisationWords.Contains(Trim(word));

        public static bool IsTitle(string word) => Titles.Contains(Trim(word));

        public static bool IsHonorific(string word) => Honorifics.Contains(Trim(word));

        public static bool IsSourceNoun(string word) => SourceNouns.Contains(Trim(word));

        public static bool IsDocument(string word) => DocumentNouns.Contains(Trim(word));

        private static string Trim(string word) => word.Length > 1 && word[word.Length - 1] == '.' ? word.Substring(0, word.Length - 1) : word;
    }
}
