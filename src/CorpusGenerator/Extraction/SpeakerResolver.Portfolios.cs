namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "the foreign secretary" is never "Home Secretary Charles Clarke", nor "the finance minister"
    /// "Health Minister John Reid": once a description keeps its portfolio word
    /// (<see cref="NounPhrases.IsPortfolio"/>), a role with the same title but without that word
    /// is another office, not the one meant.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>Whether <paramref name="description"/> has a portfolio word that <paramref name="role"/> lacks.</summary>
        private static bool OtherPortfolio(string role, string[] description)
        {
            for (int i = 0; i + 1 < description.Length; i++)
            {
                if (NounPhrases.IsPortfolio(description[i]) && !ContainsWord(role, description[i])) return true;
            }

            return false;
        }

        /// <summary>
        /// "Shadow home secretary David Davis" kept only "secretary" as his role: a role word
        /// alone ("secretary") says nothing of the portfolio, but a role that lacks the
        /// description's portfolio word is another office.
        /// </summary>
        private static bool PortfolioMismatch(Entity e, string[] description) => e.Role is string role && OtherPortfolio(role, description);

        /// <summary>
        /// "the shadow chancellor" is the opposition's: the person last spoken of is far more often
        /// the minister they shadow ("Mr Brown"), so only one whose role says "shadow" is meant.
        /// </summary>
        private static bool ShadowForAnother(Entity e, string[] description)
        {
            bool shadow = false;
            foreach (string w in description) shadow |= w.Equals("shadow", System.StringComparison.OrdinalIgnoreCase);
            return shadow && (e.Role is null || !ContainsWord(e.Role, "shadow"));
        }
    }
}
