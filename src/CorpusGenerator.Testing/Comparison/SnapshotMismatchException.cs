using System;
using System.Collections.Generic;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// A verification whose received files differ from the verified ones. The message lists
    /// <c>New:</c>, <c>NotEqual:</c> and <c>Delete:</c> files and each received text, in Verify's layout.
    /// </summary>
    public sealed class SnapshotMismatchException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">The full message.</param>
        /// <param name="newFiles">Verified file names that do not exist yet (or are empty).</param>
        /// <param name="notEqualFiles">Verified file names whose text differs from the received text.</param>
        /// <param name="deleteFiles">Verified file names of this test that the run no longer produces.</param>
        public SnapshotMismatchException(
            string message,
            IReadOnlyList<string> newFiles,
            IReadOnlyList<string> notEqualFiles,
            IReadOnlyList<string> deleteFiles)
            : base(message)
        {
            NewFiles = newFiles;
            NotEqualFiles = notEqualFiles;
            DeleteFiles = deleteFiles;
        }

        /// <summary>Verified file names (no directory) that do not exist yet or are empty.</summary>
        public IReadOnlyList<string> NewFiles { get; }

        /// <summary>Verified file names (no directory) whose text differs from the received text.</summary>
        public IReadOnlyList<string> NotEqualFiles { get; }

        /// <summary>Verified file names (no directory) that the run no longer produces.</summary>
        public IReadOnlyList<string> DeleteFiles { get; }
    }
}
