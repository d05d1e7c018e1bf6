using System.Collections.Generic;
using System.Text;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// An object written the way Verify serialises one (its "not valid json"): two-space indent,
    /// names and values unquoted and unescaped, a multi-line value as <c>Name:</c> then a newline
    /// and the raw text, empty lists left out, no newline after the closing brace.
    /// </summary>
    internal sealed class VerifyTextObject
    {
        readonly List<KeyValuePair<string, object>> members = new List<KeyValuePair<string, object>>();

        public VerifyTextObject Add(string name, string value)
        {
            members.Add(new KeyValuePair<string, object>(name, LineEndings.ToLf(value)));
            return this;
        }

        public VerifyTextObject Add(string name, VerifyTextObject value)
        {
            members.Add(new KeyValuePair<string, object>(name, value));
            return this;
        }

        /// <summary>Adds a list of values; Verify leaves empty collections out, so this does too.</summary>
        public VerifyTextObject Add(string name, IReadOnlyList<string> values)
        {
            if (values.Count > 0)
            {
                members.Add(new KeyValuePair<string, object>(name, values));
            }

            return this;
        }

        /// <summary>Adds a list of objects; an empty list is left out.</summary>
        public VerifyTextObject Add(string name, IReadOnlyList<VerifyTextObject> values)
        {
            if (values.Count > 0)
            {
                members.Add(new KeyValuePair<string, object>(name, values));
            }

            return this;
        }

        public override string ToString()
        {
            var builder = new StringBuilder();
            Write(builder, 0);
            return builder.ToString();
        }

        void Write(StringBuilder builder, int indent)
        {
            builder.Append('{');
            var memberIndent = indent + 2;
            for (var index = 0; index < members.Count; index++)
            {
                builder.Append(index == 0 ? "\n" : ",\n");
                builder.Append(' ', memberIndent).Append(members[index].Key).Append(':');
                WriteValue(builder, members[index].Value, memberIndent);
            }

            builder.Append('\n').Append(' ', indent).Append('}');
        }

        static void WriteValue(StringBuilder builder, object value, int indent)
        {
            switch (value)
            {
                case string text when text.IndexOf('\n') >= 0:
                    // Verify starts a multi-line value on its own line, unindented, so it reads as written.
                    builder.Append(text[0] == '\n' ? text : "\n" + text);
                    break;
                case string text:
                    builder.Append(' ').Append(text);
                    break;
                case VerifyTextObject child:
                    builder.Append(' ');
                    child.Write(builder, indent);
                    break;
                case IReadOnlyList<string> texts:
                    builder.Append(" [");
                    for (var index = 0; index < texts.Count; index++)
                    {
                        builder.Append(index == 0 ? "\n" : ",\n").Append(' ', indent + 2).Append(LineEndings.ToLf(texts[index]));
                    }

                    builder.Append('\n').Append(' ', indent).Append(']');
                    break;
                case IReadOnlyList<VerifyTextObject> children:
                    builder.Append(" [");
                    for (var index = 0; index < children.Count; index++)
                    {
                        builder.Append(index == 0 ? "\n" : ",\n").Append(' ', indent + 2);
                        children[index].Write(builder, indent + 2);
                    }

                    builder.Append('\n').Append(' ', indent).Append(']');
                    break;
            }
        }
    }
}
