namespace CorpusGenerator.Emit
{
    /// <summary>
    /// The C# of one article, in the pieces its group's file puts together: the class's doc comment,
    /// then (written by the group, which alone knows the article's place in it) the attribute that
    /// says where its data is, then the class itself; and the article's share of the group's one
    /// data string.
    /// </summary>
    /// <param name="ClassName">The article's class name.</param>
    /// <param name="Head">The class's doc comment.</param>
    /// <param name="Body">The class, from its declaration to its closing brace.</param>
    /// <param name="SpeakerFields">The class's speaker field names in speaker order, separated by spaces.</param>
    /// <param name="Data">The article's compiled data (text, then packed table) escaped as the body of the group's data string literal.</param>
    /// <param name="TextLength">How many characters of the unescaped data are the text and strings.</param>
    /// <param name="TableLength">How many characters of the unescaped data are the packed table, after the text.</param>
    internal sealed record ArticleCode(string ClassName, string Head, string Body, string SpeakerFields, string Data, int TextLength, int TableLength);
}
