using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Sen. Kristen Gillibrand (D-NY), a supporter of Hillary Clinton's 2016 bid for the presidency
    /// told host Chris Cuomo ...": an appositive whose closing comma the writer left out. The phrase
    /// right before the cue is the description, which the walk back took for the subject; the name
    /// it describes, right before its opening comma and opening its clause, is the speaker. "In
    /// Iowa, a voter said" keeps the voter: "Iowa" is a preposition's object, opening no clause.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// The name before the comma that opens <paramref name="description"/>, when the
        /// description is indefinite and the name opens its clause; null otherwise.
        /// </summary>
        private static Mention? NameBeforeUnclosedAppositive(string text, List<Token> t, Sentence s, Mention description)
        {
            if (description.Kind != MentionKind.Group && description.Kind != MentionKind.Description) return null;

            // "a strategist at Monument Securities": an indefinite description of a person, as an
            // appositive is; "the report predicted", "these people said" and "a Holcim statement"
            // may be the subject of a cue after what is reported ("..., China and India, the report
            // predicted").
            int first = WithDeterminer(t, s, description.First);
            if (!(t[first].Is("a") || t[first].Is("an")) || RoleLexicon.IsDocument(t[description.End - 1].Text)) return null;
            int comma = first - 1;
            if (comma - 1 <= s.First || !t[comma].IsPunct(',')) return null;
            Mention? name = NounPhrases.EndingAt(text, t, SkipPartyTagBack(t, comma - 1, s.First), s.First);
            if (name is null || name.Kind != MentionKind.Name) return null;

            // The name opens the sentence, or follows a quotation or an opening phrase's comma:
            // "the Justice Department, a former official said" ends what the official reported.
            int opening = WithDeterminer(t, s, name.First);
            if (opening > s.First && !(t[opening - 1].Kind == TokenKind.Quote || t[opening - 1].IsPunct(','))) return null;
            if (opening > s.First && t[opening - 1].IsPunct(',') && IsPlaceAfterPlace(text, t, s, opening - 1)) return null;
            name.Role ??= description.Text;
            return name;
        }
    }
}
