using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Hollywood film star Liam Neeson has held a dinner party in New York to promote Belfast's
    /// Lyric Theatre. / The Ballymena-born actor said ...", "Hollywood legend Dustin Hoffman has
    /// hit out at ... / The star of Rain Man and Tootsie said ... The 67-year-old also said": an
    /// article that opens on a person goes on describing them by age or kind. The description
    /// found no one when a sentence back also named something that passes for a person's name
    /// ("New York", "Rain Man"): it stands for the person the lead opens on when no one the
    /// article shows to be a person is named nearer.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>The name mentions of the article's first sentence; null before it is read.</summary>
        private List<Mention>? leadNames;

        /// <summary>
        /// The person the lead opens on: the first name of its first sentence that is a person's
        /// full name ("Liam Neeson" after "Hollywood film star"), past a name that modifies a noun
        /// for what they are (<see cref="BeforeRoleNoun"/>), when only modifiers stand before it
        /// (<see cref="OnlyModifiersOpen"/>) and it owns nothing: the sentence's subject. "Arsenal's
        /// Edu has lifted the lid on the scenes that followed Manchester United's win" opens on no
        /// one with a full name. Null when the first person
        /// named there is not written so, or the lead names none.
        /// </summary>
        private Entity? LeadPerson()
        {
            if (leadNames is null) return null;
            foreach (Mention m in leadNames)
            {
                if (m.Kind != MentionKind.Name || m.Conjoined || m.NameWords.Length == 0 || BeforeRoleNoun(m.Span)) continue;
                Entity? e = FindOrCreateName(m, create: false);
                if (e is null || !e.IsPerson) continue;
                return m.NameWords.Length > 1 && !e.IsUnknown && !e.WrittenWithArticle && !ModifiesDescription(m.Span) && !PossessiveAt(m.Span.End) && OnlyModifiersOpen(m.Span.Start) ? e : null;
            }

            return null;
        }

        /// <summary>
        /// Whether the name at <paramref name="span"/> is followed by a lower-case noun for what a
        /// person is: "Double Olympic champion Hicham El Guerrouj", "World number one Lindsay
        /// Davenport" ("Double Olympic" modifies "champion"). Reads the word after the name.
        /// </summary>
        private bool BeforeRoleNoun(TextRange span)
        {
            int start = span.End + 1, end = start;
            if (start >= text.Length || text[span.End] != ' ' || !char.IsLower(text[start])) return false;
            while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-')) end++;
            string word = text.Substring(start, end - start);
            return PersonKindNouns.Contains(word) || RoleLexicon.IsTitle(word);
        }

        /// <summary>
        /// The lead's person (<see cref="LeadPerson"/>) when the last <see cref="AgedReach"/>
        /// sentences (this one up to <paramref name="before"/>) mention them and name no one else
        /// who may be the person described in or after the nearest sentence that does: one shown
        /// to be a person (<see cref="ShownPerson"/>), or a full name (no modifier of a noun, as
        /// "Double Olympic" in "Double Olympic champion") opening its sentence ("Britain's
        /// Paula Radcliffe has also not ruled out ... said the two-time champion": she, not El
        /// Guerrouj the lead opens on) or after a noun for what a person is ("world champion X").
        /// Null otherwise, and when the description holds a word of another person's name named
        /// there ("an Abraham Lincoln impersonator ... the Lincoln actor says" is not the
        /// candidate Gary Johnson the article opens on). "Real Madrid sporting director Emilio Butragueno" between
        /// "Jose Antonio Reyes" and "the 21-year-old" is such a one: no speaker rather than a guess.
        /// </summary>
        private Entity? LeadPersonBefore(int before, string description, bool earlierSentences = false)
        {
            Entity? lead = LeadPerson();
            if (lead is null) return null;
            for (int k = earlierSentences ? 1 : 0; k < AgedReach && k < sentencesSeen; k++)
            {
                bool seen = false;
                foreach (Mention m in sentenceNames[(sentencesSeen - 1 - k) % AgedReach]!)
                {
                    if (k == 0 && m.Span.Start >= before) break;
                    if (m.Kind != MentionKind.Name || m.NameWords.Length == 0) continue;
                    Entity? other = FindOrCreateName(m, create: false);
                    if (other is null || !other.IsPerson) continue;
                    if (other == lead) seen = true;
                    else if (ShownPerson(other, m) || NamedIn(description, m.NameWords) || (m.NameWords.Length > 1 && !BeforeRoleNoun(m.Span) && (OnlyCapitalsBefore(m.Span.Start) || AfterRoleNoun(m.Span.Start)))) return null;
                }

                if (seen) return lead;
            }

            return null;
        }

        /// <summary>Whether a word of <paramref name="name"/> is a word of <paramref name="description"/>.</summary>
        private static bool NamedIn(string description, string[] name)
        {
            foreach (string w in name)
            {
                if (w.Length > 1 && ContainsWord(description, w)) return true;
            }

            return false;
        }

        /// <summary>
        /// Whether only modifiers stand between the start of the sentence and
        /// <paramref name="start"/> ("Hollywood film star Liam Neeson", "Double Olympic champion
        /// Hicham El Guerrouj", "Arsenal's Sol Campbell"): no verb, function word or punctuation.
        /// Reads at most <see cref="LeadModifierReach"/> characters back.
        /// </summary>
        private bool OnlyModifiersOpen(int start)
        {
            int i = start - 1, stop = Math.Max(0, start - LeadModifierReach);
            while (i >= stop && text[i] != '.' && text[i] != '!' && text[i] != '?' && text[i] != '\n') i--;
            if (i < stop && stop > 0) return false;
            int from = i + 1;
            while (from < start && text[from] == ' ') from++;
            int wordStart = -1;
            for (int j = from; j <= start; j++)
            {
                char c = j < start ? text[j] : ' ';
                if (char.IsLetter(c) || c == '-' || c == '\'' || c == '’')
                {
                    if (wordStart < 0) wordStart = j;
                    continue;
                }

                if (c != ' ') return false;
                if (wordStart >= 0 && (ClauseWords.Contains(text, wordStart, j - wordStart) || WordLists.StopWords.Contains(text, wordStart, j - wordStart))) return false;
                wordStart = -1;
            }

            return true;
        }

        /// <summary>Characters read back at most for what opens a name's sentence before it.</summary>
        private const int OpeningReach = 48;

        /// <summary>
        /// Whether only capitalised words and punctuation ("- Britain's") stand between the
        /// sentence's start and the name at <paramref name="start"/>: the name opens its sentence,
        /// as its subject does; "ahead of Germany's Marc Blume" does not. Reads at most <see cref="OpeningReach"/>
        /// characters back.
        /// </summary>
        private bool OnlyCapitalsBefore(int start)
        {
            for (int i = start - 1; i >= 0 && i >= start - OpeningReach; i--)
            {
                char c = text[i];
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':') return true;
                if (char.IsLower(c) && (i == 0 || !(char.IsLetter(text[i - 1]) || text[i - 1] == '\'' || text[i - 1] == '’'))) return false; // a lower-case word, not the "s" of "Britain's"
            }

            return start <= OpeningReach;
        }

        /// <summary>Whether the word right before <paramref name="start"/> is a lower-case noun for what a person is: "world champion Marc Blume".</summary>
        private bool AfterRoleNoun(int start) => WordBefore(start) is string w && w.Length > 0 && char.IsLower(w[0]) && (PersonKindNouns.Contains(w) || RoleLexicon.IsTitle(w));

        /// <summary>
        /// Whether the article has shown <paramref name="e"/>, named by <paramref name="m"/>, to be
        /// a person so far: a title, a gender, a role, a quote, or a surname standing for the full
        /// name, not a first word ("Real" for "Real Madrid") ("Andre Ardent beat Nicolas Massou ... Ardent was delighted with victory over
        /// Massou": Massou may be "the American" as well). "New York" and "Rain Man" pass for
        /// names of people by their form only.
        /// </summary>
        private static bool ShownPerson(Entity e, Mention m) =>
            m.Titled || e.Gender != '\0' || e.TitledGender != '\0' || e.Role is not null || e.Quotes > 0 || (m.NameWords.Length == 1 && e.Key.IndexOf(' ') > 0 && SurnameKey(m.NameWords[0]) == e.SurnameKey);
    }
}
