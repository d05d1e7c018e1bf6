namespace CorpusGenerator.Extraction
{
    /// <remarks>A byte: with <see cref="Token.NameishMemo"/> beside it, a token takes 40 bytes, not 48.</remarks>
    internal enum TokenKind : byte
    {
        Word,
        Number,
        Punct,

        /// <summary>A whole quotation, marks included: atomic for the sentence-level patterns.</summary>
        Quote,
    }

    /// <summary>One word, number, punctuation mark or quotation of a paragraph.</summary>
    internal sealed class Token
    {
        public Token(TokenKind kind, int start, int end, string text, int region)
        {
            Kind = kind;
            Start = start;
            End = end;
            Text = text;
            Region = region;
        }

        public TokenKind Kind { get; }

        public int Start { get; }

        public int End { get; }

        /// <summary>The token as written; for a quotation, its content without the marks.</summary>
        public string Text { get; }

        /// <summary>Index of the quotation region for <see cref="TokenKind.Quote"/>, else -1.</summary>
        public int Region { get; }

        /// <summary>
        /// <see cref="NounPhrases.IsNameish"/> of this token, kept once known (0 not yet, 1 yes,
        /// 2 no): the phrase walks ask it many times per token.
        /// </summary>
        public byte NameishMemo { get; set; }

        public bool IsWord => Kind == TokenKind.Word;

        public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

        public bool Is(string word) => Kind == TokenKind.Word && string.Equals(Text, word, System.StringComparison.OrdinalIgnoreCase);

        public bool IsPunct(char c) => Kind == TokenKind.Punct && Text.Length == 1 && Text[0] == c;

        /// <summary>The word without a possessive ending: <c>McCallum’s</c> → <c>McCallum</c>.</summary>
        public string Bare => Kind == TokenKind.Word && IsPossessive ? Text.Substring(0, Text.Length - 2) : Text;

        public bool IsPossessive =>
            Text.Length > 2 && (Text[Text.Length - 1] == 's' || Text[Text.Length - 1] == 'S') &&
            (Text[Text.Length - 2] == '\'' || Text[Text.Length - 2] == '’');

        public override string ToString() => Kind + ":" + Text;
    }
}
