using System;

namespace CorpusGenerator
{
    /// <summary>
    /// Where something stands in the article's file: UTF-16 offsets into <see cref="Article.Text"/>
    /// and the 1-based line and column of its first character, as editors and compilers count them.
    /// </summary>
    public readonly struct SourceSpan : IEquatable<SourceSpan>
    {
        /// <summary>Creates a span; <see cref="Article"/> computes line and column for you.</summary>
        public SourceSpan(int start, int length, int line, int column)
        {
            Start = start;
            Length = length;
            Line = line;
            Column = column;
        }

        /// <summary>Offset of the first character (0-based, UTF-16 code units).</summary>
        public int Start { get; }

        /// <summary>Number of UTF-16 code units.</summary>
        public int Length { get; }

        /// <summary>Offset just past the last character.</summary>
        public int End => Start + Length;

        /// <summary>1-based line of the first character.</summary>
        public int Line { get; }

        /// <summary>1-based column of the first character.</summary>
        public int Column { get; }

        /// <inheritdoc />
        public bool Equals(SourceSpan other) => Start == other.Start && Length == other.Length;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is SourceSpan other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => unchecked((Start * 397) ^ Length);

        /// <summary>Compares offsets.</summary>
        public static bool operator ==(SourceSpan left, SourceSpan right) => left.Equals(right);

        /// <summary>Compares offsets.</summary>
        public static bool operator !=(SourceSpan left, SourceSpan right) => !left.Equals(right);

        /// <summary><c>line:column</c>, the way a reader looks it up.</summary>
        public override string ToString() => Line + ":" + Column;
    }
}
