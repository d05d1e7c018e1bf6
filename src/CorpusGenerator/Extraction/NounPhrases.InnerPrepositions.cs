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
    }
}
