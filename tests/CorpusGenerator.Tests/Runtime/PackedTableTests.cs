using System.Reflection;
using System.Text;
using CorpusGenerator.Emit;

namespace CorpusGenerator.Tests.Runtime
{
    /// <summary>
    /// The packed table is written by the generator and read by the runtime from one shared file
    /// (compiled into both, so reached here through each assembly): every int survives the trip,
    /// and text that is not a packed table fails with a clear error instead of wrong offsets.
    /// </summary>
    public class PackedTableTests
    {
        private static string Pack(int[] numbers) =>
            (string)PackedTableIn(typeof(ArticleEmitter).Assembly).GetMethod("Pack")!.Invoke(null, new object[] { numbers })!;

        private static int[] Unpack(string packed)
        {
            try
            {
                return (int[])PackedTableIn(typeof(CorpusGenerator.Article).Assembly).GetMethod("Unpack", new[] { typeof(string) })!.Invoke(null, new object[] { packed })!;
            }
            catch (TargetInvocationException e) when (e.InnerException != null)
            {
                throw e.InnerException;
            }
        }

        private static Type PackedTableIn(Assembly assembly) => assembly.GetType("CorpusGenerator.PackedTable", throwOnError: true)!;

        [Fact]
        public void Every_kind_of_number_survives_packing()
        {
            int[] numbers = { 0, 1, -1, 15, 16, 31, 32, 1023, 1024, 2876, -2, int.MaxValue, int.MinValue, 1 << 20, -(1 << 20) };
            string packed = Pack(numbers);
            Assert.All(packed, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c == '+' || c == '/', "unexpected character " + c));
            Assert.Equal(numbers, Unpack(packed));
        }

        [Fact]
        public void Small_numbers_take_one_character()
        {
            Assert.Equal(4, Pack(new[] { 0, 1, -1, 15 }).Length);
            Assert.Equal(3, Pack(new[] { 2876 }).Length);
            Assert.Equal(string.Empty, Pack(Array.Empty<int>()));
        }

        [Theory]
        [InlineData("A=B")]
        [InlineData("AB\"")]
        [InlineData("g")]
        [InlineData("//////////A")]
        [InlineData("A\u00C0")]
        public void Text_that_is_not_a_packed_table_is_refused(string packed)
        {
            Assert.Throws<FormatException>(() => Unpack(packed));
        }

        [Fact]
        public void A_corrupted_table_fails_when_the_article_is_built()
        {
            var group = new CompiledArticleGroup("Text.B\u00E9", new[] { 5, 2 }, "");
            Assert.Throws<FormatException>(() => group[0]);
        }
    }
}
