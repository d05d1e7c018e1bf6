using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// An appositive whose closing comma the writer left out, in its two forms. The walk back from
    /// the cue meets the appositive first and takes it, or a name inside it, for the subject; the
    /// name the appositive describes, right before its opening comma and opening its clause, is the
    /// speaker.
    /// <list type="bullet">
    /// <item>An indefinite description ("Sen. Kristen Gillibrand (D-NY), a supporter of Hillary
    /// Clinton's 2016 bid for the presidency told host Chris Cuomo ..."), checked while the subject
    /// is found, where the description is the candidate (<see cref="NameBeforeUnclosedAppositive"/>).
    /// "In Iowa, a voter said" keeps the voter: "Iowa" is a preposition's object, opening no clause.</item>
    /// <item>A role ("Andrew Burke, chief of BT's new Entertainment unit told the IPTV World Forum",
    /// "Chris Panayis, managing director of ISP Freedom2surf said"), checked once the attribution is
    /// complete, because the walk may have stopped on the role word ("director") or on an
    /// organisation inside the role ("the Terrence Higgins Trust") (<see cref="PersonBeforeOpenAppositive"/>),
    /// also with the body it is held in before it ("Eric Abensur, Wanadoo's chief executive told")
    /// (<see cref="OrganisationThenRole"/>).
    /// The same omission after "from" is <see cref="PersonBeforeAffiliation"/>.</item>
    /// </list>
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// The name before the comma that opens <paramref name="description"/>, when the
        /// description is indefinite and the name opens its clause; null otherwise.
        /// </summary>
        private static Mention? NameBeforeUnclosedAppositive(string text, List<Token> t, Sentence s, Mention description)
        {
            if (description.Kind != MentionKind.Group && description.Kind != MentionKind.Description) return null;

            // "a strategist at Monument Securities": an indefinite description of a person, as an
            // appositive is; "the report predicted", "these people said" and "a Holcim statement"
            // may be the subject of a cue after what is reported ("..., China and India, the report
            // predicted").
            int first = WithDeterminer(t, s, description.First);
            if (!(t[first].Is("a") || t[first].Is("an")) || RoleLexicon.IsDocument(t[description.End - 1].Text)) return null;
            int comma = first - 1;
            if (comma - 1 <= s.First || !t[comma].IsPunct(',')) return null;
            Mention? name = NounPhrases.EndingAt(text, t, SkipPartyTagBack(t, comma - 1, s.First), s.First);
            if (name is null || name.Kind != MentionKind.Name) return null;

            // The name opens the sentence, or follows a quotation or an opening phrase's comma:
            // "the Justice Department, a former official said" ends what the official reported.
            int opening = WithDeterminer(t, s, name.First);
            if (opening > s.First && !(t[opening - 1].Kind == TokenKind.Quote || t[opening - 1].IsPunct(','))) return null;
            if (opening > s.First && t[opening - 1].IsPunct(',') && IsPlaceAfterPlace(text, t, s, opening - 1)) return null;
            name.Role ??= description.Text;
            return name;
        }

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

            if (!role && !OrganisationThenRole(t, comma + 1, a.Cue)) return;
            if (FullNameBeforeComma(text, t, s, comma) is Mention person)
            {
                a.Speaker = person;
                a.SpeakerUnnamed = false; // the role was kept as an unnamed phrase ("president of the mobile networks division at the firm")
            }
        }

        /// <summary>Capitalised words at most before the role in <see cref="OrganisationThenRole"/>: a body's name.</summary>
        private const int MaxOrganisationWordsBeforeRole = 3;

        /// <summary>
        /// "Eric Abensur, Wanadoo's chief executive told the BBC News website", "Armando Falcon,
        /// OFHEO director said", "Rhodri Glyn Thomas, Plaid Cymru health spokesman said": the role
        /// written with the body it is held in before it, the closing comma left out. A short
        /// capitalised run (the body, with or without its "'s"), then only lower-case words up to the
        /// cue, the last a title: no person's name after the title ("the Financial Times, chief
        /// operating officer Peter Chernin said" names its speaker there).
        /// </summary>
        private static bool OrganisationThenRole(List<Token> t, int first, int cue)
        {
            int i = first;
            while (i < cue && i - first < MaxOrganisationWordsBeforeRole && t[i].IsWord && t[i].IsCapitalized) i++;
            if (i == first || i >= cue) return false;
            for (int j = i; j < cue; j++)
            {
                if (!t[j].IsWord || t[j].IsCapitalized) return false;
            }

            return RoleLexicon.IsTitle(t[cue - 1].Text);
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
