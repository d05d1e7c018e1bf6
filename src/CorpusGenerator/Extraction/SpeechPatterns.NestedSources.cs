using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "“Q,” Sanders said, according to CNN.", "Trump said he was “happy to see” it, according to
    /// The New York Times.", "Manafort acknowledged that C, The Washington Post reported.": an
    /// attribution that closes its sentence after a comma, with nothing of its own to report, has
    /// the whole sentence before it for its content, attributions and all. Its source is the one
    /// the text vouches for: the earlier speaker's words reach the reader only through it. So the
    /// earlier attributions of the sentence take the closing one's source; otherwise the closing
    /// source is dropped and the speaker nested in what it reports is given as the source.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// Heads after "according to" that mean "in accordance with", not "as told by": "according
        /// to the ministerial code", "according to plan". They report nothing.
        /// </summary>
        private static readonly WordSet NormativeHeads = new WordSet(
            "code", "codes", "law", "laws", "rule", "rules", "guidelines", "constitution", "regulations", "plan", "plans",
            "schedule", "tradition", "custom", "protocol", "protocols", "policy", "procedure", "procedures", "terms", "agreement",
            "contract", "treaty", "statute", "charter", "script", "standards", "principles", "convention", "benchmark", "definition",
            "criteria", "formula", "measure");

        /// <summary>Words that open a clause, not a source: "according to whether ...", "according to how ...".</summary>
        private static readonly WordSet WhClauseOpeners = new WordSet("whether", "how", "what", "which", "who", "when", "where", "why", "if");

        /// <summary>
        /// Gives the earlier attributions of the sentence the source of its closing attribution
        /// when that one is nested around them; see the class remarks.
        /// </summary>
        private static void NestInClosingSource(List<Token> t, Sentence s, List<Attribution> found)
        {
            if (found.Count < 2) return;
            int last = found.Count - 1;
            Attribution outer = found[last];
            if (outer.Speaker is not Mention source || outer.SharesSpeakerWith >= 0 || outer.ContentFixed || outer.IntroducesNext) return;

            // The block that closes the sentence: ", according to X.", ", X reported (in 1991).",
            // ", reported X.". It opens after a comma; after it only what says when or where.
            int blockStart = outer.SpeakerAfterCue ? outer.Cue : WithArticle(t, source);
            int blockEnd = outer.SpeakerAfterCue ? source.End : outer.CueEnd;
            bool according = t[outer.Cue].Is("according");
            if (blockStart <= s.First || !(t[blockStart - 1].IsPunct(',') || EndsWithCommaInside(t[blockStart - 1]))) return;
            if (according && source.First < s.End && WhClauseOpeners.Contains(t[source.First].Text)) return; // "according to whether ..."
            if (outer.SpeakerAfterCue && TrimEnd(t, blockEnd, s.End) != blockEnd && !(according && PastSourceTail(t, s, outer, blockEnd, s.End) == s.End)) return;
            if (!outer.SpeakerAfterCue && !OnlyCircumstanceAfter(t, blockEnd, s.End)) return;
            if (according && source.NameWords.Length > 0 && NormativeHeads.Contains(source.NameWords[source.NameWords.Length - 1])) return;
            if (according && NormativeHeads.Contains(LastWord(t, source))) return;
            if (source.Kind == MentionKind.Pronoun) return;

            // It reports nothing of its own: at most the words left between the earlier cue and it.
            if (outer.HasContent && outer.ContentFirst >= outer.Cue) return;

            // The attribution right before it is the one nested in it, when its content runs up to
            // the comma ("X said C, CNN reported") or stands before its cue with only where and
            // when between ("“Q,” X said at a rally, according to CNN"). One whose content stops
            // short ("Optimists who predict C could be way off mark, the report suggests") is part
            // of a phrase of what the closing source reports, not a report it passes on.
            Attribution inner = found[last - 1];

            // "“Q?” O'Malley said at a press conference, according to the Las Vegas Sun.": the
            // quotation's "?" ended the sentence before, and this one only attributes it; the
            // quotation it goes to is passed on through the closing source too.
            if (!inner.HasContent && last == 1 && inner.SharesSpeakerWith < 0 && inner.Speaker is Mention attributed && !inner.IntroducesNext &&
                WithArticle(t, attributed) == s.First && !attributed.Equals(source) && OnlyCircumstanceBetween(t, inner.SpeakerAfterCue ? attributed.End : inner.CueEnd, blockStart))
            {
                inner.Speaker = source;
                inner.SpeakerUnnamed = outer.SpeakerUnnamed;
                inner.ResolvedFrom = null;
                outer.ContentFirst = -1;
                outer.ContentEnd = -1;
                return;
            }

            if (!inner.HasContent || inner.ContentFirst >= blockStart || inner.Cue >= blockStart) return;

            // "McClaren said: “Q1 ... Q2,” McClaren said.": a quotation the earlier cue introduces with
            // a colon is that cue's own, and a speaker after it only names the same speaker again.
            if (!t[blockStart - 1].IsPunct(',') && inner.ContentFirst > s.First && t[inner.ContentFirst - 1].IsPunct(':')) return;

            // "(Forbes says C.) “Q,” Mr. Friedman said.": a quotation after a closed sentence or
            // bracket is the closing speaker's own, not the end of the earlier report.
            if (!t[blockStart - 1].IsPunct(',') && blockStart - 2 >= s.First && t[blockStart - 2].Kind == TokenKind.Punct && ".)?!".IndexOf(t[blockStart - 2].Text[0]) >= 0) return;

            // "..., The Washington Post reported": the earlier content ran up to the name, not its article.
            if (inner.ContentEnd > blockStart && inner.ContentEnd <= source.First) Set(t, inner, inner.ContentFirst, TrimEnd(t, inner.ContentFirst, blockStart));
            if (inner.ContentEnd > blockStart) return;
            bool reaches = inner.ContentFirst >= inner.Cue && TrimEnd(t, inner.ContentFirst, blockStart) == inner.ContentEnd;
            bool quotedBefore = inner.ContentEnd <= inner.Cue && OnlyCircumstanceBetween(t, inner.SpeakerAfterCue && inner.Speaker is Mention after ? after.End : inner.CueEnd, blockStart);
            if (!reaches && !quotedBefore) return;

            // "Optimists who predict C could be way off mark, the report suggests": a cue in a
            // relative clause belongs to a phrase of what is reported, not to its main clause.
            if (InRelativeClause(t, inner.Cue)) return;

            int root = last - 1;
            while (found[root].SharesSpeakerWith >= 0 && found[root].SharesSpeakerWith < root) root = found[root].SharesSpeakerWith;
            if (found[root].Speaker is null) return;

            // "Trump welcomed the news, saying C1, suggesting C2, CNN reported": the attributions
            // that share the nested speaker pass on through the same source, mention and all.
            for (int i = root; i < last; i++)
            {
                if (i != root && !SharesSpeakerOf(found, i, root)) continue;
                found[i].Speaker = source;
                found[i].ResolvedFrom = null;
                found[i].SpeakerUnnamed = outer.SpeakerUnnamed;
            }

            outer.ContentFirst = -1;
            outer.ContentEnd = -1;
        }

        private static readonly WordSet RelativePronouns = new WordSet("who", "which", "that", "whom");

        private static readonly WordSet AuxiliariesAndAdverbs = new WordSet("has", "have", "had", "also", "often", "once", "still", "later", "repeatedly", "publicly");

        /// <summary>"who predict", "which has said", "that often claims": the cue opens a relative clause.</summary>
        private static bool InRelativeClause(List<Token> t, int cue)
        {
            if (cue >= 1 && RelativePronouns.Contains(t[cue - 1].Text) && t[cue - 1].IsWord) return true;
            return cue >= 2 && t[cue - 1].IsWord && AuxiliariesAndAdverbs.Contains(t[cue - 1].Text) && t[cue - 2].IsWord && RelativePronouns.Contains(t[cue - 2].Text);
        }

        /// <summary>
        /// "According to GMA News, Salceda said C": an opening "according to" reports the whole
        /// clause after its comma, the attribution in it included; the attribution of that clause
        /// (and those sharing its speaker) takes the opening source, as a closing one gives it.
        /// </summary>
        private static void NestInOpeningSource(List<Token> t, Sentence s, List<Attribution> found)
        {
            if (found.Count < 2) return;
            Attribution opening = found[0];
            if (!OpensWithAccordingTo(t, s, opening) || opening.Speaker is not Mention source || source.Kind == MentionKind.Pronoun) return;
            if (source.End >= s.End || !t[source.End].IsPunct(',')) return; // "According to Jack Kelly, writing for ...:" has more to its source
            if (NormativeHeads.Contains(LastWord(t, source)) || WhClauseOpeners.Contains(t[source.First].Text)) return;

            Attribution inner = found[1];
            if (inner.Speaker is not Mention nested || inner.SharesSpeakerWith >= 0 || nested.First <= source.End || !inner.HasContent || InRelativeClause(t, inner.Cue)) return;
            // "According to ProPublica, Clinton praised her donors, and she asked ...": a clause
            // before the nested attribution is the opening's own content, and the nested one is
            // no longer all it reports.
            if (opening.HasContent) return;

            for (int i = 1; i < found.Count; i++)
            {
                if (i != 1 && !SharesSpeakerOf(found, i, 1)) continue;
                found[i].Speaker = source;
                found[i].ResolvedFrom = null;
                found[i].SpeakerUnnamed = opening.SpeakerUnnamed;
            }

            opening.ContentFirst = -1;
            opening.ContentEnd = -1;
        }

        /// <summary>A quotation whose own words end with the comma that sets off what follows: "“..., see fit,” Walker said".</summary>
        private static bool EndsWithCommaInside(Token quote)
        {
            if (quote.Kind != TokenKind.Quote) return false;
            string q = quote.Text.TrimEnd();
            return q.Length > 0 && q[q.Length - 1] == ',';
        }

        /// <summary>Whether attribution <paramref name="i"/> takes its speaker, at any remove, from attribution <paramref name="root"/>.</summary>
        private static bool SharesSpeakerOf(List<Attribution> found, int i, int root)
        {
            while (found[i].SharesSpeakerWith >= 0 && found[i].SharesSpeakerWith < i)
            {
                i = found[i].SharesSpeakerWith;
                if (i == root) return true;
            }

            return false;
        }

        /// <summary>Tokens at most between an inner cue and the closing source: "at a press conference", "in a bill filed in Manila's House".</summary>
        private const int MaxCircumstanceBetween = 12;

        private static bool OnlyCircumstanceBetween(List<Token> t, int first, int end)
        {
            if (end - first > MaxCircumstanceBetween) return false;
            for (int i = first; i < end; i++)
            {
                if (t[i].Kind == TokenKind.Quote || t[i].Is("that")) return false;
            }

            return true;
        }

        /// <summary>Whether the tokens from <paramref name="i"/> to the sentence's end say only when or where ("in 1991", "late Thursday", "ten days ago").</summary>
        private static bool OnlyCircumstanceAfter(List<Token> t, int i, int end)
        {
            end = TrimEnd(t, i, end);
            if (end - i > MaxCircumstanceTokens) return false;
            for (int j = i; j < end; j++)
            {
                if (t[j].Kind == TokenKind.Quote || t[j].Is("that") || t[j].IsPunct(',')) return false;
            }

            return end == i || t[i].Kind == TokenKind.Number ||
                   t[i].IsWord && (WordLists.AdverbialStarters.Contains(t[i].Text) || TimeWords.Contains(t[i].Text) || t[i].Text.EndsWith("ly", System.StringComparison.Ordinal));
        }

        /// <summary>Tokens at most after the closing cue that still only say when or where.</summary>
        private const int MaxCircumstanceTokens = 6;

        private static string LastWord(List<Token> t, Mention m)
        {
            for (int j = m.End - 1; j >= m.First; j--)
            {
                if (t[j].IsWord) return t[j].Text;
            }

            return string.Empty;
        }
    }
}
