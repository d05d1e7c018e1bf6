namespace CorpusGenerator.Emit
{
    /// <summary>
    /// The C# of one article, in the pieces its group's file puts together: the class up to the
    /// <c>Article</c> property (which needs the article's place in the group, known only there),
    /// the rest of the class, and the statement that builds the article from its compiled data.
    /// </summary>
    /// <param name="ClassName">The article's class name.</param>
    /// <param name="Head">The class's doc comment, attribute and opening line, up to the <c>Article</c> property's doc comment.</param>
    /// <param name="Body">The members after the <c>Article</c> property, and the class's closing brace.</param>
    /// <param name="Build">The <c>return</c> statement that builds the article.</param>
    internal sealed record ArticleCode(string ClassName, string Head, string Body, string Build);
}
