using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "A Department for Education and Skills source said", "A Department for Work and Pensions
    /// spokeswoman confirmed": the "and" of a public body's brief after its inner "for"/"of" in a
    /// description. InnerOfBeforeModifier crosses "Ministry of | Defence spokeswoman" but stopped
    /// at the "and", so the typed speaker was "Skills source" or the description had no speaker
    /// at all. Prose also joins a body and another name ("the Bank of England and Barclays",
    /// "the University of California and Dan Gillmor", "the Department of Health and State
    /// University"), so only the heads of briefs (department, ministry, office, commission,
    /// institute, centre, council, ...; no bank, no university), one or two capitalised words
    /// before the "and", and one capitalised word after it right before a singular lower-case
    /// source noun. A first version that also joined such names in the name walks (IsInnerAnd,
    /// IsInnerPreposition) made "The Department for Education and Skills could ..." an
    /// organisation that "the report" (the National Audit Office's) then went to, and moved the
    /// typed speaker of "Dr Erel Avineri, of the Centre for Transport and Society at the
    /// University of the West of England in Bristol said" from "Society" to "Bristol" (BBC: 12
    /// quotes changed, 7 right). Constant work.
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>The heads of bodies named by a brief: "Department for Work and Pensions", "Institute for Health and Social Care".</summary>
        private static readonly WordSet BriefBodyHeads = new WordSet(
            "department", "ministry", "office", "commission", "institute", "institution", "centre", "center", "council", "academy",
            "school", "association", "society", "federation", "corporation", "agency", "bureau", "foundation");

        /// <summary>Whether the "and" at <paramref name="i"/> joins the two halves of a body's brief after its "for"/"of".</summary>
        private static bool IsBodyBriefAnd(List<Token> t, int i)
        {
            if (i < 3 || i + 1 >= t.Count || !t[i].Is("and") || t[i].IsCapitalized) return false;
            Token after = t[i + 1];
            if (!after.IsWord || !after.IsCapitalized || after.IsPossessive || !IsNameish(after) || RoleLexicon.IsTitle(after.Text)) return false;
            if (i + 2 < t.Count && (IsNameish(t[i + 2]) || t[i + 2].Is("and") || t[i + 2].Is("&"))) return false;
            int k = i - 1;
            while (k >= 1 && i - 1 - k < 2 && t[k].IsWord && t[k].IsCapitalized && IsNameish(t[k]) && !t[k].IsPossessive) k--;
            if (k == i - 1) return false;
            if (k >= 1 && t[k].Is("the")) k--;
            if (k < 1 || !(t[k].Is("for") || t[k].Is("of")) || t[k].IsCapitalized) return false;
            Token head = t[k - 1];
            return head.IsWord && head.IsCapitalized && !head.IsPossessive && BriefBodyHeads.Contains(head.Text);
        }

        /// <summary>
        /// The index of the body's head ("Department") when the description's capitalised modifier
        /// at <paramref name="first"/> closes a body's brief after its "and" and a singular
        /// lower-case source noun heads the description, as InnerOfBeforeModifier asks; else -1.
        /// </summary>
        private static int BodyBriefHeadBefore(List<Token> t, int first, int head, int sentenceFirst)
        {
            if (first - 4 < sentenceFirst || first + 1 != head || !t[first].IsCapitalized || t[head].IsCapitalized || !RoleLexicon.IsSourceNoun(t[head].Text) ||
                t[head].Text.EndsWith("s", System.StringComparison.Ordinal) || !IsBodyBriefAnd(t, first - 1)) return -1;
            int k = first - 2;
            while (k > sentenceFirst && !(t[k].Is("for") || t[k].Is("of"))) k--;
            return k - 1 >= sentenceFirst ? k - 1 : -1;
        }
    }
}
