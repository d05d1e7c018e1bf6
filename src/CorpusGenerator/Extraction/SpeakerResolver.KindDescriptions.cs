namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Arsenal's Sol Campbell has called the rivalry ... “It is just more bitter and personal
    /// against United,” the defender told The Guardian newspaper": a description by a noun for
    /// what one person is that is no title ("the defender", "the youngster", "the presenter")
    /// was resolved as an organisation's description is, and kept as a typed speaker of its own
    /// ("the defender") when no organisation fitted. Only a description no one's role and no
    /// organisation's name holds comes here (those are looked up first): it is the person the
    /// passage is about, as "said the German" is (AgedDescriptions), or stays as written. Only
    /// someone named in a sentence before the description's: names before it in its own
    /// sentence are mostly in what is said ("Hollywood actors Samuel L Jackson and Ben Stiller
    /// have signed up for Ricky Gervais' new sitcom, the comedian has told BBC News"). "the
    /// centre" is a place or body as often as a player ("the Colorado centre").
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>Whether <paramref name="mention"/>, with head <paramref name="head"/>, is a short description by a person-kind noun that is no title ("the defender", "The keeper").</summary>
        private static bool IsKindOfPerson(Mention mention, string head) =>
            head.Length > 0 && char.IsLower(head[0]) && mention.NameWords.Length <= 3 && PersonKindNouns.Contains(head) && !RoleLexicon.IsTitle(head) && head != "centre";

        /// <summary>
        /// "Tottenham manager Martin Jol acclaimed his players ... / “We had the initiative,” the
        /// Dutchman said": "the Dutchman", "the Scot", "The Russian" are found as a name with its
        /// article, and became a speaker "the Dutchman" of their own. A capitalised noun for a
        /// person's nationality after "the" is the person the passage is about, as "said the
        /// German" is; null when none is plain. Names in its own sentence count: "When Lleyton
        /// Hewitt shook his hand ..., the Australian said" is Hewitt, so "Reacting to a disputed
        /// comment by All England Club chairman Tim Phillips, the American said" stays as it is.
        /// </summary>
        private Entity? NationalityOfPerson(Mention mention)
        {
            if (mention.NameWords.Length != 1 || mention.Article is null || !mention.Article.Equals("the", System.StringComparison.OrdinalIgnoreCase)) return null;
            string noun = mention.NameWords[0];
            if (!PersonKindNouns.Contains(noun) || !char.IsUpper(noun[0])) return null;
            return PersonOfKind(mention.Span.Start, noun.ToLowerInvariant(), "the " + noun);
        }
    }
}
