using System;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// A verified file that cannot be compared as it is: it contains <c>\r</c>, or is not UTF-8.
    /// Thrown instead of reporting a mismatch, because accepting over it would hide the cause.
    /// </summary>
    public sealed class VerifiedFileFormatException : Exception
    {
        /// <summary>Creates the exception for a verified file and the reason it is rejected.</summary>
        /// <param name="path">The verified file.</param>
        /// <param name="reason">Why it is rejected, completing "it ...".</param>
        public VerifiedFileFormatException(string path, string reason)
            : base("Verified file " + path + " cannot be compared: " + reason + ".")
        {
            Path = path;
        }

        /// <summary>The verified file that was rejected.</summary>
        public string Path { get; }
    }
}
