using System;
using System.Collections.Generic;

namespace CorpusGenerator
{
    /// <summary>
    /// The integer table of <c>CompiledArticleFormat</c> packed as ASCII text, so generated code
    /// can hold it in its file's data string instead of an array initializer with an element per
    /// number: the compiler parses, binds and keeps every element of an initializer as a node of its
    /// own, which across thousands of articles was much of the build's time and memory.
    /// This one file is compiled into both the generator (which packs) and the runtime (which unpacks).
    /// </summary>
    /// <remarks>
    /// Each number is zigzag-encoded (so -1 stays short), then written five bits at a time, lowest
    /// first; each character is one of the base64 alphabet <c>A-Z a-z 0-9 + /</c> whose value
    /// holds the five bits and, in bit 5, whether more of the number follows. The alphabet has no
    /// character a C# string literal needs to escape.
    /// </remarks>
    internal static class PackedTable
    {
        private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        private const int DataBits = 5;
        private const int More = 1 << DataBits;
        private const int DataMask = More - 1;

        private static readonly sbyte[] Values = BuildValues();

        /// <summary>The packed form of <paramref name="numbers"/>, as ASCII text.</summary>
        public static string Pack(IReadOnlyList<int> numbers)
        {
            var packed = new System.Text.StringBuilder(numbers.Count * 2);
            foreach (int number in numbers)
            {
                uint rest = (uint)((number << 1) ^ (number >> 31));
                while (rest >= More)
                {
                    packed.Append(Alphabet[(int)(rest & DataMask) | More]);
                    rest >>= DataBits;
                }

                packed.Append(Alphabet[(int)rest]);
            }

            return packed.ToString();
        }

        /// <summary>The numbers <paramref name="packed"/> holds; a character outside the alphabet or a cut-off number is an error.</summary>
        public static int[] Unpack(string packed) => Unpack(packed, 0, packed.Length);

        /// <summary>The numbers packed in <paramref name="count"/> characters of <paramref name="buffer"/> from <paramref name="offset"/>.</summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        public static int[] Unpack(string buffer, int offset, int count)
        {
            var numbers = new List<int>(count);
            uint value = 0;
            int shift = 0;
            for (int i = 0; i < count; i++)
            {
                char c = buffer[offset + i];
                int digit = c < Values.Length ? Values[c] : -1;
                if (digit < 0 || shift > 30) throw new FormatException("The compiled table is not in the packed format at character " + i + ".");
                value |= (uint)(digit & DataMask) << shift;
                if ((digit & More) != 0)
                {
                    shift += DataBits;
                    continue;
                }

                numbers.Add((int)(value >> 1) ^ -(int)(value & 1));
                value = 0;
                shift = 0;
            }

            if (shift != 0) throw new FormatException("The compiled table ends in the middle of a number.");
            return numbers.ToArray();
        }

        private static sbyte[] BuildValues()
        {
            var values = new sbyte[128];
            for (int i = 0; i < values.Length; i++) values[i] = -1;
            for (int i = 0; i < Alphabet.Length; i++) values[Alphabet[i]] = (sbyte)i;
            return values;
        }
    }
}
