using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "spokeswoman Ann Lee", "businessman Tom Hill": a role whose noun is of one gender tells
    /// which pronoun can refer to its holder, as an honorific does.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        private static readonly WordSet FemaleRoleNouns = new WordSet(
            "spokeswoman", "chairwoman", "businesswoman", "congresswoman", "actress", "mother", "wife", "widow", "daughter", "sister", "girlfriend", "grandmother", "queen", "princess", "duchess");

        private static readonly WordSet MaleRoleNouns = new WordSet(
            "spokesman", "businessman", "congressman", "father", "husband", "widower", "son", "brother", "boyfriend", "grandfather", "king", "prince", "duke");

        /// <summary>
        /// 'f' or 'm' when the head of <paramref name="role"/>, its last word, is a noun of that
        /// gender, else '\0'. Only the head: "who presented the best actress award" is about an
        /// award, and "director at the Doris Duke Foundation" names a foundation. A capitalised head
        /// after other words is a name, not a noun.
        /// </summary>
        private static char RoleGender(string? role)
        {
            if (role is null) return '\0';
            int end = role.Length;
            while (end > 0 && !char.IsLetter(role[end - 1])) end--;
            int start = end;
            while (start > 0 && char.IsLetter(role[start - 1])) start--;
            if (end == start || (start > 0 && char.IsUpper(role[start]))) return '\0';
            string head = role.Substring(start, end - start);
            return FemaleRoleNouns.Contains(head) ? 'f' : MaleRoleNouns.Contains(head) ? 'm' : '\0';
        }
    }
}
