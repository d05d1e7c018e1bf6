using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// A generator run's diagnostics as Verify.SourceGenerators 2.x writes them in
    /// <c>{prefix}.verified.txt</c>: <c>{ Diagnostics: [ ... ] }</c>, each with Location, Message,
    /// Severity, WarningLevel and its Descriptor, in the order they were reported.
    /// </summary>
    internal static class DiagnosticsText
    {
        public static string Write(IEnumerable<Diagnostic> diagnostics) =>
            new VerifyTextObject()
                .Add("Diagnostics", diagnostics.Select(Describe).ToList())
                .ToString();

        static VerifyTextObject Describe(Diagnostic diagnostic)
        {
            var text = new VerifyTextObject();
            if (diagnostic.Location.Kind != LocationKind.None)
            {
                text.Add("Location", Location(diagnostic.Location));
            }

            text.Add("Message", diagnostic.GetMessage(CultureInfo.InvariantCulture))
                .Add("Severity", diagnostic.Severity.ToString());

            // 0 is an error's level: Verify.SourceGenerators leaves it out.
            if (diagnostic.WarningLevel != 0)
            {
                text.Add("WarningLevel", diagnostic.WarningLevel.ToString(CultureInfo.InvariantCulture));
            }

            return text.Add("Descriptor", Describe(diagnostic.Descriptor));
        }

        static VerifyTextObject Describe(DiagnosticDescriptor descriptor)
        {
            var text = new VerifyTextObject()
                .Add("Id", descriptor.Id)
                .Add("Title", descriptor.Title.ToString(CultureInfo.InvariantCulture));

            var description = descriptor.Description.ToString(CultureInfo.InvariantCulture);
            if (!string.IsNullOrWhiteSpace(description))
            {
                text.Add("Description", description);
            }

            if (!string.IsNullOrWhiteSpace(descriptor.HelpLinkUri))
            {
                text.Add("HelpLink", descriptor.HelpLinkUri);
            }

            return text
                .Add("MessageFormat", descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture))
                .Add("Category", descriptor.Category)
                .Add("DefaultSeverity", descriptor.DefaultSeverity.ToString())
                .Add("IsEnabledByDefault", descriptor.IsEnabledByDefault ? "true" : "false")
                .Add("CustomTags", descriptor.CustomTags.ToList());
        }

        /// <summary>
        /// <c>path: (line,character)-(line,character)</c>, 0-based, from the mapped span as Verify
        /// writes it, with <c>/</c> written as <c>\</c> so the text is the same on every OS.
        /// </summary>
        static string Location(Location location)
        {
            var span = location.GetMappedLineSpan();
            if (!span.IsValid)
            {
                // A location with no file (in metadata, say): Verify.SourceGenerators writes nothing after the name.
                return string.Empty;
            }

            var start = span.StartLinePosition;
            var end = span.EndLinePosition;
            return string.Format(
                CultureInfo.InvariantCulture,
                "{0}: ({1},{2})-({3},{4})",
                span.Path.Replace('/', '\\'),
                start.Line,
                start.Character,
                end.Line,
                end.Character);
        }
    }
}
