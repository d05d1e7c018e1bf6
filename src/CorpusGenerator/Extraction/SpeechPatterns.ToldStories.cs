using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"The film tells the story of two boys": telling a story is narrating a work, not reporting words.</summary>
    internal static partial class SpeechPatterns
    {
        private static readonly WordSet TellForms = new WordSet("tell", "tells", "told", "telling");

        private static readonly WordSet StoryNouns = new WordSet("story", "stories", "tale", "tales");

        /// <summary>Words at most before the story noun: "the remarkable true story", "their own stories".</summary>
        private const int StoryObjectWords = 4;

        /// <summary>
        /// "Sideways tells the story of two men who take a road trip", "The film tells the tale of a
        /// forbidden tug-of-love", "The musical tells of the story of a young woman", "It told the story
        /// of Florida tomato pickers": the story a film, book or show tells is its plot, no words anyone
        /// is reported to have said. A person telling a story is speech ("Francis told the Biblical
        /// story of the city of Nineveh", "She regularly tells the story of how he wooed her"), so the
        /// teller must be "it", or a subject that is no "he" or "she" with the present "tells" of a
        /// plot summary. ("He told the story was false" is a report either way: there the story is the
        /// subject of a clause.)
        /// </summary>
        private static bool ToldAStory(List<Token> t, Attribution a)
        {
            if (!TellForms.Contains(t[a.Cue].Text) || a.CueEnd != a.Cue + 1 || a.ContentFirst != a.CueEnd || !TellerIsAWork(t, a)) return false;
            int i = a.ContentFirst;
            if (i < a.ContentEnd && t[i].Is("of")) i++; // "tells of the story of"
            for (int k = 0; k <= StoryObjectWords && i < a.ContentEnd; k++, i++)
            {
                Token w = t[i];
                if (!w.IsWord || w.Is("that") || SubjectPronouns.Contains(w.Text) || Auxiliaries.Contains(w.Text)) return false;
                if (!StoryNouns.Contains(w.Text)) continue;
                return i + 1 >= a.ContentEnd || !t[i + 1].IsWord || !Auxiliaries.Contains(t[i + 1].Text);
            }

            return false;
        }

        private static bool TellerIsAWork(List<Token> t, Attribution a)
        {
            if (a.Speaker is not Mention teller) return t[a.Cue].Is("tells");
            if (teller.Kind == MentionKind.Pronoun) return teller.Text.Equals("it", System.StringComparison.OrdinalIgnoreCase);
            return t[a.Cue].Is("tells") && !teller.Titled;
        }
    }
}
