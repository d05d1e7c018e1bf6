using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>Where it was said, right after the cue: "said in a statement", "wrote in a tweet".</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Nouns of the form words go out in: "in a statement", "in an interview", "in a tweet".</summary>
        private static readonly WordSet ChannelNouns = new WordSet(
            "statement", "interview", "tweet", "letter", "speech", "email", "e-mail", "message", "post", "address", "memo", "release", "blog", "website");

        /// <summary>
        /// "The firm said in a statement the directors believed it was in shareholders' interests",
        /// "Altria said, in a statement, the government must now prove ...", "she suggested in a
        /// tweet, women won't be punished": "in" (or "on", "through", "via"), a determiner, at most one
        /// modifier and a noun of the form the words went out in say how it was said; what was said
        /// starts after it, at a comma or a subject in lower case ("announced on her blog she had been fired"). Returns where the content starts,
        /// or <paramref name="i"/> unchanged.
        /// </summary>
        private static int PastChannelPhrase(List<Token> t, int i, int limit)
        {
            if (i + 3 >= limit || !(t[i].Is("in") || t[i].Is("on") || t[i].Is("through") || t[i].Is("via"))) return i;
            if (!t[i + 1].IsWord || !(WordLists.Determiners.Contains(t[i + 1].Text) || t[i + 1].IsPossessive)) return i;
            int noun = i + 2;
            if (!ChannelNouns.Contains(t[noun].Text) && noun + 1 < limit && t[noun].IsWord && !t[noun].IsCapitalized) noun++;
            if (!t[noun].IsWord || !ChannelNouns.Contains(t[noun].Text)) return i;

            // "on" gives the channel only with a site ("on her blog"); "elaborated on the message" is the topic.
            if (t[i].Is("on") && !t[noun].Is("blog") && !t[noun].Is("website")) return i;
            int j = noun + 1;
            // After the comma a clause must start: not a participle ("in its letter, written by ...")
            // nor a relative or a conjunction that goes on describing the channel.
            if (j + 1 < limit && t[j].IsPunct(',') && t[j + 1].IsWord &&
                (t[j + 1].Is("that") || OpensSubject(t[j + 1]) || !WordLists.StopWords.Contains(t[j + 1].Text) && !LooksParticiple(t[j + 1])))
            {
                return j + 1;
            }

            return j < limit && t[j].IsWord && !t[j].IsCapitalized && OpensSubject(t[j]) ? j : i;
        }

        /// <summary>A pronoun or a determiner that opens a subject: "it", "we", "there", "the", "his".</summary>
        private static bool OpensSubject(Token w) =>
            NounPhrases.IsPronoun(w) || w.Is("we") || w.Is("there") || w.Is("i") || (WordLists.Determiners.Contains(w.Text) && !w.Is("that"));

        private static readonly WordSet IrregularParticiples = new WordSet("written", "sent", "given", "made", "taken", "shown", "read", "broadcast", "put");

        /// <summary>A lower-case participle going on about the channel: "written by ...", "released Monday", "citing ...".</summary>
        private static bool LooksParticiple(Token w) =>
            !w.IsCapitalized && (w.Text.EndsWith("ed", System.StringComparison.Ordinal) || IrregularParticiples.Contains(w.Text) || CueLexicon.IsParticiple(w.Text));
    }
}
