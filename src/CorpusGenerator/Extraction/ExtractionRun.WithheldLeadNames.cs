namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Millions of the world's poorest textile trade workers will lose their jobs ..., a charity
    /// has warned. / The World Trade Organisation is to end its Multi-Fibre Agreement ... Christian
    /// Aid condemned the move, saying ...": a lead that withholds its speaker names them as the
    /// next speaker, in the lead's paragraph or the one after (SpeakerResolver.WithheldLeadNames).
    /// </summary>
    internal sealed partial class ExtractionRun
    {
        /// <summary>The paragraph of the article's first sentence; -1 before it is known.</summary>
        private int leadParagraph = -1;

        /// <summary>Quotes read at most, from the article's first, for the lead's and the one naming it.</summary>
        private const int WithheldNameQuotes = 8;

        /// <summary>
        /// After all quotes are read: the quotes of the lead's paragraph said by a description that
        /// named no one take the next speaker's name when it fits the description (a body for "a
        /// charity", a person for "a clergyman"). The next speaker is the first quote after them
        /// with a speaker mention, up to the end of the paragraph after the lead's; when it is no
        /// name ("experts say", "the chancellor said"), is unresolved or does not fit, the lead
        /// keeps its description: no other candidate may stand between. A pronoun counts when it
        /// stands for an organisation or person first named after the description ("The Muslim
        /// Council of Britain has complained to Ofcom. It says ..."). Reads at most
        /// <see cref="WithheldNameQuotes"/> quotes.
        /// </summary>
        private void NameWithheldLeadSpeaker()
        {
            if (leadParagraph < 0) return;
            int lead = -1;
            char kind = '\0';
            bool indefinite = false;
            string head = string.Empty;
            int limit = System.Math.Min(quotes.Count, WithheldNameQuotes);
            for (int i = 0; i < limit && lead < 0; i++)
            {
                PendingQuote q = quotes[i];
                if (q.Paragraph > leadParagraph) return;
                if (q.Paragraph != leadParagraph || q.Mention is not TextRange m || (q.Speaker is Entity s && !SpeakerResolver.IsDescriptionSpeaker(s))) continue;
                string description = text.Substring(m.Start, m.End - m.Start);
                kind = SpeakerResolver.WithheldKindOf(description, out indefinite);
                if (kind == '\0') continue;
                lead = i;
                head = description.Substring(description.LastIndexOf(' ') + 1);
            }

            if (lead < 0) return;
            TextRange described = quotes[lead].Mention!.Value;
            for (int j = lead + 1; j < limit; j++)
            {
                PendingQuote q = quotes[j];
                if (q.Paragraph > leadParagraph + 1) return;
                if (q.Mention is not TextRange m || m.Equals(described)) continue; // a quotation taken as the last speaker's, or the lead's description again
                if (q.Speaker is not Entity named || !IsNameOrPronoun(m, named, described) || !SpeakerResolver.FitsWithheld(named, kind, head, indefinite, described.Start, m.End <= q.Span.Start)) return;
                for (int i = lead; i < j; i++)
                {
                    PendingQuote withheld = quotes[i];
                    if (withheld.Mention is not TextRange w || !w.Equals(described)) continue;
                    if (withheld.Speaker is Entity old)
                    {
                        old.Quotes--;
                        old.Mentions.Remove(described);
                    }

                    withheld.Speaker = named;
                    named.Quotes++;
                }

                named.Mentions.Add(described);
                return;
            }
        }

        /// <summary>
        /// Whether the speaker mention <paramref name="m"/> of <paramref name="named"/> is its name
        /// ("Christian Aid", no article: a name's mention leaves it out) or a pronoun for one first
        /// named after <paramref name="described"/>; a description ("the chancellor", "experts") is not.
        /// </summary>
        private bool IsNameOrPronoun(TextRange m, Entity named, TextRange described)
        {
            int end = m.Start;
            while (end < m.End && char.IsLetter(text[end])) end++;
            string first = text.Substring(m.Start, end - m.Start);
            if (first.Equals("he", System.StringComparison.OrdinalIgnoreCase) || first.Equals("she", System.StringComparison.OrdinalIgnoreCase) || first.Equals("it", System.StringComparison.OrdinalIgnoreCase))
            {
                return end == m.End && named.Mentions.Count > 0 && named.Mentions.Min.Start > described.End;
            }

            return first.Length > 0 && char.IsUpper(first[0]) && !WordLists.StopWords.Contains(first);
        }
    }
}
