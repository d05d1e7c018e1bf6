using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Her comments did not impress Tory shadow education secretary Tim Collins. 'Ruth Kelly wants
    /// to ditch the Tomlinson report ...,' he said", "The report was welcomed by Conservative shadow
    /// pensions secretary David Willetts. 'The pensioners' voice must ...,' he said": news writing
    /// brings in the next speaker in the sentence just before the quotation, often as an object or
    /// after "by", not as the subject. Only subjects moved up in recency, so "he" went to whoever
    /// was spoken of earlier (Critics, Age Concern, a name misfiled as a person). When the sentence
    /// just before names one person and nothing else there can stand for the one found by recency
    /// (no name of theirs, no pronoun of the gender before the person, no quotation), and the pronoun's own
    /// sentence names no one before it outside a quotation, that person is whom the pronoun means.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>The text range of each of the last <see cref="AgedReach"/> sentences, in the ring <see cref="sentenceNames"/> uses.</summary>
        private readonly TextRange[] sentenceRanges = new TextRange[AgedReach];

        /// <summary>At most this many characters are read between a name and the pronoun, or before a person in the sentence before.</summary>
        private const int NewlyNamedReach = 400;

        /// <summary>
        /// The one person named in the sentence before the pronoun at <paramref name="at"/>, when
        /// they, not <paramref name="recentFound"/>, are whom it means (see the class comment); else null.
        /// Reads the names of two sentences and a bounded stretch of text.
        /// </summary>
        private Entity? PersonNamedJustBefore(Entity recentFound, char gender, int at)
        {
            if (sentencesSeen < 2) return null;
            int now = (sentencesSeen - 1) % AgedReach, before = (sentencesSeen - 2) % AgedReach;
            if (!(sentenceRanges[now].Start <= at && at < sentenceRanges[now].End)) return null;

            // "'Ruth Kelly wants ...,' he said": a name inside the quotation the sentence opens with is
            // no antecedent; any other before the pronoun is ("But Culture Secretary Tessa Jowell said
            // a delay would be "disastrous" and she accused").
            bool opensQuoting = sentenceRanges[now].Start < text.Length && QuoteMarkAt(sentenceRanges[now].Start);
            foreach (Mention m in sentenceNames[now]!)
            {
                if (m.Span.Start >= at) break;
                if (m.Kind == MentionKind.Name && !(opensQuoting && QuoteMarkBetween(m.Span.End, at))) return null;
            }

            // "'I have spoken to Sir Clive Woodward a few times,' he joked.": a sentence that quotes
            // is the speaker's, and the names in it are theirs to mention, not the narrator's new person.
            if (QuoteMarkBetween(sentenceRanges[before].Start, sentenceRanges[before].End)) return null;

            // "Don't Republicans run the risk of ... than Obama?": a question names whom it asks about, not who answers.
            if (sentenceRanges[before].End > 0 && sentenceRanges[before].End <= text.Length && text[sentenceRanges[before].End - 1] == '?') return null;

            // "Wines believes that the Clinton campaign took ...": a sentence with a named subject of its own is about them.
            if (sentenceSubjects[before] is SentenceSubject subject && FindOrCreateName(subject.Mention, create: false) is not Entity { IsPerson: true }) return null;
            Entity? found = null;
            Mention? first = null;
            foreach (Mention m in sentenceNames[before]!)
            {
                if (m.Kind != MentionKind.Name || m.NameWords.Length == 0) continue;
                Entity? other = FindOrCreateName(m, create: false);
                if (other == recentFound) return null;
                if (other is null || !other.IsPerson || HasOrganisationWord(m.NameWords)) continue; // "the police and Crown Prosecution Service"
                if (ModifiesDescription(m.Span) || string.Equals(WordBefore(m.Span.Start), "the", System.StringComparison.OrdinalIgnoreCase)) continue; // "the Clinton phone bank" names no one
                if (m.Conjoined || other.WrittenWithArticle || PossessiveAt(m.Span.End) || (found is not null && other != found)) return null;
                found = other;
                first ??= m;
            }

            if (found is null || first is null || found.NamedAsAuthor || found.VoicedByWriting) return null;
            if ((found.Gender != '\0' && found.Gender != gender) || HonorificContradicts(found, gender) || OtherGenderAfter(found, gender, at)) return null;
            bool shown = first.Titled || first.Role is not null || found.Role is not null || found.Gender == gender || found.TitledGender == gender || WhoAfter(first.Span.End);
            if (!shown) return null;
            if (PronounOfGenderBetween(sentenceRanges[before].Start, first.Span.Start, gender)) return null; // "He sees Owen as ...": the one before the person
            if (SubjectPronounAfterComma(first.Span.End, sentenceRanges[before].End, gender)) return null; // "At a conference hosted by ... Gordon Brown on Friday, he said"
            return OpensWithDescribedPerson(sentenceRanges[before]) ? null : found; // "But the chancellor said Mr Baume was never at meetings"
        }

        private static bool IsQuoteMark(char c) => c == '"' || c == '\u201C' || c == '\u201D';

        /// <summary>A quotation mark at <paramref name="i"/>: a double one, or two apostrophes ("''So far, ...''").</summary>
        private bool QuoteMarkAt(int i) => IsQuoteMark(text[i]) || (text[i] == '\'' && i + 1 < text.Length && text[i + 1] == '\'');

        /// <summary>
        /// ", he said" (", she") in the sentence before, after the person: the subject of its main
        /// clause is someone else, named before it ("At a conference hosted by UK finance minister
        /// Gordon Brown on Friday, he said"). Reads at most <see cref="NewlyNamedReach"/> characters.
        /// </summary>
        private bool SubjectPronounAfterComma(int from, int to, char gender)
        {
            string pronoun = gender == 'm' ? "he" : "she";
            int end = System.Math.Min(System.Math.Min(to, text.Length), from + NewlyNamedReach);
            for (int i = from; i + 2 < end; i++)
            {
                if (text[i] == ',' && text[i + 1] == ' ' && WordAt(i + 2, pronoun)) return true;
            }

            return false;
        }

        /// <summary>Words that may open a sentence before its subject: "But the chancellor said".</summary>
        private static readonly WordSet OpeningConjunctions = new WordSet("but", "and", "yet", "however");

        /// <summary>
        /// Whether the sentence in <paramref name="range"/> opens (perhaps after "But") with "the"
        /// and a title of one or two words ("the chancellor", "the prime minister"): a person the
        /// article already knows is its subject, and the one named later in it is spoken of.
        /// Reads the first four words.
        /// </summary>
        private bool OpensWithDescribedPerson(TextRange range)
        {
            int i = range.Start, end = System.Math.Min(range.End, text.Length);
            string? word = NextWord(ref i, end);
            if (word is not null && OpeningConjunctions.Contains(word)) word = NextWord(ref i, end);
            if (word is null || !word.Equals("the", System.StringComparison.OrdinalIgnoreCase)) return false;
            for (int k = 0; k < 2; k++)
            {
                word = NextWord(ref i, end);
                if (word is null) return false;
                if (RoleLexicon.IsTitle(word) && !RoleLexicon.IsOrganisationWord(word)) return true;
            }

            return false;
        }

        /// <summary>The next run of letters from <paramref name="i"/> (skipping spaces and commas), or null.</summary>
        private string? NextWord(ref int i, int end)
        {
            while (i < end && (text[i] == ' ' || text[i] == ',')) i++;
            int start = i;
            while (i < end && (char.IsLetter(text[i]) || text[i] == '-')) i++;
            return i > start ? text.Substring(start, i - start) : null;
        }

        /// <summary>Whether a quotation mark stands between <paramref name="from"/> and <paramref name="to"/>; true when they are too far apart to read.</summary>
        private bool QuoteMarkBetween(int from, int to)
        {
            if (to - from > NewlyNamedReach) return true;
            for (int i = from; i < to && i < text.Length; i++)
            {
                if (QuoteMarkAt(i)) return true;
            }

            return false;
        }

        /// <summary>Whether "he", "his" or "him" ("she", "her") stands between <paramref name="from"/> and <paramref name="to"/>; true when too far apart to read.</summary>
        private bool PronounOfGenderBetween(int from, int to, char gender)
        {
            if (to - from > NewlyNamedReach) return true;
            for (int i = from; i < to && i < text.Length; i++)
            {
                if (i > 0 && char.IsLetter(text[i - 1])) continue;
                if (gender == 'm' && (WordAt(i, "he") || WordAt(i, "his") || WordAt(i, "him"))) return true;
                if (gender == 'f' && (WordAt(i, "she") || WordAt(i, "her"))) return true;
            }

            return false;
        }
    }
}
