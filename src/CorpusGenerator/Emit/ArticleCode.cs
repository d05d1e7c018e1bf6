namespace CorpusGenerator.Emit
{
    /// <summary>
    /// The C# of one article, in the pieces its group's file puts together: the class up to the
    /// <c>Article</c> property (which needs the article's place in the group, known only there),
    /// the rest of the class, and the article's share of the group's one data string.
    /// </summary>
    /// <param name="ClassName">The article's class name.</param>
    /// <param name="Head">The class's doc comment, attribute and opening line, up to the <c>Article</c> property's doc comment.</param>
    /// <param name="Body">The members after the <c>Article</c> property, and the class's closing brace.</param>
    /// <param name="Data">The article's compiled data (text, then packed table) escaped as the body of the group's data string literal.</param>
    /// <param name="TextLength">How many characters of the unescaped data are the text and strings.</param>
    /// <param name="TableLength">How many characters of the unescaped data are the packed table, after the text.</param>
    internal sealed record ArticleCode(string ClassName, string Head, string Body, string Data, int TextLength, int TableLength);
}
