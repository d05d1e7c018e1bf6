using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// A run of UTF-16 code units in an article's text: <see cref="Start"/> inclusive,
    /// <see cref="End"/> exclusive, the convention of the gold files and of <c>Substring</c>.
    /// </summary>
    public readonly struct TextRange : IEquatable<TextRange>, IComparable<TextRange>
    {
        /// <summary>Creates the range [<paramref name="start"/>, <paramref name="end"/>).</summary>
        public TextRange(int start, int end)
        {
            if (start < 0 || end < start) throw new ArgumentOutOfRangeException(nameof(end), "A range needs 0 <= start <= end.");
            Start = start;
            End = end;
        }

        /// <summary>First code unit of the range.</summary>
        public int Start { get; }

        /// <summary>First code unit after the range.</summary>
        public int End { get; }

        /// <summary>Number of code units.</summary>
        public int Length => End - Start;

        /// <summary>Whether the range covers nothing.</summary>
        public bool IsEmpty => End == Start;

        /// <summary>The text this range covers in <paramref name="text"/>.</summary>
        public string Of(string text) => text.Substring(Start, Length);

        /// <summary>Whether the two ranges share at least one code unit.</summary>
        public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;

        /// <summary>Whether <paramref name="other"/> lies wholly inside this range.</summary>
        public bool Contains(TextRange other) => Start <= other.Start && other.End <= End;

        /// <inheritdoc />
        public bool Equals(TextRange other) => Start == other.Start && End == other.End;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is TextRange other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => unchecked((Start * 397) ^ End);

        /// <inheritdoc />
        public int CompareTo(TextRange other) => Start != other.Start ? Start.CompareTo(other.Start) : End.CompareTo(other.End);

        /// <inheritdoc />
        public override string ToString() => "[" + Start + ", " + End + ")";

        /// <summary>Compares by value.</summary>
        public static bool operator ==(TextRange left, TextRange right) => left.Equals(right);

        /// <summary>Compares by value.</summary>
        public static bool operator !=(TextRange left, TextRange right) => !left.Equals(right);
    }
}
