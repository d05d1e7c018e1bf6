using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "his lawyer", "her spokesman", "our correspondent": a title behind a possessive names someone
    /// acting for a person, never the person last spoken of, who is usually the one the possessive
    /// points to ("Pullman has denied ... His agent told the Times" is not Pullman).
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        private static readonly WordSet PossessiveDeterminers = new WordSet("his", "her", "its", "their", "our", "my");

        /// <summary>
        /// True when <paramref name="mention"/> opens with a possessive and <paramref name="e"/>, the
        /// person last spoken of, is not named in an appositive right after it ("said its chairman,
        /// Sir Anthony Greener").
        /// </summary>
        private bool NamesSomeoneActingFor(Mention mention, Entity e)
        {
            string text = mention.Text;
            int space = text.IndexOf(' ');
            if (space <= 0 || !PossessiveDeterminers.Contains(text.Substring(0, space))) return false;
            return !NamedRightAfter(e, mention.Span);
        }
    }
}
