namespace CorpusGenerator.Extraction
{
    internal enum MentionKind
    {
        /// <summary>A proper name, maybe with a role before it: "Iranian President Hassan Rouhani".</summary>
        Name,

        /// <summary>"he", "she", "they".</summary>
        Pronoun,

        /// <summary>A definite description: "the president", "the Iraqi prime minister".</summary>
        Description,

        /// <summary>An indefinite or bare source: "a spokesperson", "some voters", "observers".</summary>
        Group,
    }

    /// <summary>A phrase naming a possible speaker, as found next to a cue.</summary>
    internal sealed class Mention
    {
        public Mention(MentionKind kind, int first, int end, TextRange span, string text)
        {
            Kind = kind;
            First = first;
            End = end;
            Span = span;
            Text = text;
        }

        public MentionKind Kind { get; }

        /// <summary>First token of the whole phrase, role included.</summary>
        public int First { get; }

        /// <summary>After the last token of the whole phrase (appositive excluded).</summary>
        public int End { get; set; }

        /// <summary>What is reported as the mention: the name, or the whole description.</summary>
        public TextRange Span { get; }

        /// <summary>The name as written (possessive dropped), or the description.</summary>
        public string Text { get; }

        /// <summary>The words of the name, for matching surnames.</summary>
        public string[] NameWords
        {
            get => nameWords;
            set
            {
                nameWords = value;
                NameKey = null;
            }
        }

        private string[] nameWords = System.Array.Empty<string>();

        /// <summary>
        /// The resolver's key for <see cref="NameWords"/>, kept once made: a name is looked up when
        /// registered, at its sentence and again at the end, and the key (upper-cased words joined)
        /// cost more than the lookups. Reset whenever the words are set.
        /// </summary>
        public string? NameKey { get; set; }

        /// <summary>"Mr.", "Dr.", a title or a role came with the name: it names a person.</summary>
        public bool Titled { get; set; }

        /// <summary>A phrase kept as written that names no one ("Market analysts", OpeningModifiedPlurals), as an attribution's unnamed speaker is.</summary>
        public bool AsWritten { get; set; }

        /// <summary>
        /// Noun modifiers no role has come between the determiner and the head ("the mining group",
        /// "the non-partisan charity"): an epithet for a body the article named, or a new one
        /// (NounPhrases.EpithetModifiers, SpeakerResolver.Epithets).
        /// </summary>
        public bool Epithet { get; set; }

        /// <summary>"the" stands before the name ("the RCMP"): kept in an organisation's name.</summary>
        public string? Article { get; set; }

        /// <summary>Two names joined by "and" ("Tore Sohlberg and Lehla Abreder"): a group.</summary>
        public bool Conjoined { get; set; }

        /// <summary>The role or title written with the mention ("Iranian President").</summary>
        public string? Role { get; set; }

        public override string ToString() => Kind + " '" + Text + "'" + (Role is null ? string.Empty : " (" + Role + ")");
    }
}
