namespace CorpusGenerator.Emit
{
    /// <summary>The settings an emitter needs, free of Roslyn types.</summary>
    /// <param name="Namespace">The namespace of generated types.</param>
    /// <param name="IsPublic">Public types, or internal ones.</param>
    /// <param name="Nullable">Write the nullable directives of <see cref="GeneratedCodeHeader"/> (C# 8 and later).</param>
    internal sealed record EmitOptions(string Namespace, bool IsPublic, bool Nullable)
    {
        public string Visibility => IsPublic ? "public" : "internal";
    }
}
