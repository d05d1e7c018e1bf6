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
        /// Whether <paramref name="a"/>'s speaker follows "what" and its naming cue is followed by a
        /// quotation, straight after it, after "as" or after an article: "what Gilbert called “Q”",
        /// "what it describes as “Q”", "what Sroka called a “Q” approach".
        /// </summary>
        private static bool QuotedWhatCue(List<Token> t, Sentence s, Attribution a)
        {
            if (a.Speaker is not Mention speaker || a.SpeakerAfterCue || speaker.First - 1 < s.First) return false;
            if (!t[speaker.First - 1].Is("what") || speaker.End != a.Cue || !NamingCues.Contains(t[a.Cue].Text)) return false;

            // "Ban Ki-moon condemned what he called a “brazen breach”", "Cruz has railed against
            // what he calls the “Washington cartel”": a pronoun takes up the main clause's subject,
            // whose own act (condemning, railing) is what reports the label; a name brings in a
            // voice of its own into the narrator's sentence.
            if (speaker.Kind == MentionKind.Pronoun) return false;
            int next = a.CueEnd;
            if (next < s.End && (t[next].Is("as") || t[next].Is("a") || t[next].Is("an") || t[next].Is("the"))) next++;
            return next < s.End && t[next].Kind == TokenKind.Quote;
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
            int quote = t[a.CueEnd].Kind == TokenKind.Quote ? a.CueEnd : a.CueEnd + 1; // one token: the whole quotation
            string words = t[quote].Text;
            int end = quote + 1;
            if (words.Length == 0 || words[words.Length - 1] != ',')
            {
                while (end < s.End && end - quote <= 2 && t[end].IsWord && !t[end].IsCapitalized && !WordLists.StopWords.Contains(t[end].Text) &&
                       !WordLists.Prepositions.Contains(t[end].Text) && !CueLexicon.IsCue(t[end].Text)) end++;
            }

            a.ContentLimit = end;
        }
    }
}
