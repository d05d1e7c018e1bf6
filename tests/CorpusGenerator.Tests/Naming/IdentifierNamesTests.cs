using CorpusGenerator.Naming;

namespace CorpusGenerator.Tests.Naming
{
    public class IdentifierNamesTests
    {
        [Theory]
        [InlineData("seeds/rouhani-kadhimi-call.txt", "RouhaniKadhimiCall")]
        [InlineData("000_0ed2dacc5a02fbc7.txt", "_000_0ed2dacc5a02fbc7")]
        [InlineData("class.txt", "Class")]
        [InlineData("über news.txt", "ÜberNews")]
        [InlineData("deep/folder/2024.04 report.txt", "_2024_04Report")]
        [InlineData("C:\\corpus\\my.article.txt", "MyArticle")]
        [InlineData("!!!.txt", "Untitled")]
        [InlineData("all.txt", "All_")]
        [InlineData("article.txt", "Article_")]
        [InlineData("日本語の記事.txt", "日本語の記事")]
        public void Article_class_names_come_from_the_file_name(string path, string expected)
        {
            string name = ArticleNaming.FromPath(path);
            Assert.Equal(expected, name);
            Assert.True(IdentifierNames.IsValidIdentifier(name), name);
        }

        [Fact]
        public void Decomposed_and_composed_names_give_one_identifier()
        {
            Assert.Equal(ArticleNaming.FromPath("u\u0308ber.txt"), ArticleNaming.FromPath("\u00FCber.txt"));
        }

        [Fact]
        public void Very_long_names_are_cut_and_stay_unique()
        {
            string a = ArticleNaming.FromPath(new string('a', 300) + "1.txt");
            string b = ArticleNaming.FromPath(new string('a', 300) + "2.txt");
            Assert.True(a.Length <= IdentifierNames.MaxLength);
            Assert.NotEqual(a, b);
        }

        [Theory]
        [InlineData("Hassan Rouhani", "HassanRouhani")]
        [InlineData("Mustafa al-Kadhimi", "MustafaAlKadhimi")]
        [InlineData("Count", "Count_")]
        [InlineData("O'Neill", "ONeill")]
        [InlineData("Brown's aides", "BrownsAides")]
        [InlineData("Wet’suwet’en hereditary chiefs", "WetsuwetenHereditaryChiefs")]
        public void Speaker_members_come_from_the_name(string name, string expected) =>
            Assert.Equal(expected, SpeakerMemberNames.FromName(name));

        [Fact]
        public void A_speaker_named_like_the_article_class_gets_an_underscore_as_a_reserved_name_does()
        {
            // A member cannot share its type's name (CS0542); "Acme_" then clashes like any other name.
            var names = SpeakerMemberNames.Assign(new[] { "Acme", "Jane Doe", "Article" }, className: "Acme");
            Assert.Equal(new[] { "Acme_", "JaneDoe", "Article_" }, names.Select(n => n.MemberName));
        }

        [Fact]
        public void Speakers_whose_names_clash_are_numbered()
        {
            var names = SpeakerMemberNames.Assign(new[] { "John Smith", "John-Smith", "Jane Doe" });
            Assert.Equal(new[] { "JohnSmith", "JohnSmith2", "JaneDoe" }, names.Select(n => n.MemberName));
            Assert.Equal("John Smith", names[1].ClashesWith);
        }

        [Fact]
        public void Two_files_that_want_one_name_both_clash_whatever_their_order()
        {
            var forward = ArticleNaming.Assign(new[] { new ArticleNameRequest("a-b.txt", null), new ArticleNameRequest("a_b.txt", null) });
            var backward = ArticleNaming.Assign(new[] { new ArticleNameRequest("a_b.txt", null), new ArticleNameRequest("a-b.txt", null) });
            Assert.Equal(forward, backward);
            Assert.All(forward, name => Assert.Null(name.ClassName));
            Assert.Equal("a_b.txt", forward.Single(n => n.Path == "a-b.txt").ClashesWith);
            Assert.Equal("a-b.txt", forward.Single(n => n.Path == "a_b.txt").ClashesWith);
        }

        [Fact]
        public void A_class_name_resolves_a_clash_and_an_invalid_one_is_reported()
        {
            var names = ArticleNaming.Assign(new[]
            {
                new ArticleNameRequest("a-b.txt", "Launch"),
                new ArticleNameRequest("a_b.txt", null),
                new ArticleNameRequest("c.txt", "not valid"),
            });
            Assert.Equal("Launch", names.Single(n => n.Path == "a-b.txt").ClassName);
            Assert.Equal("AB", names.Single(n => n.Path == "a_b.txt").ClassName);
            Assert.Equal("C", names.Single(n => n.Path == "c.txt").ClassName);
            Assert.Equal("not valid", names.Single(n => n.Path == "c.txt").InvalidClassName);
        }

        [Theory]
        [InlineData("Corpus", true)]
        [InlineData("My.Corpus", true)]
        [InlineData("My..Corpus", false)]
        [InlineData("class", false)]
        [InlineData("1st", false)]
        [InlineData("", false)]
        public void Namespaces_are_validated(string name, bool valid) => Assert.Equal(valid, IdentifierNames.IsValidNamespace(name));
    }
}
