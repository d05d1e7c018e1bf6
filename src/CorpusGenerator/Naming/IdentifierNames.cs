using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CorpusGenerator.Naming
{
    /// <summary>
    /// Turns file names and people's names into C# identifiers: PascalCase words, always valid,
    /// the same on every machine and culture. <c>rouhani-kadhimi-call</c> gives <c>RouhaniKadhimiCall</c>,
    /// <c>Mustafa al-Kadhimi</c> gives <c>MustafaAlKadhimi</c>, <c>000_0ed2</c> gives <c>_000_0ed2</c>.
    /// </summary>
    public static class IdentifierNames
    {
        /// <summary>Identifiers longer than this are cut and given a hash of the whole name, so they stay unique.</summary>
        public const int MaxLength = 128;

        /// <summary>
        /// The PascalCase identifier for <paramref name="text"/>, or <paramref name="fallback"/> when
        /// the text has no letter or digit.
        /// </summary>
        public static string ToPascalCase(string text, string fallback)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));

            // Composed form, so that a name typed on macOS (decomposed) and on Windows gives one identifier.
            string normalized = Normalized(text);
            var builder = new StringBuilder(normalized.Length);
            bool atWordStart = true;
            for (int i = 0; i < normalized.Length; i++)
            {
                char c = normalized[i];
                if (!IsIdentifierPart(c))
                {
                    // "Brown's aides" is BrownsAides, not BrownSAides: an apostrophe between letters
                    // is inside a word ("O'Neill" keeps its capital N as written).
                    if (!IsInnerApostrophe(normalized, i)) atWordStart = true;
                    continue;
                }

                if (atWordStart && builder.Length > 0 && char.IsDigit(builder[builder.Length - 1]) && char.IsDigit(c))
                {
                    // Keep "000_0ed2" apart from "0000ed2": two numbers side by side keep a separator.
                    builder.Append('_');
                }

                builder.Append(atWordStart ? char.ToUpperInvariant(c) : c);
                atWordStart = false;
            }

            if (builder.Length == 0) return fallback;
            if (!IsIdentifierStart(builder[0])) builder.Insert(0, '_');
            string name = builder.ToString();
            return name.Length <= MaxLength ? name : name.Substring(0, MaxLength - 9) + "_" + StableHash(name);
        }

        /// <summary>
        /// <paramref name="name"/>, or <paramref name="name"/> with <c>_</c> appended when it is one of
        /// <paramref name="reserved"/> (a member the generated type already has).
        /// </summary>
        public static string AvoidReserved(string name, ICollection<string> reserved) => reserved.Contains(name) ? name + "_" : name;

        /// <summary>Whether <paramref name="name"/> is a valid C# identifier that is not a keyword.</summary>
        public static bool IsValidIdentifier(string name)
        {
            if (string.IsNullOrEmpty(name) || !IsIdentifierStart(name[0])) return false;
            foreach (char c in name)
            {
                if (!IsIdentifierPart(c) && c != '_') return false;
            }

            return !CSharpKeywords.Contains(name);
        }

        /// <summary>Whether <paramref name="name"/> is a dotted namespace name (<c>My.Corpus</c>).</summary>
        public static bool IsValidNamespace(string name)
        {
            if (string.IsNullOrEmpty(name)) return false;
            foreach (string part in name.Split('.'))
            {
                if (!IsValidIdentifier(part)) return false;
            }

            return true;
        }

        /// <summary>
        /// The composed form, or the text as it is when it cannot be normalized: <c>Normalize</c> throws
        /// on lone surrogates, and on noncharacters such as U+FFFF, which a file name may well hold.
        /// </summary>
        private static string Normalized(string text)
        {
            if (!IsNormalizable(text)) return text;
            try
            {
                return text.Normalize(NormalizationForm.FormC);
            }
            catch (ArgumentException)
            {
                return text;
            }
        }

        private static bool IsNormalizable(string text)
        {
            // string.Normalize throws on lone surrogates; such text keeps its code units as they are.
            for (int i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))) return false;
                if (char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1]))) return false;
            }

            return true;
        }

        private static bool IsInnerApostrophe(string text, int i) =>
            (text[i] == '\'' || text[i] == '\u2019') && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);

        private static bool IsIdentifierStart(char c) => c == '_' || IsLetter(CharUnicodeInfo.GetUnicodeCategory(c));

        private static bool IsIdentifierPart(char c)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            return IsLetter(category)
                || category == UnicodeCategory.DecimalDigitNumber
                || category == UnicodeCategory.NonSpacingMark
                || category == UnicodeCategory.SpacingCombiningMark;
        }

        private static bool IsLetter(UnicodeCategory category) =>
            category == UnicodeCategory.UppercaseLetter
            || category == UnicodeCategory.LowercaseLetter
            || category == UnicodeCategory.TitlecaseLetter
            || category == UnicodeCategory.ModifierLetter
            || category == UnicodeCategory.OtherLetter;

        private static string StableHash(string text)
        {
            // FNV-1a over UTF-16 code units: stable across runs and processes, unlike string.GetHashCode.
            uint hash = 2166136261;
            foreach (char c in text)
            {
                hash = unchecked((hash ^ c) * 16777619);
            }

            return hash.ToString("x8", CultureInfo.InvariantCulture);
        }

        private static readonly HashSet<string> CSharpKeywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
            "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
            "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
            "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
            "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
            "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
            "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",

            // Undocumented keywords: the compiler rejects them as names just the same.
            "__arglist", "__makeref", "__reftype", "__refvalue",
        };
    }
}
