using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Cleveland sought to shed what Gilbert called “a perception problem.”", "a third would be
    /// what Sroka called a “let a thousand flowers bloom” approach": a free relative "what X
    /// called" with a quotation straight after its naming cue quotes X's words, as "which he
    /// called “Q”" does (QuotedRelatives). Other cues after "what" stay comparisons or topics
    /// ("what he said was true", "what they say they want"), so only cues that name or
    /// describe something, followed by the quotation, count. Inside another speaker's report
    /// ("Clinton says she admired her courage through what she calls a “war of words”") the
    /// relative stays part of that report, as PolNeAR's gold keeps it.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Cues that give something a name or a description: the quotation after them is the speaker's word for it.</summary>
        private static readonly WordSet NamingCues = new WordSet(
            "call", "calls", "called", "describe", "describes", "described", "term", "terms", "termed",
            "dub", "dubs", "dubbed", "label", "labels", "labeled", "labelled", "brand", "brands", "branded");

        /// <summary>
        /// Whether <paramref name="a"/>'s named speaker follows "what" and its naming cue is followed
        /// by a quotation (LabelQuote): "what Gilbert called “Q”", "what Zimmerman described as a
        /// “Q”", "what Sroka called a “Q” approach".
        /// </summary>
        private static bool QuotedWhatCue(List<Token> t, Sentence s, Attribution a)
        {
            if (a.Speaker is not Mention speaker || a.SpeakerAfterCue || speaker.First - 1 < s.First) return false;
            if (!t[speaker.First - 1].Is("what") || !NamingCues.Contains(t[a.Cue].Text) || !OnlyModifiersBetween(t, speaker.End, a.Cue)) return false;

            // "Ban Ki-moon condemned what he called a “brazen breach”", "Cruz has railed against
            // what he calls the “Washington cartel”": a pronoun takes up the main clause's subject,
            // whose own act (condemning, railing) is what reports the label; a name brings in a
            // voice of its own into the narrator's sentence.
            if (speaker.Kind == MentionKind.Pronoun) return false;
            return LabelQuote(t, s, a) >= 0;
        }

        /// <summary>"what Zimmerman once described": up to two verb modifiers ("once", "has") between the speaker and the cue.</summary>
        private static bool OnlyModifiersBetween(List<Token> t, int from, int cue)
        {
            if (cue - from > 2) return false;
            for (int i = from; i < cue; i++)
            {
                if (!t[i].IsWord || !WordLists.VerbModifiers.Contains(t[i].Text)) return false;
            }

            return true;
        }

        /// <summary>
        /// The quotation a naming cue gives, straight after it or after "as" or an article
        /// ("described as “Q”", "called a “Q” approach"), else -1.
        /// </summary>
        private static int LabelQuote(List<Token> t, Sentence s, Attribution a)
        {
            int next = a.CueEnd;
            if (next < s.End && (t[next].Is("as") || t[next].Is("a") || t[next].Is("an") || t[next].Is("the"))) next++;
            return next < s.End && t[next].Kind == TokenKind.Quote ? next : -1;
        }

        /// <summary>
        /// "As America prepares for what Newt Gingrich called “the loudest ... election,” the former
        /// Speaker is intrigued", "a third would be what Sroka called a “let a thousand flowers
        /// bloom” approach - working with ...": the label ends with its quotation, or with a word
        /// or two of the noun it qualifies ("approach"); the main clause after it is no part of
        /// what was called. Stops the content there.
        /// </summary>
        private static void StopWhatCalledAfterQuote(List<Token> t, Sentence s, Attribution a)
        {
            if (!QuotedWhatCue(t, s, a)) return;
            int quote = LabelQuote(t, s, a); // one token: the whole quotation
            string words = t[quote].Text;
            int end = quote + 1;
            if (words.Length == 0 || words[words.Length - 1] != ',')
            {
                while (end < s.End && end - quote <= 2 && t[end].IsWord && !t[end].IsCapitalized && !WordLists.StopWords.Contains(t[end].Text) &&
                       !WordLists.Prepositions.Contains(t[end].Text) && !CueLexicon.IsCue(t[end].Text)) end++;

                // "what employees have called a “fraudulent scheme” took an even uglier turn": the
                // noun phrase must close after its noun, at punctuation, a preposition or a
                // conjunction; another word after it makes the word taken a verb.
                if (end > quote + 1 && end < s.End && t[end].IsWord && !WordLists.Prepositions.Contains(t[end].Text) &&
                    !t[end].Is("and") && !t[end].Is("or") && !t[end].Is("that") && !t[end].Is("which")) end = quote + 1;
            }

            a.ContentLimit = end;
        }
    }
}
