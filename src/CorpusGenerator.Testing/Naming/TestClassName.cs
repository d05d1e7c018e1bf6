using System;
using System.Collections.Generic;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// The <c>{TestClass}</c> part of a snapshot prefix. Verify uses the test class's type name,
    /// nested classes as <c>Outer.Inner</c>; the harness cannot see the test method's class without
    /// depending on a test framework, so it takes a type or a name when given and otherwise the
    /// name of the calling source file (the file named after its class, as this repository does).
    /// </summary>
    internal static class TestClassName
    {
        public static string Of(Type type)
        {
            var names = new List<string>();
            for (var current = type; current is not null; current = current.DeclaringType)
            {
                names.Insert(0, WithoutArity(current.Name));
            }

            return string.Join(".", names);
        }

        /// <summary>The file name without its extension, whichever separator the path was compiled with.</summary>
        public static string FromSourceFile(string sourceFile)
        {
            var start = sourceFile.LastIndexOfAny(['/', '\\']) + 1;
            var name = sourceFile.Substring(start);
            var dot = name.IndexOf('.');
            return dot > 0 ? name.Substring(0, dot) : name;
        }

        static string WithoutArity(string name)
        {
            var tick = name.IndexOf('`');
            return tick < 0 ? name : name.Substring(0, tick);
        }
    }
}
