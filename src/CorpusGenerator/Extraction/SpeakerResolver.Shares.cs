using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "80% say they never change their password", "Fifty nine percent of people said": a share of
    /// a poll's answers reports what they said, but it is no one who goes on speaking. An
    /// unattributed quotation after it is someone's own words, and "it warned" after it is the
    /// study or the firm, not the share.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>
        /// Whether <paramref name="entity"/> is a share of people: "80%", "29% of the people it
        /// questioned", "Fifty nine percent of people", "More than half of 2,000 people surveyed".
        /// </summary>
        private static bool IsShare(Entity entity)
        {
            if (entity.IsPerson) return false;
            string name = entity.Name;
            if (name.IndexOf('%') >= 0) return true;
            foreach (string part in ShareWords)
            {
                if (name.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            }

            return false;
        }

        private static readonly string[] ShareWords =
        {
            " percent", " per cent", "half of", "third of", "thirds of", "quarter of", "quarters of", "fifth of", "fifths of", "majority of",
        };
    }
}
