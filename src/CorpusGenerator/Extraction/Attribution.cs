namespace CorpusGenerator.Extraction
{
    /// <summary>A cue verb in a sentence with the speaker it belongs to and the content it reports.</summary>
    internal sealed class Attribution
    {
        public Attribution(int cue, int cueEnd)
        {
            Cue = cue;
            CueEnd = cueEnd;
        }

        /// <summary>First token of the cue ("said", "according").</summary>
        public int Cue { get; }

        /// <summary>After the cue's last token ("according to" is two; "called for" is two once its content is found).</summary>
        public int CueEnd { get; set; }

        public Mention? Speaker { get; set; }

        /// <summary>
        /// What the speaker is resolved from when the mention given is a nearer pronoun for it
        /// ("Christie acknowledged ... even as he defended ..., saying": "he" given, "Christie"
        /// resolved); null when <see cref="Speaker"/> is resolved itself.
        /// </summary>
        public Mention? ResolvedFrom { get; set; }

        /// <summary>The earlier attribution of the same sentence whose speaker this one shares
        /// ("... and stressed", ", stating that"), or -1.</summary>
        public int SharesSpeakerWith { get; set; } = -1;

        /// <summary>The speaker is a source the text leaves unnamed ("one employee"): a mention, no one to resolve it to.</summary>
        public bool SpeakerUnnamed { get; set; }

        /// <summary>The speaker comes after the cue: "said Smith".</summary>
        public bool SpeakerAfterCue { get; set; }

        /// <summary>"... gamers said Lindsay Schroth, an analyst": the speaker follows a cue whose inverting comma is missing (UncommaedInversions).</summary>
        public bool Uncommaed { get; set; }

        /// <summary>A sentence-initial participle ("Stating that ..., the president ...") stops its content here.</summary>
        public int ContentLimit { get; set; } = -1;

        public int ContentFirst { get; set; } = -1;

        public int ContentEnd { get; set; } = -1;

        public QuoteKind Kind { get; set; }

        public TextRange Span { get; set; }

        /// <summary>The content was read with the cue ("X is said to ..."): FindContent leaves it as it is.</summary>
        public bool ContentFixed { get; set; }

        public bool HasContent => ContentFirst >= 0 && ContentEnd > ContentFirst;

        /// <summary>
        /// The cue has an object and is no verb of saying here ("Joe Cole added a second"): with no
        /// content it reports nothing, and no quote before it is its own either.
        /// </summary>
        public bool TakesObject { get; set; }

        /// <summary>Whether the sentence's speech continues across a colon into the next quote.</summary>
        public bool IntroducesNext { get; set; }
    }
}
