using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// The <c>_{name}={value}</c> suffix that tells a theory's cases apart, formatted the same in
    /// every culture: numbers and dates invariant, collections as <c>a,b,c</c>, null as <c>null</c>.
    /// </summary>
    internal static class ParameterText
    {
        public static string Format(IReadOnlyList<KeyValuePair<string, object?>> parameters)
        {
            var builder = new StringBuilder();
            foreach (var parameter in parameters)
            {
                builder.Append('_').Append(parameter.Key).Append('=').Append(FormatValue(parameter.Value));
            }

            return FileNameText.Clean(builder.ToString());
        }

        static string FormatValue(object? value) => value switch
        {
            null => "null",
            string text => text,
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            IEnumerable items => string.Join(",", items.Cast<object?>().Select(FormatValue)),
            _ => value.ToString() ?? "null",
        };
    }
}
