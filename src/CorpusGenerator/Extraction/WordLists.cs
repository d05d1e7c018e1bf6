namespace CorpusGenerator.Extraction
{
    /// <summary>Closed-class English words the scanners use to find phrase edges.</summary>
    internal static class WordLists
    {
        /// <summary>The days of the week: dates after a cue ("said Tuesday"), and inside names ("the Sunday Times").</summary>
        public static readonly WordSet Weekdays = new WordSet("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

        /// <summary>Words that open a noun phrase; kept in a description ("the president").</summary>
        public static readonly WordSet Determiners = new WordSet(
            "the", "a", "an", "some", "many", "most", "several", "other", "others", "two", "three", "four",
            "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "both", "few", "all", "one",
            "another", "each", "any", "no", "more");

        /// <summary>
        /// Words that may stand between a subject and its cue verb ("Rouhani also said",
        /// "she has repeatedly argued").
        /// </summary>
        public static readonly WordSet VerbModifiers = new WordSet(
            "also", "has", "have", "had", "previously", "later", "once", "repeatedly", "strongly", "then", "recently",
            "further", "again", "publicly", "privately", "firmly", "earlier", "would", "will", "did", "does", "do",
            "could", "may", "might", "often", "frequently", "quickly", "immediately", "simply", "just", "even",
            "reportedly", "allegedly", "initially", "subsequently", "separately", "similarly", "likewise",
            "openly", "flatly", "categorically", "bluntly", "angrily", "proudly", "calmly", "confidently", "clearly",
            "emphatically", "explicitly", "sharply", "loudly", "quietly", "softly", "tearfully", "finally", "first",
            "already", "still", "always", "never", "not", "is", "was", "were", "are", "be", "been", "being",
            "should", "must", "can", "now", "wisely", "candidly", "frankly", "directly", "specifically", "only");

        /// <summary>Function words that end a name or a noun phrase when walking through a sentence.</summary>
        public static readonly WordSet StopWords = new WordSet(
            "the", "a", "an", "and", "or", "but", "nor", "so", "yet", "for", "of", "in", "on", "at", "to", "from",
            "by", "with", "about", "as", "into", "over", "under", "after", "before", "during", "while", "when",
            "where", "whether", "if", "that", "which", "who", "whom", "whose", "what", "this", "these", "those",
            "there", "here", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
            "my", "your", "is", "was", "were", "are", "be", "been", "has", "have", "had", "do", "does", "did",
            "not", "no", "also", "then", "than", "because", "although", "though", "since", "until", "unless",
            "however", "meanwhile", "elsewhere", "still", "yet", "now", "today", "yesterday", "tomorrow",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "next",
            "according", "said", "says", "told", "added", "asked", "would", "will", "could", "should", "may",
            "might", "must", "can", "all", "some", "many", "most", "more", "such", "every", "each", "both",
            "either", "neither", "other", "another", "any", "through", "against", "between", "among", "without",
            "within", "across", "behind", "beyond", "toward", "towards", "upon", "via", "per", "like", "unlike", "alongside",
            "even", "only", "just", "very", "too", "well", "back", "out", "up", "down", "off", "again", "ever",
            "perhaps", "maybe", "besides", "instead", "nonetheless", "nevertheless", "indeed", "thus", "hence", "moreover",
            "furthermore", "otherwise", "despite", "although", "among", "amid", "like", "yes", "why", "how", "asked",
            "speaking", "earlier", "later", "still", "oh", "whilst", "amongst", "unlike", "following", "including", "well", "please", "dear", "hey", "sure", "thanks");

        /// <summary>Prepositions: a noun phrase after one is an object, not a subject.</summary>
        public static readonly WordSet Prepositions = new WordSet(
            "of", "in", "at", "from", "with", "for", "on", "by", "about", "to", "into", "under", "over", "near", "inside",
            "outside", "between", "among", "against", "toward", "towards", "through", "via", "within", "without");

        /// <summary>Words that can open an adverbial between a cue and its "that": "said in a statement Monday that".</summary>
        public static readonly WordSet AdverbialStarters = new WordSet(
            "in", "on", "at", "to", "for", "during", "last", "this", "earlier", "late", "later", "recently", "publicly", "privately",
            "repeatedly", "also", "previously", "through", "via", "before", "after", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "again", "once", "then", "now",
            "often", "separately", "afterward", "afterwards", "shortly", "recently", "first", "this", "next", "when", "by", "via");

        /// <summary>
        /// Words a sentence can end a line with only when the line is cut in mid-sentence
        /// ("... stating that Iran and" / "Iraq can cover ...").
        /// </summary>
        public static readonly WordSet Connectives = new WordSet(
            "and", "or", "but", "nor", "of", "in", "on", "at", "to", "from", "by", "with", "for", "the", "a", "an",
            "that", "which", "who", "as", "than", "into", "its", "his", "her", "their", "our", "is", "was", "are",
            "were", "be", "has", "have", "had", "between", "about", "after", "before", "while", "when", "if");

        /// <summary>Abbreviations whose period does not end a sentence.</summary>
        public static readonly WordSet Abbreviations = new WordSet(
            "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt", "cpl",
            "prof", "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sept", "sep",
            "oct", "nov", "dec", "mt", "ft", "ave", "rev", "hon", "const", "det", "supt", "insp", "maj", "adm",
            "gov't", "approx", "dept", "est", "fig", "ph", "u.s", "e.g", "i.e", "p.m", "a.m", "msgr", "pres");

        /// <summary>Lowercase particles inside names ("Mustafa al-Kadhimi", "Ana de la Cruz").</summary>
        public static readonly WordSet NameParticles = new WordSet(
            "al", "el", "bin", "ibn", "de", "del", "della", "der", "den", "van", "von", "da", "das", "dos", "du",
            "di", "la", "le", "ter", "ten", "abu", "bint", "zu", "y", "st.");

        /// <summary>Lines that are page furniture, never speech or headings.</summary>
        public static readonly WordSet BoilerplateLines = new WordSet(
            "article continued below", "story continues below", "advertisement", "continue reading below",
            "related", "read more", "related stories", "watch", "share this article", "story continues below advertisement",
            "listen", "subscribe", "sign up", "video", "photo", "ad");
    }
}
