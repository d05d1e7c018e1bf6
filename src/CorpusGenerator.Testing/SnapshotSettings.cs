using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// Options for one verification, in the spirit of Verify's <c>VerifySettings</c>: where the
    /// files go, how the test is named, what is scrubbed, and whether changes are accepted.
    /// Methods return the same instance so that calls chain.
    /// </summary>
    public sealed class SnapshotSettings
    {
        readonly List<KeyValuePair<string, object?>> parameters = new List<KeyValuePair<string, object?>>();
        readonly List<Func<string, string?>> lineScrubbers = new List<Func<string, string?>>();
        readonly List<Func<GeneratedSourceResult, bool>> ignoredSources = new List<Func<GeneratedSourceResult, bool>>();

        /// <summary>
        /// A directory for the snapshot files, relative to the test source file's folder (or
        /// absolute), or <see langword="null"/> for that folder itself.
        /// </summary>
        public string? Directory { get; private set; }

        /// <summary>
        /// The <c>{TestClass}</c> part of the prefix, or <see langword="null"/> for the calling source
        /// file's name (up to its first dot).
        /// </summary>
        public string? TypeName { get; private set; }

        /// <summary>Parameters appended to the prefix as <c>_{name}={value}</c>, in order.</summary>
        public IReadOnlyList<KeyValuePair<string, object?>> Parameters => parameters;

        /// <summary>Line replacements applied to every file's text, in order.</summary>
        public IReadOnlyList<Func<string, string?>> LineScrubbers => lineScrubbers;

        /// <summary>Generated sources left out of a generator snapshot (see <see cref="IgnoreGeneratedResult"/>).</summary>
        public IReadOnlyList<Func<GeneratedSourceResult, bool>> IgnoredGeneratedSources => ignoredSources;

        /// <summary>
        /// Whether to accept received files as verified instead of failing (the explicit form of
        /// <see cref="SnapshotEnvironment.AcceptVariable"/>). Never honoured on a build server.
        /// </summary>
        public bool AcceptChanges { get; private set; }

        /// <summary>
        /// The machine's permissions; <see langword="null"/> reads <see cref="SnapshotEnvironment.Current"/>
        /// when the verification runs.
        /// </summary>
        public SnapshotEnvironment? Environment { get; private set; }

        /// <summary>Puts the files in a sub-directory of the test file's folder, like Verify's <c>UseDirectory</c>.</summary>
        /// <param name="directory">A path relative to the test source file's folder, or an absolute path.</param>
        public SnapshotSettings UseDirectory(string directory)
        {
            Directory = string.IsNullOrEmpty(directory)
                ? throw new ArgumentException("A directory is required.", nameof(directory))
                : directory;
            return this;
        }

        /// <summary>Names the test class explicitly, for example <c>Outer.Inner</c>.</summary>
        /// <param name="typeName">The <c>{TestClass}</c> part of the prefix.</param>
        public SnapshotSettings UseTypeName(string typeName)
        {
            TypeName = string.IsNullOrEmpty(typeName)
                ? throw new ArgumentException("A type name is required.", nameof(typeName))
                : typeName;
            return this;
        }

        /// <summary>Names the test class after a type, as Verify does: nested types as <c>Outer.Inner</c>, no namespace.</summary>
        /// <param name="testClass">The test class.</param>
        public SnapshotSettings UseType(Type testClass)
        {
            TypeName = TestClassName.Of(testClass ?? throw new ArgumentNullException(nameof(testClass)));
            return this;
        }

        /// <summary>Names the test class after <typeparamref name="TTestClass"/>.</summary>
        /// <typeparam name="TTestClass">The test class.</typeparam>
        public SnapshotSettings UseType<TTestClass>() => UseType(typeof(TTestClass));

        /// <summary>
        /// Adds a theory parameter to the prefix as <c>_{name}={value}</c>; characters a file name
        /// cannot hold become <c>-</c>.
        /// </summary>
        /// <param name="name">The parameter's name.</param>
        /// <param name="value">The parameter's value, formatted with the invariant culture.</param>
        public SnapshotSettings UseParameter(string name, object? value)
        {
            if (string.IsNullOrEmpty(name))
            {
                throw new ArgumentException("A parameter name is required.", nameof(name));
            }

            parameters.Add(new KeyValuePair<string, object?>(name, value));
            return this;
        }

        /// <summary>Replaces lines in every file: return the line to keep, a new line, or <see langword="null"/> to remove it.</summary>
        /// <param name="replace">Called with each line, without its line ending.</param>
        public SnapshotSettings ScrubLinesWithReplace(Func<string, string?> replace)
        {
            lineScrubbers.Add(replace ?? throw new ArgumentNullException(nameof(replace)));
            return this;
        }

        /// <summary>Removes the lines for which <paramref name="remove"/> is true.</summary>
        /// <param name="remove">Called with each line, without its line ending.</param>
        public SnapshotSettings ScrubLines(Func<string, bool> remove)
        {
            if (remove is null)
            {
                throw new ArgumentNullException(nameof(remove));
            }

            return ScrubLinesWithReplace(line => remove(line) ? null : line);
        }

        /// <summary>
        /// Replaces the version in <c>[GeneratedCode("{tool}", "x.y.z")]</c> attributes with
        /// <paramref name="replacement"/>, so that a version bump does not fail every snapshot.
        /// </summary>
        /// <param name="tool">The tool name written in the attribute, for example <c>CorpusGenerator</c>.</param>
        /// <param name="replacement">What the version becomes.</param>
        public SnapshotSettings ScrubGeneratedCodeVersion(string tool, string replacement = "VERSION")
        {
            if (string.IsNullOrEmpty(tool))
            {
                throw new ArgumentException("A tool name is required.", nameof(tool));
            }

            var pattern = new Regex(
                @"(GeneratedCode(?:Attribute)?\(\s*""" + Regex.Escape(tool) + @"""\s*,\s*"")[^""]*("")",
                RegexOptions.CultureInvariant);
            return ScrubLinesWithReplace(line => pattern.Replace(line, "${1}" + replacement.Replace("$", "$$") + "${2}"));
        }

        /// <summary>
        /// Leaves generated sources out of a generator snapshot, like Verify.SourceGenerators'
        /// <c>IgnoreGeneratedResult</c>: for sources another test already covers (a shared attribute,
        /// for instance).
        /// </summary>
        /// <param name="shouldIgnore">True for a source to leave out.</param>
        public SnapshotSettings IgnoreGeneratedResult(Func<GeneratedSourceResult, bool> shouldIgnore)
        {
            ignoredSources.Add(shouldIgnore ?? throw new ArgumentNullException(nameof(shouldIgnore)));
            return this;
        }

        /// <summary>
        /// Accepts received files as verified instead of failing, and deletes verified files no
        /// longer produced. Never honoured on a build server. Meant for a local run, not for commits.
        /// </summary>
        public SnapshotSettings AutoAccept()
        {
            AcceptChanges = true;
            return this;
        }

        /// <summary>Uses explicit machine permissions instead of the environment variables.</summary>
        /// <param name="environment">Whether this is a build server, accepting is asked for, a diff tool may open.</param>
        public SnapshotSettings UseEnvironment(SnapshotEnvironment environment)
        {
            Environment = environment ?? throw new ArgumentNullException(nameof(environment));
            return this;
        }
    }
}
