using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "the Musicians' Union", "the British Bankers' Association", "the Writers' Guild": a plural
    /// possessive inside a body's name. The tokenizer leaves the apostrophe after "Musicians" a
    /// token of its own, so the walk back from a cue stopped at it and the speaker was "Union"
    /// (typed member <c>Union</c>), or the British Bankers' Association became "Association" and
    /// was merged with another association named in the article. A title's singular possessive
    /// names an office the same way: "the Information Commissioner's Office" (<see cref="IsHoldersOffice"/>).
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>Heads of a body's name that the organisation words lack: "Writers' Guild", "Music Managers' Forum".</summary>
        private static readonly WordSet PossessiveNameHeads = new WordSet("guild", "forum", "fellowship");

        /// <summary>
        /// Whether token <paramref name="i"/> is the apostrophe of a plural possessive inside one
        /// name: written right after a capitalised plural ("Musicians'"), with a run of at most
        /// four name words after it that ends in an organisation word ("Union", "Association").
        /// A person's or thing's possessive ("Ladbrokes' Warren Lush", "Robbie Williams' Angels")
        /// has no such head; a party's or nation's plural ("the Tories' Home Office team") owns
        /// the body after it rather than naming it. Reads at most five tokens.
        /// </summary>
        public static bool IsPluralPossessiveInName(List<Token> t, int i)
        {
            if (i < 1 || i + 1 >= t.Count || !(t[i].IsPunct('\'') || t[i].IsPunct('’'))) return false;
            Token owner = t[i - 1];
            if (!owner.IsWord || !owner.IsCapitalized || owner.End != t[i].Start || owner.Text.Length < 4 || owner.Text[owner.Text.Length - 1] != 's' || !IsNameish(owner)) return false;
            if (PluralPartyLabels.Contains(owner.Text) || IsDemonym(owner) || RoleLexicon.IsNationality(owner.Text)) return false;
            int k = i + 1;
            while (k < t.Count && k - i <= 4 && t[k].IsWord && t[k].IsCapitalized && !t[k].IsPossessive && IsNameish(t[k])) k++;
            if (k == i + 1) return false;
            string head = t[k - 1].Text;
            return RoleLexicon.IsOrganisationWord(head) || PossessiveNameHeads.Contains(head);
        }

        /// <summary>
        /// Whether token <paramref name="i"/> is the apostrophe of a plural possessive that owns
        /// the noun after it: written on a word in -s ("Sanders’", "employers'"), a space before
        /// the next word. The apostrophe is a token of its own, so the description walk stopped at
        /// it and the typed speaker was the bare noun: "Sanders’ campaign says" gave `campaign`
        /// (PolNeAR, four times), "Manufacturers' organisation" `organisation` (BBC). Constant work.
        /// </summary>
        public static bool IsPluralPossessiveMark(List<Token> t, int i, int sentenceFirst)
        {
            if (i - 1 < sentenceFirst || i + 1 >= t.Count || !(t[i].IsPunct('\'') || t[i].IsPunct('’'))) return false;
            Token owner = t[i - 1];
            return owner.IsWord && owner.Text.Length >= 3 && owner.Text[owner.Text.Length - 1] == 's' && owner.End == t[i].Start && t[i + 1].Start == t[i].End + 1;
        }

        /// <summary>The heads of an office named after its holder: "the Information Commissioner's Office".</summary>
        private static readonly WordSet HoldersOffices = new WordSet("office", "department");

        /// <summary>
        /// Whether the possessive at <paramref name="i"/> is the holder's title in an office's
        /// name: a capitalised title in "'s" right before a capitalised "Office" or "Department"
        /// ("the Information Commissioner's Office said", "the US Trade Representative's Office
        /// said", "the County Sheriff's Department"). The walk back from the cue stopped at the
        /// possessive, and the typed speaker was <c>Office</c> (3 BBC articles). A place's, a
        /// person's or a body's possessive ("the UK's Department of Health", "Obama's Office")
        /// owns the office rather than names it, and is left out.
        /// </summary>
        public static bool IsHoldersOffice(List<Token> t, int i) =>
            i + 1 < t.Count && t[i].IsWord && t[i].IsCapitalized && t[i].IsPossessive && RoleLexicon.IsTitle(t[i].Bare) &&
            t[i + 1].IsWord && t[i + 1].IsCapitalized && !t[i + 1].IsPossessive && HoldersOffices.Contains(t[i + 1].Text);

        /// <summary>
        /// Whether the word at <paramref name="i"/> owns what follows it in a plural possessive
        /// outside any name: "said Ladbrokes' Warren Lush", a capitalised word in -s, its
        /// apostrophe written on, then a word a space after. The apostrophe is a token of its own,
        /// so the walk forward from a cue took "Ladbrokes" as the speaker, where "Ladbrokes's"
        /// would have been passed over as an owner (PossessorSpeakers). A body's name that holds
        /// the apostrophe ("the Musicians' Union") is no owner. Constant work.
        /// </summary>
        public static bool IsPluralPossessor(List<Token> t, int i)
        {
            if (i < 0 || i + 2 >= t.Count || !t[i].IsWord || !t[i].IsCapitalized || t[i].Text.Length < 3 || t[i].Text[t[i].Text.Length - 1] != 's') return false;
            Token mark = t[i + 1];
            if (!(mark.IsPunct('\'') || mark.IsPunct('’')) || mark.Start != t[i].End || !t[i + 2].IsWord || t[i + 2].Start != mark.End + 1) return false;
            return !IsPluralPossessiveInName(t, i + 1);
        }
    }
}
