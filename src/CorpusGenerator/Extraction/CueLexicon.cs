namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// Verbs that introduce speech or writing, in the inflected forms news prose uses. A quote is
    /// only taken when one of these links a speaker to a content, so this list is the engine's
    /// main guard against reading ordinary actions ("discussed", "met") as quotes.
    /// </summary>
    internal static class CueLexicon
    {
        /// <summary>Plain verbs of saying and writing: any subject and any content will do.</summary>
        private static readonly WordSet SpeechVerbs = new WordSet(
            "report", "reports", "reported", "reporting", "respond", "responds", "responded", "responding", "call",
            "calls", "called", "calling",
            // Manner of speaking: rare outside attributions, so safe to take.
            "crowed", "stuttered", "stammered", "gushed", "sighed", "sniffed", "groaned", "blurted", "interjected",
            "pleaded", "begged", "raved", "ranted", "mumbled", "muttered", "murmured", "growled", "hissed", "snarled",
            "grumbled", "huffed", "marveled", "marvelled", "enthused", "gasped", "chided", "teased", "vented",
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
            "stated", "stating", "claim", "claims", "claimed", "claiming", "argue", "argues", "argued",
            "arguing", "explain", "explains", "explained", "explaining", "note", "notes", "noted", "noting", "write",
            "writes", "wrote", "writing", "tweet", "tweets", "tweeted", "tweeting", "announce", "announces",
            "announced", "announcing", "suggest", "suggests", "suggested", "suggesting", "insist", "insists",
            "insisted", "insisting", "acknowledge", "acknowledges", "acknowledged", "acknowledging", "admit", "admits",
            "admitted", "admitting", "declare", "declares", "declared", "declaring", "conclude", "concludes",
            "concluded", "concluding", "reply", "replies", "replied", "replying", "recall", "recalls", "recalled",
            "recalling", "warn", "warns", "warned", "warning", "predict", "predicts", "predicted", "predicting",
            "promise", "promises", "promised", "promising", "pledge", "pledges", "pledged", "pledging", "vow", "vows",
            "vowed", "vowing", "confirm", "confirms", "confirmed", "confirming", "deny", "denies", "denied", "denying",
            "assert", "asserts", "asserted", "asserting", "contend", "contends", "contended", "contending", "complain",
            "complains", "complained", "complaining", "joke", "jokes", "joked", "joking", "ask", "asks", "asked",
            "asking", "emphasize", "emphasizes", "emphasized", "emphasizing", "emphasise", "emphasises", "emphasised",
            "emphasising", "stress", "stresses", "stressed", "stressing", "mention", "mentions", "mentioned", "mentioning",
            "reiterate", "reiterates", "reiterated", "reiterating", "repeat", "repeats", "repeated", "disclose",
            "discloses", "disclosed", "allege", "alleges", "alleged", "boast", "boasts", "boasted", "concede",
            "concedes", "conceded", "conceding", "quip", "quips", "quipped", "retort", "retorts", "retorted", "scold",
            "scolds", "scolded", "wonder", "wonders", "wondered", "confess", "confesses",
            "confessed", "exclaim", "exclaims", "exclaimed", "muse", "muses", "mused", "snap", "snapped", "fume",
            "fumed", "caution", "cautions", "cautioned", "recount", "recounts", "recounted", "decry", "decries",
            "decried", "assure", "assures", "assured", "inform", "informs", "informed", "remind", "reminds",
            "reminded", "elaborate", "elaborated", "commented", "clarify", "clarified", "specify", "specified", "shout", "shouted",
            "yelled", "whispered", "testified", "testify", "testifies", "blog", "blogged", "texted", "emailed", "urge",
            "urges", "urged", "urging", "describe", "describes", "described", "describing", "accuse", "accuses",
            "accused", "accusing", "criticize", "criticizes", "criticized", "criticizing", "criticise", "criticises",
            "criticised");

        /// <summary>
        /// Verbs of evaluation ("lamented", "welcomed", "condemned") that report speech only when
        /// they continue a reported exchange: after "also" or joined to another cue (seed: "Rouhani
        /// also lamented the recent attacks ..."). Alone ("Putin blamed the West") they are acts.
        /// </summary>
        private static readonly WordSet EvaluativeVerbs = new WordSet(
            "lament", "laments", "lamented", "lamenting", "express", "expresses", "expressed", "expressing", "welcome",
            "welcomes", "welcomed", "welcoming", "condemn", "condemns", "condemned", "condemning", "congratulate",
            "congratulates", "congratulated", "appreciate", "appreciates", "appreciated", "demand", "demands",
            "demanded", "demanding", "thank", "thanks", "thanked", "praise", "praises", "praised", "praising", "blame",
            "blames", "blamed", "blaming", "slam", "slams", "slammed", "dismissed");

        /// <summary>
        /// Verbs that are speech only when a "that" clause follows ("maintained that ...");
        /// otherwise they are ordinary actions ("will maintain a presence").
        /// </summary>
        private static readonly WordSet ThatOnlyVerbs = new WordSet(
            "maintain", "maintains", "maintained", "continue", "continues", "continued", "remark", "remarks", "remarked", "observe",
            "observes", "observed", "reveal", "reveals", "revealed", "revealing",
            "estimate", "estimates", "estimated", "charge", "charges", "charged", "indicate", "indicates", "indicated",
            "indicating", "counter", "countered", "advise", "advises", "advised", "reason", "reasoned", "propose",
            "proposes", "proposed", "proposing", "post", "posted",
            // "echoed her concerns" repeats a view, "echoes McMillen" after a quotation repeats words.
            "echo", "echoes", "echoed",
            // "in five states Tuesday": far more often the plural noun than the verb.
            "states");

        /// <summary>
        /// Verbs whose object is the listener, not the content: "told reporters that ...".
        /// </summary>
        private static readonly WordSet AddresseeVerbs = new WordSet(
            "tell", "tells", "told", "telling", "ask", "asks", "asked", "asking",
            "warn", "warns", "warned", "warning", "urge", "urges", "urged", "urging",
            "assure", "assures", "assured", "remind", "reminds", "reminded", "inform", "informs", "informed");

        /// <summary>The verbs of plain saying: content may start with a preposition ("said after consultation ...").</summary>
        private static readonly WordSet SayVerbs = new WordSet("say", "says", "said", "saying", "add", "adds", "added", "adding");

        /// <summary>Irregular past forms: not base forms despite no -ed.</summary>
        private static readonly WordSet IrregularPasts = new WordSet("said", "told", "wrote", "read", "spoke", "put");

        /// <summary>The three lists above as one: nearly every word asked is in none of them.</summary>
        private static readonly WordSet AnyCue = WordSet.Union(SpeechVerbs, EvaluativeVerbs, ThatOnlyVerbs);

        public static bool IsCue(string word) => AnyCue.Contains(word);

        /// <summary>One set of the cue verbs and the words of <paramref name="others"/>.</summary>
        public static WordSet UnionWithCues(params WordSet[] others)
        {
            var sets = new WordSet[others.Length + 1];
            sets[0] = AnyCue;
            others.CopyTo(sets, 1);
            return WordSet.Union(sets);
        }

        /// <summary>"called for", "warned against", "complained about": speech whose content follows a preposition.</summary>
        public static bool TakesPrepositionalContent(string verb, string preposition)
        {
            string v = verb.ToUpperInvariant();
            string p = preposition.ToUpperInvariant();
            if (v.StartsWith("CALL", System.StringComparison.Ordinal)) return p == "FOR" || p == "ON";
            if (v.StartsWith("WARN", System.StringComparison.Ordinal)) return p == "AGAINST" || p == "ABOUT" || p == "OF";
            if (v.StartsWith("COMPLAIN", System.StringComparison.Ordinal) || v.StartsWith("JOK", System.StringComparison.Ordinal)) return p == "ABOUT" || p == "THAT";
            if (v.StartsWith("ASK", System.StringComparison.Ordinal)) return p == "ABOUT" || p == "FOR" || p == "TO";
            if (p == "TO")
            {
                // "vowed to form a task force", "urged Congress to act": a promise or a request.
                foreach (string stem in new[] { "VOW", "PLEDG", "PROMIS", "URG", "TELL", "TOLD", "WARN", "THREAT", "DECLIN", "REFUS", "OFFER", "CALL", "DEMAND", "AGREE" })
                {
                    if (v.StartsWith(stem, System.StringComparison.Ordinal)) return true;
                }
            }

            return false;
        }

        public static bool NeedsThat(string word) => ThatOnlyVerbs.Contains(word);

        public static bool IsSay(string word) => SayVerbs.Contains(word);

        /// <summary>"say", "tell", "post": the form a singular subject cannot take without a modal.</summary>
        public static bool IsBaseForm(string word) =>
            !IrregularPasts.Contains(word) && !word.EndsWith("s", System.StringComparison.OrdinalIgnoreCase) &&
            !word.EndsWith("ed", System.StringComparison.OrdinalIgnoreCase) && !IsParticiple(word);

        public static bool IsEvaluative(string word) => EvaluativeVerbs.Contains(word);

        public static bool TakesAddressee(string word) => AddresseeVerbs.Contains(word);

        public static bool IsParticiple(string word) => word.Length > 4 && word.EndsWith("ing", System.StringComparison.OrdinalIgnoreCase);
    }
}
