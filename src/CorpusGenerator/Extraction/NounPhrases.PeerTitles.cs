using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Lord Woolf", "Baroness Kennedy", "Lady Hale", "Mr Justice Eady": a peer or judge known by title and surname.</summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// Peerage titles that, before a surname with no first name, are part of what the person
        /// is called: "Lord Woolf said" names Lord Woolf, and the surname alone ("Woolf", member
        /// Speakers.Woolf) cut the peer down to a name no one uses for him. "Sir" and "Dame" are
        /// left out: they go before a first name ("Sir Alex", "Dame Kelly"), and the full name a
        /// knight is given elsewhere ("Sir Alex Ferguson" → "Alex Ferguson") already names him.
        /// </summary>
        private static readonly WordSet PeerTitles = new WordSet("lord", "baroness", "lady");

        /// <summary>
        /// The index of the peerage title ("Lord") right before a one-word name at
        /// <paramref name="nameFirst"/> in the run <paramref name="first"/>..<paramref name="end"/>,
        /// else -1. The title is taken into the name's text, so the speaker is "Lord Woolf"; its
        /// name words stay the surname, so "Woolf" later, or "Neil Kinnock" before "Lord
        /// Kinnock", still join the same person. Only the capitalised title word ("the lord
        /// mayor" is none), and not "First Lady Laura", where "Lady" is part of an office.
        /// </summary>
        private static int PeerTitleBefore(List<Token> t, int first, int nameFirst, int end)
        {
            if (nameFirst != end - 1 || nameFirst - 1 < first) return -1;
            Token title = t[nameFirst - 1];
            Token name = t[nameFirst];
            if (!title.IsWord || !title.IsCapitalized || title.IsPossessive || !(PeerTitles.Contains(title.Text) || IsJudgeStyle(t, first, nameFirst - 1))) return -1;
            if (!name.IsWord || !name.IsCapitalized) return -1;
            if (nameFirst - 2 >= first && t[nameFirst - 2].Is("first")) return -1;
            return nameFirst - 1;
        }

        /// <summary>
        /// "Mr Justice Eady", "Mrs Justice Hale": a High Court judge is styled by "Justice" and the
        /// surname, which is what the judge is called ("Justice Eady"); the surname alone
        /// ("Eady") cut the judge down to a name no one uses. Only after "Mr", "Mrs" or "Ms",
        /// the British judicial style: a bare "Justice Scalia" keeps its title as the role.
        /// </summary>
        private static bool IsJudgeStyle(List<Token> t, int first, int title) =>
            t[title].Is("justice") && title - 1 >= first && (t[title - 1].Is("mr") || t[title - 1].Is("mrs") || t[title - 1].Is("ms"));

        /// <summary>Whether <paramref name="word"/> is a peerage title ("Lord"), which a peer's name starts with but shares with every other peer.</summary>
        internal static bool IsPeerTitle(string word) => PeerTitles.Contains(word);

        /// <summary>
        /// 'm' for a name written "Lord ...", 'f' for "Baroness ..." or "Lady ...", else '\0': the
        /// peerage title is now inside the name's text, where the look for an honorific before
        /// the name no longer sees it, and that look never saw "Baroness" (it reads words of
        /// two to four letters), so "he" went to "Baroness Tillery" as readily as to a man.
        /// </summary>
        internal static char PeerTitleGender(string name)
        {
            int space = name.IndexOf(' ');
            if (space <= 0) return '\0';
            string title = name.Substring(0, space);
            if (!PeerTitles.Contains(title) || !char.IsUpper(title[0])) return '\0';
            return string.Equals(title, "Lord", System.StringComparison.OrdinalIgnoreCase) ? 'm' : 'f';
        }
    }
}
