using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Federer added the Dubai Championship trophy to his long list of successes", "Mr Ali added
    /// his voice to those warning that ...", "snappers are helping newspapers add immediacy to
    /// their breaking news stories", "Tony Blair hastily adding a sixth promise on the issue to
    /// his latest pledge card", "The account adds a critical and previously missing voice to the
    /// public record": "add" with a thing and then "to" and what it joins puts one with the
    /// other, and reports no words (each made its subject a typed speaker). A reported "add"
    /// takes a clause ("added the deal was off"), never an object then "to" a noun phrase.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Tokens at most in the thing added, before its "to": "the Dubai Championship trophy".</summary>
        private const int AddedThingTokens = 8;

        /// <summary>Whether the "add" at the cue takes a noun phrase and then "to" and a noun phrase.</summary>
        private static bool AddedSomethingTo(List<Token> t, Attribution a)
        {
            if (a.ContentFirst != a.CueEnd || !t[a.Cue].Text.StartsWith("add", StringComparison.OrdinalIgnoreCase)) return false;
            for (int i = a.ContentFirst; i + 1 < a.ContentEnd && i - a.ContentFirst < AddedThingTokens; i++)
            {
                Token w = t[i];
                if (w.Is("to")) return i > a.ContentFirst && OpensNounPhrase(t[i + 1]);

                // "it added “fizz” to his campaign": a quoted word is a thing added, a quoted clause is not.
                if (w.Kind == TokenKind.Quote && w.Text.IndexOf(' ') < 0) continue;
                if (w.IsPunct(',') || w.IsPunct('%') || w.IsPunct('$') || w.IsPunct('£')) continue;
                if (w.Is("that") || !NounPhraseOnly(t, i, i + 1)) return false;
            }

            return false;
        }

        /// <summary>Whether <paramref name="w"/> opens a noun phrase, not an infinitive: "to his list", "to those warning", "to $27.24".</summary>
        private static bool OpensNounPhrase(Token w) =>
            w.Kind == TokenKind.Number || w.IsPunct('$') || w.IsPunct('£') ||
            w.IsWord && (WordLists.Determiners.Contains(w.Text) || w.IsPossessive || w.IsCapitalized && !SubjectPronouns.Contains(w.Text));
    }
}
