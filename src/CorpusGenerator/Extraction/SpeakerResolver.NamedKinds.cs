using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Reuters news agency reported", "the China Daily newspaper said": the name written before the noun for what it is speaks.</summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>Characters read back from the noun for the name before it.</summary>
        private const int NamedKindReach = 60;

        /// <summary>Nouns for a kind of organisation that a name is often written before ("Reuters news agency").</summary>
        private static readonly WordSet KindNouns = new WordSet("agency", "newspaper", "magazine", "paper", "website", "channel", "broadcaster", "tabloid");

        /// <summary>
        /// The organisation named right before a bare noun for its kind, with at most two lower-case
        /// words between ("Reuters news agency reported", "according to the Reuters news agency",
        /// "the China Daily newspaper said", "the Liverpool Echo newspaper"): the speaker is that
        /// name, as "a Pew survey" is Pew's (<see cref="AuthorNamedBeforeWriting"/>). Only the noun
        /// was the mention, so the typed speakers were "agency" and "newspaper". Null when no
        /// capitalised name (other than an article) stands there. Reads at most sixty characters back.
        /// </summary>
        private Entity? NameBeforeKind(Mention mention)
        {
            if (mention.NameWords.Length == 0) return null;
            string kind = mention.NameWords[mention.NameWords.Length - 1];
            if (!KindNouns.Contains(kind) || !char.IsLower(kind[0])) return null;
            bool bare = mention.NameWords.Length == 1 && mention.Text == kind;

            // "according to the Reuters news agency": the description now keeps its modifiers
            // (NounPhrases.EpithetModifiers), so the name is read inside it, back from the noun.
            if (!bare && (!mention.Epithet || !mention.Text.EndsWith(kind, StringComparison.Ordinal))) return null;
            int kindStart = mention.Span.End - kind.Length;
            int stop = bare ? Math.Max(0, kindStart - NamedKindReach) : mention.Span.Start;
            var words = new List<(int Start, int End)>();
            int i = kindStart - 1;
            while (i >= stop && words.Count < 8)
            {
                while (i >= stop && text[i] == ' ') i--;
                int end = i + 1;
                while (i >= stop && (char.IsLetterOrDigit(text[i]) || text[i] == '&' || text[i] == '-' || text[i] == '.')) i--;
                bool lineStart = i >= stop && text[i] == '\n'; // "Reuters news agency reported" opening its paragraph
                if (end == i + 1 || (i >= stop && text[i] != ' ' && !lineStart)) break;
                if (EndsSentenceBefore(i + 1, end)) break; // "in Iraq. Reuters news agency reported"
                words.Add((i + 1, end));
                if (lineStart) break;
            }

            // Up to two lower-case words ("news"), then the capitalised name ("China Daily").
            int k = 0;
            while (k < words.Count && k < 2 && char.IsLower(text[words[k].Start])) k++;
            int nameEnd = k, first = -1;
            while (k < words.Count && char.IsUpper(text[words[k].Start]))
            {
                string w = text.Substring(words[k].Start, words[k].End - words[k].Start);
                if (w == "The" || w == "A" || w == "An" || w.EndsWith("'s", StringComparison.Ordinal)) break;
                first = k++;
            }

            if (first < 0) return null;
            var span = new TextRange(words[first].Start, words[nameEnd].End);
            string written = text.Substring(span.Start, span.End - span.Start);
            var name = new Mention(MentionKind.Name, mention.First, mention.End, span, written) { NameWords = written.Split(' ') };
            int known = entities.Count;
            Entity? found = FindOrCreateName(name, create: true);
            if (found is not null && entities.Count > known) found.IsUnknown = false;
            if (found is not null && found.IsPerson && entities.Count > known) found.IsPerson = false;
            return found;
        }

        /// <summary>
        /// Whether the word from <paramref name="start"/> to <paramref name="end"/> ends the
        /// sentence before: one full stop, at its end, after more than an initial ("Iraq." in
        /// "a contract in Iraq. Reuters news agency reported"). The read back took it into the name
        /// ("Iraq. Reuters"), no entity came of it, and the speaker was the bare "agency" (BBC).
        /// "U.S." (two stops) and an initial ("W.") stay words of a name.
        /// </summary>
        private bool EndsSentenceBefore(int start, int end)
        {
            if (end - start <= 2 || text[end - 1] != '.') return false;
            for (int k = start; k < end - 1; k++)
            {
                if (text[k] == '.') return false;
            }

            return true;
        }
    }
}
