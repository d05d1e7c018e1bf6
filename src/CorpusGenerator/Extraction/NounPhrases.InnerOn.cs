using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"the Joint Committee on Human Rights", "the Council on Foreign Relations": "on" inside a body's name.</summary>
    internal static partial class NounPhrases
    {
        /// <summary>Bodies whose names give their subject after "on".</summary>
        private static readonly WordSet SubjectBodies = new WordSet("committee", "commission", "council");

        /// <summary>
        /// Whether the "on" at <paramref name="i"/> is inside a body's name: after a capitalised
        /// "Committee", "Commission" or "Council" and before a capitalised name word that is no
        /// day or month ("the parliamentary Joint Committee on Human Rights", "the Council on
        /// Foreign Relations said"). The walks stopped at "on", and the speaker was "the Joint
        /// Committee" (BBC). "The Electoral Commission on Thursday said" keeps its "on" outside.
        /// </summary>
        private static bool IsInnerOn(List<Token> t, int i)
        {
            if (i < 1 || i + 1 >= t.Count || !t[i].Is("on") || !t[i - 1].IsCapitalized || !SubjectBodies.Contains(t[i - 1].Text)) return false;
            Token next = t[i + 1].Is("the") && i + 2 < t.Count ? t[i + 2] : t[i + 1];
            return next.IsWord && next.IsCapitalized && !SpeakerResolver.CalendarWords.Contains(next.Text);
        }
    }
}
