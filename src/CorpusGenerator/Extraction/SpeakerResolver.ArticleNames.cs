namespace CorpusGenerator.Extraction
{
    /// <summary>"the Lib Dems", "the Tories", "the Weakest Link": a name written after "the" is no one "he" or "she" refers to.</summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>
        /// Whether <paramref name="mention"/> writes its name after a plain "the" ("The Lib Dems
        /// accused Mr Brown", "the Tories", "the Children Act"). English puts no article before a
        /// person's name, so the name is a party, a group or a title, even when it looks like a
        /// person's two words ("Lib Dems", "Liberal Democrats") or is a lone unclassified word
        /// ("Tories"). Those were the nearest "person" for the next "he", which gave the prime
        /// minister's words ("And he claimed ...") to the Lib Dems. A nationality or demonym after
        /// "the" ("the Scot", "the Brazilian") does describe a person and is left alone, and so is
        /// a capital "The" inside a sentence ("protege The Game"): it is part of a stage name.
        /// When such a name is the nearest candidate, the pronoun is left unresolved rather than
        /// passed to an older person: the one meant is then usually someone the names missed
        /// ("Theresa May, shadow secretary ...", "captain Fabien Pelous"), and reaching past gave
        /// their words to whoever was named before them. No speaker beats a wrong one.
        /// </summary>
        private static bool NamedWithArticle(Mention mention, string text)
        {
            if (mention.Article is null || mention.Titled || mention.NameWords.Length == 0) return false;
            if (NounPhrases.IsOriginRole(mention.NameWords[mention.NameWords.Length - 1])) return false;
            if (mention.Article == "the") return true;

            // A capital "The": only the sentence's first word is a plain article. The look-back is
            // bounded: spaces and a closing mark between it and the end of the sentence before.
            int at = mention.Span.Start - 1;
            while (at >= 0 && text[at] == ' ') at--;
            at -= mention.Article.Length;
            int stop = System.Math.Max(-1, at - 8);
            while (at > stop && (text[at] == ' ' || text[at] == '"' || text[at] == '\'' || text[at] == '\u201C' || text[at] == '\u2018')) at--;
            return at <= stop || text[at] == '.' || text[at] == '!' || text[at] == '?' || text[at] == '\n' || text[at] == ':';
        }

        /// <summary>Marks <paramref name="entity"/> as never "he" or "she" once any of its mentions is written after "the".</summary>
        private static void NoteArticle(Entity entity, Mention mention, string text)
        {
            if (NamedWithArticle(mention, text)) entity.WrittenWithArticle = true;
        }
    }
}
