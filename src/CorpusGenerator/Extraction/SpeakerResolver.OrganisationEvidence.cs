using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Swiss Re", "Standard Life", "Delta Air Lines": a two-word name with no organisation word was
    /// filed as a person, so "it said" found no speaker and "he" could land on the firm. The article
    /// itself says what the name is: "insurer Swiss Re", "shares in Standard Life", "Swiss Re's
    /// chief executive", "Krispy Kreme, the doughnut chain,", "James Hardie chairwoman, Meredith
    /// Hellicar", "Standard Life, Europe's largest mutual life insurer,", "Electronic Arts (EA)",
    /// "Laura Ashley, which has 200 shops,".
    /// Once every name is registered, a full name some mention shows so, and no honorific or age
    /// shows for a person, is an organisation.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>Nouns for a kind of firm or body written right before its name ("insurer Swiss Re") or after it in apposition ("Swiss Re, the reinsurer,").</summary>
        private static readonly WordSet FirmKindNouns = new WordSet(
            "insurer", "reinsurer", "airline", "carrier", "retailer", "lender", "firm", "company", "brewer", "bank",
            "manufacturer", "carmaker", "automaker", "drugmaker", "chipmaker", "conglomerate", "broadcaster", "publisher",
            "supermarket", "chain", "club", "label", "studio", "band", "group", "outfit", "insurers", "airlines", "retailers",
            "firms", "companies", "banks", "carmakers", "housebuilder");

        /// <summary>What a firm has and a person does not, written after "X's" ("Swiss Re's shares").</summary>
        private static readonly WordSet FirmPossessions = new WordSet(
            "shares", "share", "profits", "profit", "shareholders", "stock", "revenues", "turnover");

        /// <summary>
        /// Offices held in a firm, a club or a body, written between its name and the holder's
        /// ("James Hardie chairwoman, Meredith Hellicar", "Real Madrid striker Ronaldo"). Not
        /// "manager" or "aide": a singer has a manager ("Johnny Cash manager Lou Robin").
        /// </summary>
        private static readonly WordSet OfficesAfterName = new WordSet(
            "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson", "boss", "coach", "striker", "midfielder",
            "defender", "goalkeeper", "analyst", "economist", "director", "shareholders");

        /// <summary>Characters read either side of a name for the evidence.</summary>
        private const int OrganisationEvidenceReach = 60;

        /// <summary>
        /// Notes on a full name registered as a person what the text right around one mention of
        /// it says it is: an organisation ("shares in Standard Life", "carrier Delta Air Lines",
        /// "James Hardie's shares", "Swiss Re, the reinsurer,"). Reads a few words either side.
        /// </summary>
        private void NoteOrganisationEvidence(Entity entity, Mention mention)
        {
            if (!entity.IsPerson || entity.OrganisationEvidence || mention.Titled || mention.Role is not null) return;
            if (FirmKindBefore(mention.Span.Start) || FirmShownAfter(mention.Span.End) || AcronymAfter(mention.Span) || WhichAfterOpeningName(mention.Span)) entity.OrganisationEvidence = true;
        }

        /// <summary>
        /// "Laura Ashley, which has 200 shops, said ...": a name opening its sentence with "which"
        /// after it is a thing, a firm or a show; a person takes "who". Only a name opening the
        /// sentence: in "a statement from Tony Blair, which ..." the "which" is the statement's.
        /// </summary>
        private bool WhichAfterOpeningName(TextRange span)
        {
            int end = span.End;
            if (end + 8 > text.Length || text[end] != ',' || string.CompareOrdinal(text, end + 1, " which ", 0, 7) != 0) return false;
            int i = span.Start - 1;
            while (i >= 0 && text[i] == ' ') i--;
            return i < 0 || text[i] == '\n' || ((text[i] == '.' || text[i] == '!' || text[i] == '?') && i + 1 < span.Start && text[i + 1] == ' ');
        }

        /// <summary>
        /// "Electronic Arts (EA)", "General Motors (GM)": the initials of the name in brackets right
        /// after it. A firm or body is known by its initials; a person in the news is not.
        /// </summary>
        private bool AcronymAfter(TextRange span)
        {
            int i = span.End;
            if (i + 4 >= text.Length || text[i] != ' ' || text[i + 1] != '(') return false;
            i += 2;
            for (int k = span.Start; k < span.End; k++)
            {
                if (k != span.Start && text[k - 1] != ' ') continue;
                if (!char.IsUpper(text[k])) continue;
                if (i >= text.Length || text[i] != text[k]) return false;
                i++;
            }

            return i < text.Length && text[i] == ')' && i - (span.End + 2) >= 2;
        }

        /// <summary>
        /// Recasts every full name with organisation evidence and no person evidence (an honorific
        /// before its surname anywhere, an age, a role) as an organisation. After registration and
        /// the honorifics ahead, before any quote is read. One pass over the entities.
        /// </summary>
        public void RecastOrganisations()
        {
            foreach (Entity e in entities)
            {
                if (!e.IsPerson || !e.OrganisationEvidence || e.TitledGender != '\0' || e.Age != 0 || e.Role is not null) continue;
                e.IsPerson = false;
                e.IsUnknown = false;
            }
        }

        /// <summary>"insurer Swiss Re", "shares in Standard Life", "a stake in Real Madrid": the words right before the name.</summary>
        private bool FirmKindBefore(int start)
        {
            int end = WordBefore(start, OrganisationEvidenceReach, out int wordStart);
            if (end < 0) return false;
            int length = end - wordStart;
            if (char.IsLower(text[wordStart]) && (wordStart == 0 || text[wordStart - 1] != '-') && FirmKindNouns.Contains(text, wordStart, length)) return true;
            if (char.IsLower(text[wordStart]) && PublicationKindBefore(wordStart, length)) return true;
            if (length != 2 || text[wordStart] != 'i' || text[wordStart + 1] != 'n') return false;
            int before = WordBefore(wordStart, OrganisationEvidenceReach, out int beforeStart);
            return before >= 0 && (Is(beforeStart, before, "shares") || Is(beforeStart, before, "stake"));
        }

        /// <summary>Determiners that make a kind noun the object of the words before it, not a label of the name after it: "told the paper Tony Blair had ...".</summary>
        private static readonly WordSet KindNounDeterminers = new WordSet("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that");

        /// <summary>
        /// "Fan website Trek United is hoping to raise $32m", "trade weekly Variety", "US magazine
        /// Rolling Stone": a noun for a publication's kind (PublicationKinds) written as a label
        /// right before a name shows the name is an organisation, not a person, so a later
        /// "according to the site" finds it among the organisations and its kind word
        /// (ShowsPublication). Not after a determiner: in "told the paper Tony Blair had lied" the
        /// noun is the listener and the name begins the clause.
        /// </summary>
        private bool PublicationKindBefore(int wordStart, int length)
        {
            if (!PublicationKindWords.Contains(text, wordStart, length) && !SiteKindWords.Contains(text, wordStart, length)) return false;
            int before = WordBefore(wordStart, OrganisationEvidenceReach, out int beforeStart);
            return before < 0 || !KindNounDeterminers.Contains(text, beforeStart, before - beforeStart);
        }

        /// <summary>"Swiss Re's shares", "Swiss Re's chief executive", "Swiss Re chief executive John Coomber", "Swiss Re, the Zurich reinsurer,", "Electronic Arts, the world's biggest games publisher,": the words right after the name.</summary>
        private bool FirmShownAfter(int end)
        {
            int i = end;
            if (i + 1 < text.Length && (text[i] == '\'' || text[i] == '\u2019') && text[i + 1] == 's') i += 2;
            else if (i >= 2 && (text[i - 2] == '\'' || text[i - 2] == '\u2019') && text[i - 1] == 's') { }
            else i = -1;
            if (i >= 0)
            {
                int next = WordAfter(i, out int nextEnd);
                if (next < 0) return false;
                if (FirmPossessions.Contains(text, next, nextEnd - next)) return true;
                if (!Is(next, nextEnd, "chief")) return false;
                int after = WordAfter(nextEnd, out int afterEnd);
                return after >= 0 && Is(after, afterEnd, "executive");
            }

            // "James Hardie chairwoman, Meredith Hellicar", "Swiss Re chief executive John Coomber".
            int office = WordAfter(end, out int officeEnd);
            if (office >= 0 && char.IsLower(text[office]))
            {
                if (Is(office, officeEnd, "chief") && WordAfter(officeEnd, out int executiveEnd) is int executive && executive >= 0 && Is(executive, executiveEnd, "executive")) officeEnd = executiveEnd;
                else if (!OfficesAfterName.Contains(text, office, officeEnd - office)) return false;
                if (officeEnd + 1 >= text.Length) return false;
                return text[officeEnd] == ',' || (text[officeEnd] == ' ' && char.IsUpper(text[officeEnd + 1]));
            }

            // ", the [words] reinsurer," or ", Europe's largest mutual life insurer," ending in a comma, full stop or semicolon.
            if (end + 2 >= text.Length || text[end] != ',' || text[end + 1] != ' ') return false;
            int w = WordAfter(end + 1, out int wEnd);
            if (w < 0) return false;
            bool possessive = wEnd + 1 < text.Length && (text[wEnd] == '\'' || text[wEnd] == '\u2019') && text[wEnd + 1] == 's' && char.IsUpper(text[w]);
            if (possessive) wEnd += 2;
            else if (!(Is(w, wEnd, "the") || Is(w, wEnd, "a") || Is(w, wEnd, "an"))) return false;
            for (int n = 0; n < 4; n++)
            {
                w = WordAfter(wEnd, out wEnd);
                if (w < 0 || wEnd - w > 20) return false;
                bool owner = wEnd + 1 < text.Length && (text[wEnd] == '\'' || text[wEnd] == '\u2019') && text[wEnd + 1] == 's';
                if (owner) wEnd += 2; // ", the world's biggest games publisher,"
                else if (wEnd < text.Length && (text[wEnd] == ',' || text[wEnd] == '.' || text[wEnd] == ';'))
                    return char.IsLower(text[w]) && FirmKindNouns.Contains(text, w, wEnd - w);
                if (wEnd >= text.Length || text[wEnd] != ' ') return false;
            }

            return false;
        }

        /// <summary>The word of letters starting past one space at <paramref name="from"/>: its start, or -1.</summary>
        private int WordAfter(int from, out int wordEnd)
        {
            wordEnd = -1;
            if (from >= text.Length || text[from] != ' ') return -1;
            int start = from + 1, i = start;
            while (i < text.Length && i - start < OrganisationEvidenceReach && (char.IsLetter(text[i]) || (i > start && text[i] == '-'))) i++;
            if (i == start) return -1;
            wordEnd = i;
            return start;
        }

        /// <summary>The text from <paramref name="start"/> to <paramref name="end"/> is <paramref name="word"/>, its first letter in either case ("Shares in").</summary>
        private bool Is(int start, int end, string word) =>
            end - start == word.Length && char.ToLowerInvariant(text[start]) == word[0] && string.CompareOrdinal(text, start + 1, word, 1, word.Length - 1) == 0;
    }
}
