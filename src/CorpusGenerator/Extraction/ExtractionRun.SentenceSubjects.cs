using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>The name each sentence opens with as its subject, for an "it" that nothing spoken of resolves (SpeakerResolver.ItsSubject).</summary>
    internal sealed partial class ExtractionRun
    {
        /// <summary>"Admit it", "Somehow it adds": a capitalised word before a pronoun opens the sentence without being its subject.</summary>
        private static readonly WordSet SubjectPronouns = new WordSet("it", "he", "she", "they", "we", "i", "you", "this", "that");

        /// <summary>
        /// Tells the resolver the name that opens <paramref name="sentence"/> as its subject
        /// ("Electrolux saw ...", "Laura Ashley, which ...", "German investment bank Deutsche Bank
        /// has ..."), or "Shares in X ..." (X then is a listed firm), or that there is none. A
        /// word before a pronoun ("Admit it", "Somehow it adds") is no subject. Only
        /// the sentence's first words are read: constant work per sentence.
        /// </summary>
        private void NoteSentenceSubject(List<Token> t, Sentence sentence)
        {
            int first = sentence.First;
            bool sharesIn = first + 2 < sentence.End && t[first].Is("shares") && t[first + 1].Is("in");
            if (sharesIn) first += 2;
            Mention? subject = first < sentence.End ? NounPhrases.StartingAt(text, t, first, sentence.End) : null;
            bool named = subject is not null && subject.Kind == MentionKind.Name && subject.End < sentence.End &&
                         (sharesIn || (FollowedByVerb(t, subject.End, sentence) && !SubjectPronouns.Contains(t[subject.End].Text)) || t[subject.End].IsPunct(','));
            resolver.NoteSentenceSubject(named ? subject : null, sharesIn);
        }
    }
}
