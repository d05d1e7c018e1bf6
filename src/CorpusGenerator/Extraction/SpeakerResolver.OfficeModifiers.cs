namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Deputy Prime Minister John Prescott" is never "the prime minister", nor "Shadow chancellor
    /// Oliver Letwin" "the chancellor", nor "Vice President Joe Biden" "the president": a word
    /// before the title that makes it another office (deputy, vice, shadow, assistant) or a past
    /// one (former, ex-) must be in the description too for the role to hold it ("the deputy
    /// prime minister", "the former president").
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        private static readonly string[] OfficeModifiers = { "deputy", "vice", "shadow", "assistant", "former", "ex" };

        /// <summary>The modifiers that make another office of the same title, held now.</summary>
        private static readonly string[] OtherOfficeModifiers = { "deputy", "vice", "shadow", "assistant" };

        /// <summary>Whether <paramref name="role"/> has an office modifier the description <paramref name="words"/> lacks.</summary>
        private static bool ModifiedOffice(string role, string[] words) => HasModifierNotIn(role, words, OfficeModifiers);

        /// <summary>
        /// Whether <paramref name="role"/> is the description's office made another by "deputy",
        /// "vice", "shadow" or "assistant" ("Deputy Prime Minister" for "the prime minister"): the
        /// person is not the one meant, even as the last one spoken of.
        /// </summary>
        private static bool ModifiedSameOffice(string role, string[] words) => HasModifierNotIn(role, words, OtherOfficeModifiers);

        private static bool HasModifierNotIn(string role, string[] words, string[] modifiers)
        {
            foreach (string modifier in modifiers)
            {
                if (!ContainsWord(role, modifier)) continue;
                bool inDescription = false;
                foreach (string w in words)
                {
                    if (w.Equals(modifier, System.StringComparison.OrdinalIgnoreCase) || w.StartsWith(modifier + "-", System.StringComparison.OrdinalIgnoreCase)) inDescription = true;
                }

                if (!inDescription) return true;
            }

            return false;
        }
    }
}
