using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>"the government" is a government body, never the last organisation of any kind (a broadcaster, a party, a firm).</summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>
        /// Words of the names of a whole government: "the Bush administration", "the Scottish
        /// Executive". One ministry or office ("the Foreign Office", "Downing Street") is not "the
        /// government" as a speaker: the description is kept as written instead.
        /// </summary>
        private static readonly WordSet GovernmentBodyWords = new WordSet("government", "administration", "executive", "cabinet");

        /// <summary>
        /// Whether <paramref name="e"/>, the last organisation named, may be what a description with
        /// head <paramref name="head"/> stands for when the description's own word is not in its
        /// name. Any organisation may be "the company" or "the group" the text goes on about, but
        /// "the government" only a government body: falling back to the last organisation gave
        /// "The government says children cannot simply be divided up" to BBC Radio (where an
        /// opposition MP had spoken), "The US government denied the claims" to BBC One, and the
        /// government's words to the Tories, the House of Lords, the Electoral Commission and
        /// "Businesses". Without a body, "the government" stays the speaker as written. A government
        /// with a modifier ("the US government", "the Australian government") is never a guess at
        /// all: it was given to the Foreign Office and the Reserve Bank.
        /// </summary>
        private static bool MayStandFor(Entity e, Mention mention, string head)
        {
            if (!head.Equals("government", StringComparison.OrdinalIgnoreCase)) return true;
            if (mention.NameWords.Length > 1) return false;
            foreach (string w in e.Name.Split(' '))
            {
                if (GovernmentBodyWords.Contains(w)) return true;
            }

            return false;
        }
    }
}
