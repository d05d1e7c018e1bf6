using System.IO;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGenerator.Tests.Infrastructure
{
    /// <summary>
    /// Decodes a file's bytes exactly as the C# compiler decodes an AdditionalFile: its internal
    /// <c>EncodedStringText.Create</c> honours a byte order mark, else tries strict UTF-8 and falls
    /// back to the system's ANSI code page (Windows-1252 or Latin-1). Called by reflection because
    /// the point is to test against the compiler's own behaviour, not a copy of it.
    /// </summary>
    internal static class CompilerFileReader
    {
        private static readonly MethodInfo Create = typeof(SourceText).Assembly
            .GetType("Microsoft.CodeAnalysis.Text.EncodedStringText", throwOnError: true)!
            .GetMethod(
                "Create",
                BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public,
                binder: null,
                new[] { typeof(Stream), typeof(Encoding), typeof(SourceHashAlgorithm), typeof(bool) },
                modifiers: null)
            ?? throw new MissingMethodException("EncodedStringText.Create(Stream, Encoding, SourceHashAlgorithm, bool) is gone from this Roslyn.");

        public static SourceText Read(byte[] bytes)
        {
            using var stream = new MemoryStream(bytes, writable: false);
            try
            {
                return (SourceText)Create.Invoke(null, new object?[] { stream, null, SourceHashAlgorithm.Sha1, false })!;
            }
            catch (TargetInvocationException e) when (e.InnerException != null)
            {
                throw e.InnerException;
            }
        }

        /// <summary>An article input for <paramref name="bytes"/> as the compiler would read them from <paramref name="path"/>.</summary>
        public static ArticleInput Article(string path, byte[] bytes)
        {
            SourceText text = Read(bytes);
            return new ArticleInput(path, text.ToString(), Source: text);
        }
    }
}
