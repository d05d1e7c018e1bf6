using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Andrew Burke, chief of BT's new Entertainment unit told the IPTV World Forum", "Chris
    /// Panayis, managing director of ISP Freedom2surf said": a full name, a comma, then the
    /// person's role, and the comma that would close the appositive left out before the cue.
    /// The walk back from the cue met the role first, so the speaker was the role ("director",
    /// "spokeswoman", "chief of BT's new Entertainment unit") or the organisation in it ("the
    /// Terrence Higgins Trust"), never the person named. The same omission after "from" is
    /// <see cref="PersonBeforeAffiliation"/>; this is its form with a role.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Tokens at most between the comma after the name and the cue: an appositive, not a clause.</summary>
        private const int MaxOpenAppositiveTokens = 14;

        /// <summary>Replaces the speaker by the full name before an unclosed role appositive that runs up to the cue.</summary>
        private static void PersonBeforeOpenAppositive(string text, List<Token> t, Sentence s, Attribution a)
        {
            if (a.SpeakerAfterCue || a.ResolvedFrom is not null || a.Speaker is not Mention speaker || speaker.Kind == MentionKind.Pronoun || speaker.End > a.Cue) return;
            if (speaker.Kind == MentionKind.Name && NamesPerson(speaker)) return; // "Financial Times, chief operating officer Peter Chernin said": a person already

            // The nearest comma before the cue, with nothing but words (and "'s", "&", "-") up to it.
            int comma = -1;
            for (int i = a.Cue - 1; i >= s.First && a.Cue - i <= MaxOpenAppositiveTokens; i--)
            {
                if (t[i].IsPunct(','))
                {
                    comma = i;
                    break;
                }

                if (!t[i].IsWord && !t[i].IsPunct('&') && !t[i].IsPunct('-')) return;
            }

            if (comma < 0 || comma >= speaker.First) return;

            // The appositive is a role: its first word after an article is a title or a source
            // noun, or a premodifier of one ("managing director", "senior research fellow").
            bool role = false;
            for (int i = comma + 1; i < a.Cue && i <= comma + 4; i++)
            {
                if (!t[i].IsWord) break;
                if (t[i].Is("a") || t[i].Is("an") || t[i].Is("the")) continue;
                if (RoleLexicon.IsTitle(t[i].Text) || RoleLexicon.IsSourceNoun(t[i].Text))
                {
                    role = true;
                    break;
                }

                if (t[i].IsCapitalized) break; // "Financial Times, chief ..." is no role after a person
            }

            if (!role) return;
            if (FullNameBeforeComma(text, t, s, comma) is Mention person) a.Speaker = person;
        }

        /// <summary>Two name words or more, none an organisation word: a person's name.</summary>
        private static bool NamesPerson(Mention m)
        {
            if (m.NameWords.Length < 2) return false;
            foreach (string w in m.NameWords)
            {
                if (RoleLexicon.IsOrganisationWord(w)) return false;
            }

            return true;
        }
    }
}
