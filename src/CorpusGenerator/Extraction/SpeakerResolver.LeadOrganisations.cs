using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"German telecoms firm Deutsche Telekom saw ...", then "The company also said": a bare "the company" is the organisation the article opens on.</summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>Characters read back from a name for the noun before it.</summary>
        private const int LeadKindReach = 24;

        /// <summary>Nouns for a kind of business written right before its name in a lead ("media group Reuters", "Indian drugmaker Dr Reddy's").</summary>
        private static readonly WordSet BusinessKindNouns = new WordSet(
            "firm", "company", "group", "giant", "maker", "drugmaker", "carmaker", "retailer", "bank", "lender", "airline",
            "carrier", "operator", "insurer", "brewer", "chain", "conglomerate", "manufacturer", "producer", "supplier",
            "club", "broadcaster", "publisher", "network", "station");

        /// <summary>The organisation named after a kind noun in the article's first sentence, and that noun; null when none.</summary>
        private Mention? leadOrganisation;
        private string? leadKind;

        /// <summary>
        /// Called once, with the names of the article's first sentence: the first name written right
        /// after a lower-case noun for a kind of business ("UK advertising giant WPP has posted",
        /// "Shares in struggling German football club Borussia Dortmund slipped", "Revenues at media
        /// group Reuters slipped") is what the article is about. Reads at most a few characters back
        /// per name.
        /// </summary>
        public void NoteLeadSentence(List<Mention> names, Mention? subject, bool sharesIn)
        {
            leadNames = names; // the person the lead opens on (LeadPeople)
            NoteLeadKindName(names);

            // "Ford, the US car company, reported", "The world's biggest confectionery firm, Cadbury
            // Schweppes, has reported": the kind in an appositive beside the lead's first name.
            if (leadOrganisation is null && names.Count > 0 && names[0].Kind == MentionKind.Name && !names[0].Conjoined && names[0].NameWords.Length > 0 &&
                (KindAfterComma(names[0].Span.End) ?? KindBeforeComma(names[0].Span.Start)) is string kind)
            {
                leadOrganisation = names[0];
                leadKind = kind;
            }

            // "Microsoft has unveiled ...", "Parmalat has sued 45 banks ...", "Shares in Krispy Kreme
            // Doughnuts have taken a dunking ...": with no kind noun, the organisation the lead opens
            // on as its subject is the firm (LeadSubjectKind).
            if (leadOrganisation is null && subject is not null && !subject.Conjoined && !subject.Titled && subject.NameWords.Length > 0)
            {
                leadOrganisation = subject;
                leadKind = sharesIn ? LeadSharesKind : LeadSubjectKind;
            }
        }

        /// <summary>Characters at most of an appositive that gives a lead's name its kind.</summary>
        private const int LeadAppositiveReach = 60;

        /// <summary>
        /// The kind noun ending an appositive right after a name: ", the US car company," ", the
        /// UK's third-biggest bank," ", Europe's largest mutual life insurer,". It opens with "the",
        /// "a" or a possessive and holds only words; null when none. Reads at most
        /// <see cref="LeadAppositiveReach"/> characters.
        /// </summary>
        private string? KindAfterComma(int end)
        {
            if (end + 2 >= text.Length || text[end] != ',' || text[end + 1] != ' ') return null;
            int start = end + 2, stop = Math.Min(text.Length, start + LeadAppositiveReach);
            int i = start;
            while (i < stop && (char.IsLetterOrDigit(text[i]) || text[i] == ' ' || text[i] == '-' || text[i] == '\'' || text[i] == '’')) i++;
            if (i >= stop || text[i] != ',') return null;
            int firstEnd = text.IndexOf(' ', start, i - start);
            if (firstEnd < 0) return null;
            string first = text.Substring(start, firstEnd - start);
            bool opens = first == "the" || first == "a" || first == "an" || first.EndsWith("'s", StringComparison.Ordinal) || first.EndsWith("’s", StringComparison.Ordinal) || first.EndsWith("s'", StringComparison.Ordinal);
            if (!opens) return null;
            int lastStart = text.LastIndexOf(' ', i - 1, i - start) + 1;
            string last = text.Substring(lastStart, i - lastStart);
            return last.Length > 0 && char.IsLower(last[0]) && BusinessKindNouns.Contains(last) ? last : null; // "the big ," ends in a space
        }

        /// <summary>"The world's biggest confectionery firm, Cadbury Schweppes": the kind noun right before ", " and the name; null when none.</summary>
        private string? KindBeforeComma(int start)
        {
            if (start < 3 || text[start - 1] != ' ' || text[start - 2] != ',') return null;
            int end = start - 2, i = LetterRunStart(end, LeadKindReach);
            if (i == end || (i > 0 && text[i - 1] != ' ')) return null;
            string kind = text.Substring(i, end - i);
            return char.IsLower(kind[0]) && BusinessKindNouns.Contains(kind) ? kind : null;
        }

        /// <summary>The lead's kind for an organisation that opens it as its subject with no kind noun ("Microsoft has ...").</summary>
        private const string LeadSubjectKind = "(subject)";

        /// <summary>The lead's kind for the X of "Shares in X": a listed firm, whatever its name looks like.</summary>
        private const string LeadSharesKind = "(shares)";

        private void NoteLeadKindName(List<Mention> names)
        {
            for (int n = 0; n < names.Count; n++)
            {
                Mention m = names[n];
                if (m.Kind != MentionKind.Name || m.Conjoined || m.NameWords.Length == 0) continue;
                string? before = WordBefore(m.Span.Start);
                if (before is null || !char.IsLower(before[0]) || !BusinessKindNouns.Contains(before)) continue;

                // The sentence must open on it: a name before it is allowed only inside its own
                // modifiers ("UK advertising giant WPP", "South Africa biggest retail bank Absa").
                // "Stocks on Wall Street ended higher, helped by results from Google's parent
                // company, Alphabet, and the retailer Amazon" is about no one firm: Amazon was given
                // "The company reported ..." said of Exxon Mobil and of Alphabet.
                int kindStart = m.Span.Start - 1 - before.Length;
                for (int p = 0; p < n; p++)
                {
                    if (!OnlyModifiersBetween(names[p].Span.End, kindStart)) return;
                }

                leadOrganisation = m;
                leadKind = before;
                return;
            }
        }

        /// <summary>Characters at most between a name and the kind noun of a name after it, in the lead.</summary>
        private const int LeadModifierReach = 48;

        /// <summary>Words that end a noun's modifiers: a verb or a conjunction after a name makes it the sentence's subject or one of several.</summary>
        private static readonly WordSet ClauseWords = new WordSet(
            "has", "have", "had", "is", "was", "are", "were", "will", "and", "or", "with", "by", "to", "for", "from", "said", "says", "than", "but");

        /// <summary>
        /// Only modifiers between <paramref name="from"/> and <paramref name="to"/>: "UK" in "UK
        /// advertising giant", "Shares" in "Shares in struggling German football club" (one "in",
        /// "at" or "of" first), with no punctuation, verb or conjunction, and at most
        /// <see cref="LeadModifierReach"/> characters.
        /// </summary>
        private bool OnlyModifiersBetween(int from, int to)
        {
            if (from > to || to - from > LeadModifierReach) return false;
            int i = from;
            if (to - i > 4 && text[i] == ' ' && text[i + 3] == ' ' && (string.CompareOrdinal(text, i + 1, "in", 0, 2) == 0 || string.CompareOrdinal(text, i + 1, "at", 0, 2) == 0 || string.CompareOrdinal(text, i + 1, "of", 0, 2) == 0)) i += 3;
            int wordStart = -1;
            for (; i <= to; i++)
            {
                char c = i < to ? text[i] : ' ';
                if (char.IsLetter(c) || c == '-')
                {
                    if (wordStart < 0) wordStart = i;
                    continue;
                }

                if (c != ' ') return false;
                if (wordStart >= 0 && ClauseWords.Contains(text.Substring(wordStart, i - wordStart))) return false;
                wordStart = -1;
            }

            return true;
        }

        /// <summary>The lower-case or capitalised word right before <paramref name="at"/>, across one space; null when punctuation or nothing stands there.</summary>
        private string? WordBefore(int at)
        {
            int end = WordBefore(at, LeadKindReach - 1, out int start);
            return end < 0 ? null : text.Substring(start, end - start);
        }

        /// <summary>
        /// The run of letters ending right before <paramref name="at"/> past one space, at most
        /// <paramref name="maxLength"/> letters of it: its end, or -1 when punctuation or nothing
        /// stands there. The one walk back over a word of the text that the resolver's text checks share.
        /// </summary>
        private int WordBefore(int at, int maxLength, out int wordStart)
        {
            wordStart = -1;
            int end = at - 1;
            if (end < 0 || text[end] != ' ') return -1;
            int start = LetterRunStart(end, maxLength);
            if (start == end) return -1;
            wordStart = start;
            return end;
        }

        /// <summary>Where the letters that end at <paramref name="end"/> start, reading back at most <paramref name="maxLength"/> of them.</summary>
        private int LetterRunStart(int end, int maxLength)
        {
            int i = end;
            while (i > 0 && end - i < maxLength && char.IsLetter(text[i - 1])) i--;
            return i;
        }

        /// <summary>
        /// The organisation a bare "the company", "the firm", "the club", "the group" or "the station"
        /// stands for when no organisation named with that word has come up: the one the article's
        /// first sentence introduces with a noun for its kind. Falling back to the organisation last
        /// named gave "The company also said it would resume paying a dividend" to T-Mobile USA, a
        /// subsidiary named in passing in an article on Deutsche Telekom, "The company said the US
        /// elections and the FIFA World Cup ..." to the World Cup in one on WPP, "the company said at
        /// the Detroit Motor Show" to the show, and left "The club" (Borussia Dortmund) and "The firm"
        /// (Eurotunnel) as typed speakers of their own. A club or a group
        /// only when the lead calls it one; a firm or a company when it is any kind of business.
        /// Only a description of a single word, written before it, and never a name also named after
        /// the cue (the listener).
        /// </summary>
        private Entity? LeadOrganisationFor(Mention mention, string head, TextRange afterCue, bool subjectLead = false)
        {
            if (leadOrganisation is null || leadKind is null || mention.NameWords.Length != 1 || subjectLead != (leadKind == LeadSubjectKind)) return null;
            if (leadOrganisation.Span.End > mention.Span.Start) return null;
            bool fits = head.ToLowerInvariant() switch
            {
                "company" or "firm" => leadKind != "station" && leadKind != "network" && leadKind != "broadcaster",
                "club" => leadKind == "club",
                "group" => leadKind == "group",
                "station" => leadKind == "station" || leadKind == "broadcaster",
                _ => BusinessKindNouns.Contains(head) && LeadKindAllows(head), // "the airline" (DescribedBusinesses)
            };
            if (!fits) return null;
            Entity? e = FindOrCreateName(leadOrganisation, create: true);
            // Only the name as written: a lone "Microsoft" or "Mercedes" is found by surname or first
            // name in "December Microsoft" or "Mercedes Smart", which are not the firm.
            if (e is null || e.Key != leadOrganisation.NameKey) return null;

            // Two capitalised words pass for a person's name ("Borussia Dortmund", "Deutsche Telekom"),
            // but not after "club" or "firm": only one a pronoun or an honorific made a man or a woman
            // is refused. It is not made an organisation for good: that split "Nortel" from "Nortel
            // Networks" in one article (a lone word is matched to a person's first name).
            if (e.Gender != '\0' || e.TitledGender != '\0' || NamedWithin(e, afterCue)) return null;

            // A subject with no kind noun may be a person ("Tony Blair has said"): only a name no
            // person's ("Microsoft", "Multiplex Group"), unless its shares are traded.
            if (leadKind == LeadSubjectKind && (e.IsPerson || e.Role is not null)) return null;
            e.Mentions.Add(leadOrganisation.Span);
            return e;
        }
    }
}
