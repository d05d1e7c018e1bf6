namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "The firm collapsed with debts of about 14bn euros and new boss Enrico Bondi has already taken
    /// legal action against a number of lenders. He claims the banks were aware ...", "the tip of
    /// the iceberg thinks Tim Danton, editor of PC Pro Magazine. “We expect ...,” he said.": a person named
    /// only in a second clause, as an object or after a verb never became the subject "he" or
    /// "she" looks for, so the pronoun found no one of its gender and the quotation lost its
    /// speaker. When no one of the pronoun's gender has been spoken of, the one person named in the
    /// nearest sentence back that names any is taken (as for "the 20-year-old", AgedDescriptions),
    /// if nothing there contradicts the gender; an age given with the name ("Armed robber Robert
    /// Napier, 25, won £2,450 after he claimed ...") shows it to be a person's as a title would. Two people there, or one written as an owner
    /// ("President Castro's chief aide said ..."), give no speaker rather than a guess. Reads the
    /// names of a few sentences, only for a pronoun nothing else resolved.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        private Entity? PersonNamedOnlyAsObject(char gender, int at)
        {
            Entity? e = SolePersonBefore(at, subjectOnly: false, ownerExcludes: true);
            if (e is null || (e.Gender != '\0' && e.Gender != gender) || HonorificContradicts(e, gender) || e.NamedAsAuthor || OtherGenderAfter(e, gender, at)) return null;
            e.Gender = gender;
            return e;
        }

        /// <summary>
        /// "And it was Rainey Senior who modified a sports racer to accommodate his daughter's small
        /// stature ... she said": "his" or "he" soon after the person's last mention before the
        /// pronoun shows them to be of the other gender. Reads at most <see cref="GenderReach"/>
        /// characters.
        /// </summary>
        private bool OtherGenderAfter(Entity e, char gender, int at)
        {
            TextRange? last = null;
            foreach (TextRange r in e.Mentions.GetViewBetween(new TextRange(0, 0), new TextRange(at, at)).Reverse())
            {
                last = r;
                break;
            }

            if (last is null) return false;
            int from = last.Value.End, to = System.Math.Min(System.Math.Min(at, text.Length), from + GenderReach);
            for (int i = from; i < to; i++)
            {
                if (text[i] == '.' || text[i] == '"' || text[i] == '“' || text[i] == '”') break; // its own sentence only, not a quotation
                if (i > 0 && char.IsLetter(text[i - 1])) continue;
                if (gender == 'f' && (WordAt(i, "he") || WordAt(i, "his") || WordAt(i, "him"))) return true;
                if (gender == 'm' && (WordAt(i, "she") || WordAt(i, "her"))) return true;
            }

            return false;
        }

        private const int GenderReach = 160;

        private bool WordAt(int i, string word) =>
            string.Compare(text, i, word, 0, word.Length, System.StringComparison.OrdinalIgnoreCase) == 0 && (i + word.Length >= text.Length || !char.IsLetter(text[i + word.Length]));

        /// <summary>"'s" or "’s" (or a lone apostrophe after "s") right after a name: the name owns what follows.</summary>
        private bool PossessiveAt(int end) =>
            end < text.Length && (text[end] == '\'' || text[end] == '\u2019');
    }
}
