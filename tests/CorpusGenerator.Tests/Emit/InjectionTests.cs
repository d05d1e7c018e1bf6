using CorpusGenerator.Emit;
using CorpusGenerator.Extraction;
using CorpusGenerator.Naming;
using CorpusGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGenerator.Tests.Emit
{
    /// <summary>
    /// No article text, however crafted, adds a type, a member or a preprocessor directive: crafted
    /// strings in every place the emitters put text (the data literal, doc comments, speaker names and
    /// roles, quotes, the file path) leave the compilation's symbols exactly the generated shape.
    /// The engine is bypassed: these articles are built by hand, so the speakers and quotes are
    /// there whatever the real engine would find.
    /// </summary>
    public class InjectionTests
    {
        public static TheoryData<string> Payloads() => new()
        {
            "\"; } class Evil { //",
            "\"u8; } public static class Evil { } //",
            "\u2028 class Evil {}",
            "\u2029 class Evil {}",
            "\u0085 class Evil {}",
            "\r\n} class Evil { } //",
            "\r} class Evil { } //",
            "*/ class Evil { } /*",
            "</summary></member> <summary>",
            "<![CDATA[ ]]> <!-- --> &amp; & < >",
            "\n#if false\n",
            "\n#define EVIL\n#error evil\n",
            "\\u000A class Evil { }",
            "\u202E} class Evil {\u202C",
            "\u2066 class Evil \u2069",
            "/// <summary>evil</summary>\n",
            "@\"\"\"\"\"\" $\"{Evil}\" {0}",
            "\0\u0001\u001B\u007F\uFFFE\uFFFF",
            "lone \uD800 and \uDC00",
            "Evil",
            "Count",
            "Articles",
            "global::System",
        };

        [Theory]
        [MemberData(nameof(Payloads))]
        public void Crafted_text_in_every_position_adds_no_type_member_or_directive(string payload)
        {
            foreach (LanguageVersion version in new[] { LanguageVersion.Latest, LanguageVersion.CSharp7_3 })
            {
                string text = "Title " + payload + "\n\n\u201C" + payload + "\u201D, said " + payload + ".\n";
                ExtractedArticle article = Crafted(text, payload);
                var speakers = SpeakerMemberNames.Assign(article.Speakers.Select(s => s.Name).ToList()).Select(m => m.MemberName).ToList();
                var options = new EmitOptions("Corpus", IsPublic: true, Nullable: version >= LanguageVersion.CSharp8);
                var index = new[] { new IndexEntry("corpus/crafted.txt", "Crafted", new EquatableArray<string>(article.Speakers.Select(s => s.Name).ToArray())) };
                var parse = new CSharpParseOptions(version);
                var trees = new[]
                {
                    CSharpSyntaxTree.ParseText(OneArticleFile.Emit(article, "Crafted", "corpus/" + payload + ".txt", speakers, options), parse, path: "Articles.Crafted.g.cs"),
                    CSharpSyntaxTree.ParseText(CorpusIndexEmitter.EmitArticles(index, options), parse, path: "Articles.g.cs"),
                    CSharpSyntaxTree.ParseText(CorpusIndexEmitter.EmitPeople(index, options), parse, path: "People.g.cs"),
                };
                Compilation compilation = new GeneratorHarness { LanguageVersion = version }.CreateCompilation().AddSyntaxTrees(trees);

                Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
                string? violation = GeneratedShape.Violation(compilation, trees, new[] { "Crafted" });
                Assert.True(violation is null, violation);

                Article model = new GeneratorRun(null!, null!, compilation).Article("Crafted");
                Assert.Equal(ModelInvariants.ExpectedText(text), model.Text);
                Assert.Equal(ModelInvariants.ExpectedText(payload), model.Speakers[0].Name);
                Assert.Equal(ModelInvariants.ExpectedText(payload), model.Speakers[0].Role);
                Assert.Null(ModelInvariants.Violation(model, text));
            }
        }

        [Theory]
        [MemberData(nameof(Payloads))]
        public void Crafted_options_and_paths_are_refused_or_escaped(string payload)
        {
            var harness = new GeneratorHarness();
            harness.Properties["CorpusNamespace"] = payload;
            harness.Properties["CorpusVisibility"] = payload;
            var run = harness.Run(new ArticleInput("corpus/" + payload.Replace("/", "_") + "/news.txt", payload, ClassName: payload));
            Assert.Empty(run.GeneratorExceptions);
            Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
            string ns = IdentifierNames.IsValidNamespace(payload) ? payload : "Corpus";
            string className = ArticleNaming.IsUsable(payload) ? payload : "News";
            bool refused = run.GeneratorDiagnostics.Any(d => d.Id == "CORPUS001");
            string? violation = GeneratedShape.Violation(run.Compilation, run.Result.GeneratedTrees, refused ? Array.Empty<string>() : new[] { className }, ns);
            Assert.True(violation is null, violation + ": " + string.Join(", ", run.GeneratorDiagnostics));
        }

        [Theory]
        [InlineData("global", "Global")]
        [InlineData("System", "System")]
        [InlineData("CorpusGenerator", "CorpusGenerator")]
        [InlineData("Corpus.Articles", "Corpus")]
        [InlineData("Articles", "People")]
        [InlineData("My.System.Corpus", "Index")]
        [InlineData("__arglist", "__makeref")]
        [InlineData("Corpus", "__refvalue")]
        [InlineData("var.dynamic", "Value")]
        public void Namespaces_and_class_names_that_shadow_what_the_generated_code_uses_still_compile(string ns, string className)
        {
            var harness = new GeneratorHarness();
            harness.Properties["CorpusNamespace"] = ns;
            var run = harness.Run(new ArticleInput("a.txt", "Text.", ClassName: className), new ArticleInput("b.txt", "More."));
            Assert.Empty(run.GeneratorExceptions);
            Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
            string usedNamespace = run.GeneratorDiagnostics.Any(d => d.Id == "CORPUS008" && d.GetMessage().Contains("CorpusNamespace")) ? "Corpus" : ns;
            string usedClass = run.GeneratorDiagnostics.Any(d => d.Id == "CORPUS008" && d.GetMessage().Contains("ClassName")) ? "A" : className;
            Assert.Equal("Text.", run.Article(usedClass, usedNamespace).Text);
        }

        /// <summary>An article whose title, paragraph, speaker (name, role, mention) and quote all hold <paramref name="payload"/>.</summary>
        private static ExtractedArticle Crafted(string text, string payload)
        {
            int quoteStart = text.IndexOf('\u201C') + 1;
            int quoteEnd = text.IndexOf('\u201D');
            int mention = text.LastIndexOf(payload, StringComparison.Ordinal);
            int said = text.IndexOf(", said ", StringComparison.Ordinal) + 2;
            var paragraph = new TextRange(quoteStart - 1, text.Length - 1);
            return new ExtractedArticle(
                text,
                Title: new TextRange(0, text.IndexOf("\n\n\u201C", StringComparison.Ordinal)),
                Dateline: null,
                Headings: EquatableArray<TextRange>.Empty,
                Paragraphs: new EquatableArray<TextRange>(new[] { paragraph }),
                Speakers: new EquatableArray<ExtractedSpeaker>(new[] { new ExtractedSpeaker(payload, payload, new EquatableArray<TextRange>(new[] { new TextRange(mention, mention + payload.Length) })) }),
                Quotes: new EquatableArray<ExtractedQuote>(new[] { new ExtractedQuote(global::CorpusGenerator.Extraction.QuoteKind.Direct, new TextRange(quoteStart, quoteEnd), 0, new TextRange(mention, mention + payload.Length), new TextRange(said, said + 4), 0) }),
                Problems: EquatableArray<ArticleProblem>.Empty);
        }
    }
}
