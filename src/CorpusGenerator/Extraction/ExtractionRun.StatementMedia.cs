using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "In a statement, the party said the comment had been taken out of context. “Q,” said the
    /// statement.", "the council said in a statement ... The statement added": a writing named as
    /// the medium the speaker spoke through is the speaker's, so "the statement" named again is
    /// theirs (SpeakerResolver.ResumedWritings). Only an authored writing was noted there ("An
    /// IAAF statement"), so the bare "the statement" had no speaker. Only near the medium named:
    /// a first version sent "the statement added" of a company's Facebook post to a minister who
    /// had spoken "in a statement" paragraphs before (PolNeAR).
    /// </summary>
    internal sealed partial class ExtractionRun
    {
        /// <summary>
        /// Tells the resolver that the writing of "in a statement" right after the cue of
        /// <paramref name="a"/>, or opening its sentence before a comma, is <paramref name="speaker"/>'s.
        /// Reads a few tokens.
        /// </summary>
        private void NoteStatementMedium(List<Token> t, Sentence sentence, Attribution a, Entity? speaker)
        {
            if (speaker is null) return;
            int noun = WritingAfterIn(t, a.CueEnd, sentence.End);
            if (noun < 0 && a.Speaker is not null && a.Speaker.First > sentence.First && a.Cue > a.Speaker.First)
            {
                // "In a statement, the party said": the phrase opens the sentence and its comma stands right before the subject.
                int opening = WritingAfterIn(t, sentence.First, sentence.End);
                bool next = opening >= 0 && (opening + 2 == a.Speaker.First || (opening + 3 == a.Speaker.First && t[opening + 2].Is("the"))); // "the Harbour Party": a name's article is outside it
                if (next && t[opening + 1].IsPunct(',')) noun = opening;
            }

            if (noun >= 0) resolver.NoteWriterOf(t[noun].Text, speaker, t[noun].End);
        }

        /// <summary>The index of the writing's noun in "in a statement", "in a joint statement" starting at <paramref name="at"/>, or -1.</summary>
        private static int WritingAfterIn(List<Token> t, int at, int end)
        {
            if (at + 2 >= end || !t[at].Is("in") || !(t[at + 1].Is("a") || t[at + 1].Is("an") || t[at + 1].Is("its") || t[at + 1].Is("his") || t[at + 1].Is("her") || t[at + 1].Is("their"))) return -1; // "the club said in its statement"
            if (t[at + 2].IsWord && !t[at + 2].IsCapitalized && SpeakerResolver.IsIssuedWritingNoun(t[at + 2].Text)) return at + 2;
            return at + 3 < end && t[at + 2].IsWord && !t[at + 2].IsCapitalized && t[at + 3].IsWord && !t[at + 3].IsCapitalized && SpeakerResolver.IsIssuedWritingNoun(t[at + 3].Text) ? at + 3 : -1; // "in a joint statement"
        }
    }
}
