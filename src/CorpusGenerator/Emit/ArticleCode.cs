namespace CorpusGenerator.Emit
{
    /// <summary>
    /// The C# of one article, in the pieces its group's file puts together: the class up to the
    /// <c>Article</c> property (which needs the article's place in the group, known only there),
    /// the rest of the class, and the article's share of the group's one data literal.
    /// </summary>
    /// <param name="ClassName">The article's class name.</param>
    /// <param name="Head">The class's doc comment, attribute and opening line, up to the <c>Article</c> property's doc comment.</param>
    /// <param name="Body">The members after the <c>Article</c> property, and the class's closing brace.</param>
    /// <param name="Data">
    /// The article's compiled data (text, then packed table) as it goes into the group's data:
    /// the body of a <c>"..."u8</c> literal, or from C# before 11 lines of byte values for an array.
    /// </param>
    /// <param name="TextBytes">How many bytes of <paramref name="Data"/> are the UTF-8 text and strings.</param>
    /// <param name="TableBytes">How many bytes of <paramref name="Data"/> are the packed table, after the text.</param>
    internal sealed record ArticleCode(string ClassName, string Head, string Body, string Data, int TextBytes, int TableBytes);
}
