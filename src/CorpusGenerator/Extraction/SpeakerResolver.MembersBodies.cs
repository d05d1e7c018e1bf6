namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "But the Man Utd supporters club urged the club to reject the new deal": a body named by
    /// the people it is made of ("supporters club", "shareholders group", "workers union") is not
    /// the organisation last named; it stays the speaker as written.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>Plural nouns for the members a body is made of, written before its head noun.</summary>
        private static readonly WordSet MemberNouns = new WordSet(
            "supporters", "fans", "shareholders", "workers", "residents", "parents", "members", "employees", "staff",
            "pensioners", "farmers", "teachers", "doctors", "nurses", "students", "victims", "families");

        /// <summary>
        /// Whether a description's words before its head name the members of the body it is
        /// ("the Man Utd supporters club"): the fallback to the organisation last named
        /// (Manchester United) gave the supporters' words to the club they were urging.
        /// </summary>
        private static bool NamesBodyOfMembers(Mention mention)
        {
            string[] words = mention.NameWords;
            for (int i = 0; i < words.Length - 1; i++)
            {
                if (words[i].Length > 0 && char.IsLower(words[i][0]) && MemberNouns.Contains(words[i])) return true;
            }

            return false;
        }
    }
}
