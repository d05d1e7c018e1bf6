using System;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// One file that a verification produces: its text, its extension and an optional name that
    /// becomes <c>#{Name}</c> in the file name, as Verify's targets do.
    /// </summary>
    public sealed class SnapshotTarget
    {
        /// <summary>Creates a target.</summary>
        /// <param name="extension">The file extension without the leading dot, for example <c>cs</c> or <c>txt</c>.</param>
        /// <param name="text">The text to verify. Line endings are turned into <c>\n</c> before comparing.</param>
        /// <param name="name">
        /// The name written after <c>#</c> in the file name (<c>{prefix}#{name}.verified.{extension}</c>),
        /// or <see langword="null"/> for the unnamed target (<c>{prefix}.verified.{extension}</c>).
        /// </param>
        public SnapshotTarget(string extension, string text, string? name = null)
        {
            if (string.IsNullOrEmpty(extension) || extension.IndexOf('.') >= 0)
            {
                throw new ArgumentException("An extension is one or more characters with no dot, for example \"cs\".", nameof(extension));
            }

            if (name is { Length: 0 })
            {
                throw new ArgumentException("A target name is null (unnamed) or not empty.", nameof(name));
            }

            Extension = extension;
            Text = text ?? throw new ArgumentNullException(nameof(text));
            Name = name;
        }

        /// <summary>The file extension without the leading dot.</summary>
        public string Extension { get; }

        /// <summary>The text to verify, as given.</summary>
        public string Text { get; }

        /// <summary>The name written after <c>#</c> in the file name, or <see langword="null"/>.</summary>
        public string? Name { get; }
    }
}
