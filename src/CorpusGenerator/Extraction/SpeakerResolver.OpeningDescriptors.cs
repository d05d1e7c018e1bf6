using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Taylor Dent ... The Swede was made to graft, American Dent surviving three break points",
    /// "Roger Stone ... Stated Stone: \"I think ...\"": a word glued before the name of a person
    /// the article names in full describes that person. Read as part of the name it made a second
    /// typed speaker ("American Dent", "American Davenport", "Stated Stone", "Continued Stone"),
    /// which took the later "Dent" and "Stone" too. The word is told from a first name by what the
    /// article and a closed class say: a nationality or demonym; opening the sentence, a cue verb,
    /// a function word ("Given Sanders' electoral success"), a long participle ("Understated
    /// Perez", "Bashing Trump") or a word of six letters or more that the article also writes in
    /// lower case ("Tycoon Donald Trump" where "the tycoon" is written too). A short word is
    /// left alone, for many first names are also words ("Mark", "Grant", "Frank"), and so are a
    /// plural ("Universities Scotland"), a name after a determiner ("an American Muslim"), a glued
    /// name written twice ("German Ortega", a first name) and a name no one else in the article
    /// bears ("Defiant Matt Williams" names no "Matt Williams" elsewhere).
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>Letters a sentence-opening word must have to count as a lower-case word written capitalised.</summary>
        private const int MinOpeningDescriptorLength = 6;

        /// <summary>The article's words written in lower case, made once when first asked.</summary>
        private HashSet<string>? lowerCaseWords;

        /// <summary>
        /// Drops the first of the name's words when it describes a person named in full with the
        /// rest (see the class summary). Constant work but for the lower-case words, gathered once
        /// per article in one pass.
        /// </summary>
        private void DropOpeningDescriptor(Mention mention)
        {
            string[] words = mention.NameWords;
            if (mention.Kind != MentionKind.Name || words.Length < 2 || words.Length > 3 || mention.Titled || mention.Conjoined || mention.Article is not null) return;
            string first = words[0];
            string written = mention.Text;
            if (first.Length < 3 || !char.IsUpper(first[0]) || written.Length <= first.Length || written[first.Length] != ' ' || !written.StartsWith(first, StringComparison.Ordinal)) return;

            // The word's own cheap tests first: they turn away nearly every name ("Tony Blair")
            // without the name lookup, which builds a key (this runs for every name the article
            // registers); the article's lower-case words are gathered last, only when needed.
            Descriptor kind = DescriptorKindOf(first, mention.Span.Start);
            if (kind == Descriptor.None) return;
            var rest = new string[words.Length - 1];
            Array.Copy(words, 1, rest, 0, rest.Length);
            if (!NamesPersonInFull(rest, SurnameKey(first))) return;
            if (kind == Descriptor.IfWrittenInLowerCase && !LowerCaseWords().Contains(first.ToLowerInvariant())) return;
            if (WordBefore(mention.Span.Start) is string before && WordLists.Determiners.Contains(before)) return; // "by an American Muslim who pledged": a description
            if (!WrittenOnce(written)) return; // "German Ortega says" twice: a first name
            mention.NameWords = rest;
        }

        /// <summary>Glued names already counted, with whether the article writes them once.</summary>
        private Dictionary<string, bool>? writtenOnce;

        /// <summary>At most this many glued names are counted in an article: each count reads it through once.</summary>
        private const int MaxGluedNamesCounted = 16;

        /// <summary>
        /// Whether <paramref name="name"/> stands in the article once: a descriptor is written
        /// once, where the full name is a sentence away ("American Dent"), while a first name
        /// that looks like one is the person's name each time ("German Ortega" for Germán).
        /// </summary>
        private bool WrittenOnce(string name)
        {
            writtenOnce ??= new Dictionary<string, bool>(StringComparer.Ordinal);
            if (writtenOnce.TryGetValue(name, out bool once)) return once;
            if (writtenOnce.Count >= MaxGluedNamesCounted) return false;
            int first = text.IndexOf(name, StringComparison.Ordinal);
            once = first < 0 || text.IndexOf(name, first + name.Length, StringComparison.Ordinal) < 0;
            writtenOnce[name] = once;
            return once;
        }

        /// <summary>
        /// Whether <paramref name="rest"/> names a person the article names in full: that full name
        /// itself, or, for a lone surname, a full name ending in it that does not start with the
        /// word dropped ("Taylor Dent" for "American Dent").
        /// </summary>
        private bool NamesPersonInFull(string[] rest, string droppedKey)
        {
            if (rest.Length > 1) return byKey.TryGetValue(KeyOf(rest), out Entity? named) && named.IsPerson && !named.Conjoined;
            if (!bySurname.TryGetValue(SurnameKey(rest[0]), out List<Entity>? sameSurname)) return false;
            for (int c = FirstRecentCandidate(sameSurname); c < sameSurname.Count; c++)
            {
                Entity e = sameSurname[c];
                if (e.IsPerson && !e.Conjoined && e.Key.IndexOf(' ') > 0 && !e.Key.StartsWith(droppedKey + " ", StringComparison.Ordinal)) return true;
            }

            return false;
        }

        /// <summary>What a glued word's own form says: a descriptor, one if the article writes it in lower case too, or none.</summary>
        private enum Descriptor
        {
            None,
            Certain,
            IfWrittenInLowerCase,
        }

        /// <summary>A nationality or demonym anywhere; a cue verb or a long lower-case word of the article opening the sentence.</summary>
        private Descriptor DescriptorKindOf(string word, int at)
        {
            if (NounPhrases.IsOriginRole(word)) return Descriptor.Certain;
            if (!OpensSentence(at) || !IsLowerTail(word) || word.EndsWith("s", StringComparison.Ordinal)) return Descriptor.None; // "Universities Scotland": a plural describes no one person
            string lower = word.ToLowerInvariant();
            if (CueLexicon.IsCue(lower) || OpeningFunctionWords.Contains(lower) || IsOpeningParticipleForm(lower)) return Descriptor.Certain;
            return word.Length >= MinOpeningDescriptorLength ? Descriptor.IfWrittenInLowerCase : Descriptor.None;
        }

        /// <summary>
        /// Function words that open a clause before its subject and are no one's first name (a
        /// closed class): "Given Sanders' electoral success", "First Trump goes to Louisiana",
        /// "Everything Trump says is a lie".
        /// </summary>
        private static readonly WordSet OpeningFunctionWords = new WordSet(
            "given", "plus", "outside", "first", "everything", "everyone", "everybody", "nothing", "something", "anything");

        /// <summary>
        /// A participle by its ending: seven letters or more in -ing ("Bashing Trump may be job
        /// one", "Entrusting Donald Trump with our economic future"), nine or more in -ed
        /// ("Understated Perez raises political profile"). Shorter words in -ed are often first
        /// names ("Mohammed", "Rasheed"), and so are a few in -ing ("Irving").
        /// </summary>
        private static bool IsOpeningParticipleForm(string lower) =>
            (lower.Length >= 7 && lower.EndsWith("ing", StringComparison.Ordinal)) || (lower.Length >= 9 && lower.EndsWith("ed", StringComparison.Ordinal));

        /// <summary>A capital, then lower-case letters only ("Billionaire", not "McCain").</summary>
        private static bool IsLowerTail(string word)
        {
            for (int k = 1; k < word.Length; k++)
            {
                if (!char.IsLower(word[k])) return false;
            }

            return true;
        }

        private HashSet<string> LowerCaseWords()
        {
            if (lowerCaseWords is not null) return lowerCaseWords;
            lowerCaseWords = new HashSet<string>(StringComparer.Ordinal);
            int i = 0;
            while (i < text.Length)
            {
                if (!char.IsLetter(text[i]))
                {
                    i++;
                    continue;
                }

                int start = i;
                while (i < text.Length && char.IsLetter(text[i])) i++;
                if (char.IsLower(text[start]) && i - start >= MinOpeningDescriptorLength) lowerCaseWords.Add(text.Substring(start, i - start));
            }

            return lowerCaseWords;
        }
    }
}
