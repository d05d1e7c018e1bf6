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
        /// <param name="t">The unit's tokens.</param>
        /// <param name="sentence">The sentence read.</param>
        /// <param name="opening">The phrase starting at the sentence's first token (<see cref="NounPhrases.StartingAt"/>), found by the caller.</param>
        private void NoteSentenceSubject(List<Token> t, Sentence sentence, Mention? opening)
        {
            Mention? subject = NamedSubject(t, sentence, opening, out bool sharesIn);
            Mention? afterThe = subject is null ? NameAfterOpeningThe(t, sentence, opening) : null; // "The American Film Institute hailed" (ArticleSubjects)
            resolver.NoteSentenceSubject(subject ?? afterThe, sharesIn, afterThe is not null);
        }

        /// <summary>Verbs a firm opening a lead is the subject of: "Microsoft has", "Kraft plans", "Shares in X fell".</summary>
        private static readonly WordSet LeadVerbs = new WordSet(
            "has", "have", "is", "was", "are", "were", "says", "said", "plans", "reported", "posted", "announced", "warned",
            "unveiled", "launched");

        /// <summary>
        /// The organisation the article's first sentence opens on as its subject with a verb ("Microsoft
        /// has", "Kraft plans", "Shares in Krispy Kreme Doughnuts have taken a dunking"), when the article
        /// names it again after that sentence: a capitalised word opening a lead ("Strong sales",
        /// "Search sites", "Shares in Anglo-Swedish drug") is none. One search of the text, once.
        /// </summary>
        private Mention? LeadSubject(List<Token> t, Sentence sentence, out bool sharesIn)
        {
            Mention? subject = NamedSubject(t, sentence, out sharesIn);
            if (subject is null || subject.End >= sentence.End) return null;
            Token next = t[subject.End];
            bool verb = next.IsPunct(',') ? sharesIn : next.IsWord && (LeadVerbs.Contains(next.Text) || (sharesIn && next.Text.EndsWith("ed", System.StringComparison.Ordinal)));
            if (!verb) return null;
            return sharesIn || text.IndexOf(subject.Text, t[sentence.End - 1].End, System.StringComparison.Ordinal) >= 0 ? subject : null;
        }

        /// <summary>The name <paramref name="sentence"/> opens with as its subject, or the X of "Shares in X" (<paramref name="sharesIn"/>); null when none.</summary>
        private Mention? NamedSubject(List<Token> t, Sentence sentence, out bool sharesIn) =>
            NamedSubject(t, sentence, NounPhrases.StartingAt(text, t, sentence.First, sentence.End), out sharesIn);

        /// <summary>As <see cref="NamedSubject(List{Token}, Sentence, out bool)"/>, with the phrase at the sentence's first token already found (<paramref name="opening"/>).</summary>
        private Mention? NamedSubject(List<Token> t, Sentence sentence, Mention? opening, out bool sharesIn)
        {
            int first = sentence.First;
            sharesIn = first + 2 < sentence.End && t[first].Is("shares") && t[first + 1].Is("in");
            if (sharesIn) first += 2;
            Mention? subject = !sharesIn ? opening : first < sentence.End ? NounPhrases.StartingAt(text, t, first, sentence.End) : null;
            bool named = subject is not null && subject.Kind == MentionKind.Name && subject.End < sentence.End &&
                         (sharesIn || (FollowedByVerb(t, subject.End, sentence) && !SubjectPronouns.Contains(t[subject.End].Text)) || t[subject.End].IsPunct(','));
            return named ? subject : null;
        }
    }
}
