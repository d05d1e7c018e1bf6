using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Braff wrote, directed and starred in the film", "Paver is writing the second book in the
    /// series", "Adams wrote the screenplay": "write" whose object is a work (a book, a song, a
    /// script) or which is joined to other verbs of making one ("directed", "produced") creates
    /// that work; it reports no one's words. "wrote that ..." and "wrote in the Times: ..." stay.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        private static readonly WordSet WriteForms = new WordSet("write", "writes", "wrote", "writing");

        /// <summary>
        /// Works of entertainment one writes: songs, scripts, shows. Books, memoirs and articles
        /// are left out: a finished one says things, and PolNeAR's gold counts "Mariano wrote a
        /// memoir of her time at the White House" and "he wrote his book" as attributions.
        /// </summary>
        private static readonly WordSet WrittenWorkNouns = new WordSet(
            "script", "scripts", "screenplay", "screenplays", "song", "songs", "score", "music", "lyrics", "musical", "musicals",
            "episode", "episodes", "film", "films", "play", "plays", "poem", "poems", "opera", "album", "sequel", "sitcom",
            "libretto", "symphony", "soundtrack", "copy",
            // "they wrote the software and they control the rights": code is made, it says nothing.
            "software", "code", "program", "programs", "virus", "viruses", "worm", "worms", "malware");

        /// <summary>
        /// Books one may be writing: "is currently writing the second book". A book still being
        /// written has said nothing yet, so only the "-ing" form takes these.
        /// </summary>
        private static readonly WordSet BookNouns = new WordSet("book", "books", "novel", "novels", "biography", "memoir", "memoirs", "autobiography");

        /// <summary>Verbs of making a work that "write" is joined to: "wrote and directed", "write and executive produce".</summary>
        private static readonly WordSet MakingVerbs = new WordSet(
            "directed", "directs", "direct", "directing", "produced", "produces", "produce", "producing", "starred", "stars", "star",
            "starring", "composed", "composes", "compose", "illustrated", "illustrates", "edited", "edits", "edit", "recorded",
            "records", "record", "executive", "performed", "performs", "co-wrote", "co-produced", "designed", "developed");

        /// <summary>Words at most before the work noun: "the award-winning musical", "all the copy for".</summary>
        private const int WorkObjectWords = 4;

        /// <summary>Whether the "write" at the cue makes a work rather than reporting words.</summary>
        private static bool WroteAWork(List<Token> t, Attribution a)
        {
            if (!WriteForms.Contains(t[a.Cue].Text) || a.CueEnd != a.Cue + 1) return false;
            int next = a.CueEnd;
            // "wrote, directed and starred in", "wrote and directed": joined to a verb of making.
            int joined = next < t.Count && (t[next].IsPunct(',') || t[next].Is("and")) ? next + 1 : -1;
            if (joined > 0 && joined < t.Count && t[joined].IsWord && MakingVerbs.Contains(t[joined].Text)) return true;
            // "directed and wrote": the making verb before it.
            if (a.Cue >= 2 && t[a.Cue - 1].Is("and") && t[a.Cue - 2].IsWord && MakingVerbs.Contains(t[a.Cue - 2].Text)) return true;
            if (a.ContentFirst != a.CueEnd) return false;
            for (int i = a.ContentFirst; i < a.ContentEnd && i - a.ContentFirst <= WorkObjectWords; i++)
            {
                Token w = t[i];
                if (w.Kind == TokenKind.Number) continue;
                // A clause before the work noun: "wrote that", "wrote he", "wrote it was".
                if (!w.IsWord || w.Is("that") || SubjectPronouns.Contains(w.Text) || Auxiliaries.Contains(w.Text)) return false;
                if (!WrittenWorkNouns.Contains(w.Text) && !(t[a.Cue].Is("writing") && BookNouns.Contains(w.Text))) continue;
                // "wrote the book was ...": the work is a clause's subject when a verb follows it.
                if (i + 1 >= a.ContentEnd) return true;
                Token after = t[i + 1];
                return !after.IsWord || !Auxiliaries.Contains(after.Text) && !after.Text.EndsWith("ed", StringComparison.Ordinal) && !CueLexicon.IsCue(after.Text);
            }

            return false;
        }
    }
}
