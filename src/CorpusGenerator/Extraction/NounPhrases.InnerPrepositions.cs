using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Office for National Statistics", "Department for Transport": "for" inside an organisation's name.</summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// Whether token <paramref name="i"/> is a preposition an organisation's name holds between
        /// its head and a capitalised object: "of" ("City of Surrey") and "for" ("Office for
        /// National Statistics", "Institute for Fiscal Studies", "Department for Transport").
        /// Without "for", the walk from a cue stopped at it, and the climb over prepositional
        /// phrases then gave the head word alone the quote: a speaker named "the Office" or "the
        /// Department". The head must still be an organisation word and the object capitalised
        /// ("a spokesman for Google" is untouched). An object that runs on into "and" ("Institute
        /// for Science and International Security") may be one name or two joined, so "for" is
        /// left to the conjunction rules there, as before.
        /// </summary>
        private static bool IsInnerPreposition(List<Token> t, int i)
        {
            if (t[i].Is("of")) return true;
            if (IsInnerOn(t, i)) return true; // "Joint Committee on Human Rights" (InnerOn)
            if (!t[i].Is("for")) return false;
            int k = i + 1;
            if (k < t.Count && t[k].Is("the")) k++;
            while (k < t.Count && k - i <= MaxNameTokens && IsNameish(t[k])) k++;
            return !(k < t.Count && t[k].Is("and"));
        }

        /// <summary>
        /// "the" right after an inner "of" or "for" and before a name word: "News of the World",
        /// "International Federation of the Phonographic Industry", "Joint Council for the Welfare
        /// of Immigrants". The walks stopped at it, and the speaker was "The News" or "the
        /// International Federation".
        /// </summary>
        private static bool IsInnerArticle(List<Token> t, int i) =>
            i + 1 < t.Count && t[i].Is("the") && !t[i].IsCapitalized && IsNameish(t[i + 1]);

        /// <summary>
        /// The walk forward from a cue ("said X", "according to X") crossing an inner "of" or "for"
        /// the way the walk back to a cue already does: "said Bank of Japan chief Toshihiko Fukui",
        /// "according to Office for National Statistics data", "according to Bank of England deputy
        /// governor Rachel Lomax". Stopping at the preposition left the head word alone as the
        /// speaker, so the typed member was <c>Bank</c> or <c>Office</c> and the person after the
        /// title was lost. Only an organisation word takes the preposition ("said Mike Powell of
        /// Dresdner" still ends at "Powell").
        /// </summary>
        private static bool IsInnerOfAhead(List<Token> t, int i, int first) =>
            IsInnerOf(t, i, first) && (IsNameish(t[i + 1]) || (i + 2 < t.Count && IsNameish(t[i + 2])));

        /// <summary>
        /// How many tokens a description's walk back crosses at an organisation's inner "of" or
        /// "for" before the capitalised modifiers of its head: 2 for "Ministry of | Defence
        /// spokeswoman", 3 for "Federation of the | Phonographic Industry spokesman", else 0. The walk
        /// stopped at the preposition, and the subject finder then climbed over it as over "a
        /// spokesman for Google", leaving the organisation's head word alone as the speaker: typed
        /// member <c>Department</c> ("A Department for Constitutional Affairs spokeswoman said").
        /// Only when a capitalised modifier sits between the preposition and the head, so "a
        /// spokesman for the Ministry of Defence said" is untouched. Only a singular source noun heads it ("spokeswoman",
        /// "official"): "The Association of British insurers warned" (an agent noun the article
        /// left lower-case) lost the "it" of its next sentence, and a plural group named in full
        /// ("Ministry of Defence lawyers argued") took the next "they" from the judges named after
        /// it, as "Ministry" had before: a first version with any head changed 11 BBC quotes, 6 right.
        /// A capitalised head is part of the name itself ("the Office for the Deputy Prime
        /// Minister"), not a person speaking for it.
        /// </summary>
        private static int InnerOfBeforeModifier(List<Token> t, int first, int head, int sentenceFirst)
        {
            if (first >= head || !t[first].IsCapitalized || t[head].IsCapitalized || !RoleLexicon.IsSourceNoun(t[head].Text) || t[head].Text.EndsWith("s", System.StringComparison.Ordinal)) return 0;
            if (first - 2 >= sentenceFirst && IsInnerOf(t, first - 1, sentenceFirst)) return 2;
            if (first - 3 >= sentenceFirst && t[first - 1].Is("the") && IsInnerOf(t, first - 2, sentenceFirst)) return 3;
            return 0;
        }

        /// <summary>
        /// The walk forward over a description ("said a Department of Homeland Security
        /// spokeswoman") crossing the organisation's inner "of" or "for", or the "the" after it,
        /// when a capitalised run and then a singular lower-case source noun close it: the walk
        /// stopped at "Department" (a source noun itself, as in "the department said"), and the
        /// speaker was "a Department". The same phrase
        /// before its cue is <see cref="InnerOfBeforeModifier"/>.
        /// </summary>
        private static bool IsInnerOfBeforeSpokesNoun(List<Token> t, int i, int first, int sentenceEnd)
        {
            int of = t[i].Is("the") ? i - 1 : i;
            if (of <= first || !IsInnerOf(t, of, first + 1)) return false;
            int k = of + 1;
            if (k < sentenceEnd && t[k].Is("the")) k++;
            int run = k;
            while (k < sentenceEnd && k - run < MaxNameTokens && IsNameish(t[k])) k++;
            return k > run && k < sentenceEnd && t[k].IsWord && !t[k].IsCapitalized && RoleLexicon.IsSourceNoun(t[k].Text) && !t[k].Text.EndsWith("s", System.StringComparison.Ordinal);
        }
    }
}
