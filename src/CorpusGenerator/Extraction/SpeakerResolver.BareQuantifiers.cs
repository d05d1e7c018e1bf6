namespace CorpusGenerator.Extraction
{
    /// <summary>"Many said they were confused": a quantifier standing alone is no typed speaker.</summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>
        /// Whether <paramref name="entity"/> is named by "Most", "Many" or "Some" alone: "A survey
        /// said only 4% of mobile owners were thinking of upgrading. Many said they were confused",
        /// "Some have suggested the announcement may take place at the show". The word counts part
        /// of a group said before, and names no one: each became a typed member <c>Many</c>,
        /// <c>Most</c> or <c>Some</c> (5 BBC speakers). The quote now has no speaker, as for a bare
        /// share ("92% said", <see cref="IsBareShare"/>); the entity stays for what "they" refers
        /// to. A quantifier with its noun ("Many lawmakers said") names who spoke and is kept, and
        /// "Both" and "All", which count people just named, are left alone. Only the word opening
        /// its sentence, whose group is in a sentence before: a lower-case one in the sentence of
        /// its group ("International agencies have pledged their support; most say") is left as
        /// <see cref="IsBareShare"/> leaves it, for the group to be found (a first version with
        /// those too changed 9 BBC quotes, of which "some, particularly the UK's CBI, warned" lost
        /// the CBI the sentence names).
        /// </summary>
        private static bool IsBareQuantifier(Entity entity)
        {
            if (entity.IsPerson) return false;
            string s = entity.Name;
            return s.Length == 4 && char.IsUpper(s[0]) && (s.Equals("Most", System.StringComparison.OrdinalIgnoreCase) || s.Equals("Many", System.StringComparison.OrdinalIgnoreCase) || s.Equals("Some", System.StringComparison.OrdinalIgnoreCase));
        }
    }
}
