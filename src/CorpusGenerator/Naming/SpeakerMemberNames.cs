using System;
using System.Collections.Generic;
using System.Globalization;

namespace CorpusGenerator.Naming
{
    /// <summary>A speaker's member name in the generated <c>Speakers</c> class, and the clash that changed it, if any.</summary>
    /// <param name="MemberName">The property name (<c>HassanRouhani</c>).</param>
    /// <param name="ClashesWith">The earlier speaker that wanted the same name, or null.</param>
    /// <param name="WantedName">The name both wanted, when there was a clash.</param>
    public sealed record SpeakerMemberName(string MemberName, string? ClashesWith, string? WantedName);

    /// <summary>
    /// Names the typed speaker properties of one article. Two speakers whose names give the same
    /// identifier keep both: the later one gets a number (<c>JohnSmith2</c>) and a warning says so.
    /// </summary>
    public static class SpeakerMemberNames
    {
        /// <summary>Names a speaker's field cannot take: members the article class inherits (CompiledArticle, SpeakerCollection, object).</summary>
        private static readonly HashSet<string> ReservedNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "Count", "Item", "GetEnumerator", "Article", "Speakers",
            "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
        };

        /// <summary>Names taken by the members around the generated one; such a name gets <c>_</c> appended.</summary>
        public static IReadOnlyCollection<string> Reserved => ReservedNames;

        /// <summary>
        /// The identifier a speaker's name gives, before clashes are settled. A reserved name, or
        /// the article class's own (a member cannot share its type's name, CS0542), gets <c>_</c>.
        /// </summary>
        public static string FromName(string name, string? className = null)
        {
            string member = IdentifierNames.ToPascalCase(name, "Speaker");
            return member == className ? member + "_" : IdentifierNames.AvoidReserved(member, ReservedNames);
        }

        /// <summary>Member names for <paramref name="speakerNames"/>, in the same order, in the class <paramref name="className"/> when given.</summary>
        public static IReadOnlyList<SpeakerMemberName> Assign(IReadOnlyList<string> speakerNames, string? className = null)
        {
            var taken = new Dictionary<string, string>(StringComparer.Ordinal);
            var result = new List<SpeakerMemberName>(speakerNames.Count);
            foreach (string name in speakerNames)
            {
                string wanted = FromName(name, className);
                if (!taken.TryGetValue(wanted, out string? holder))
                {
                    taken.Add(wanted, name);
                    result.Add(new SpeakerMemberName(wanted, null, null));
                    continue;
                }

                int number = 2;
                string candidate;
                while (taken.ContainsKey(candidate = wanted + number.ToString(CultureInfo.InvariantCulture))) number++;
                taken.Add(candidate, name);
                result.Add(new SpeakerMemberName(candidate, holder, wanted));
            }

            return result;
        }
    }
}
