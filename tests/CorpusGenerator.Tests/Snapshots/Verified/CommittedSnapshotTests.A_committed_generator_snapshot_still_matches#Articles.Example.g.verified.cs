//HintName: Articles.Example.g.cs
namespace Corpus
{
    [global::System.CodeDom.Compiler.GeneratedCode("CorpusGenerator", "VERSION")]
    public static class Example { }
}
