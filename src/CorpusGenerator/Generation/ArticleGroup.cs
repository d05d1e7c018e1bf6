using System.Collections.Generic;
using System.Collections.Immutable;
using CorpusGenerator.Emit;

namespace CorpusGenerator.Generation
{
    /// <summary>The articles of one generated file (<see cref="ArticleGrouping"/>), in their order there.</summary>
    /// <param name="Number">The group's number, 0 to <see cref="ArticleGrouping.GroupCount"/> - 1.</param>
    /// <param name="Members">Its articles, ordinal by class name (those without one last, by path).</param>
    internal sealed record ArticleGroup(int Number, EquatableArray<EmittedArticle> Members)
    {
        /// <summary>
        /// Every group, empty ones included: always the same count in the same order, so the
        /// pipeline compares each group with its own previous state and an edit re-emits one group.
        /// </summary>
        /// <param name="articles">Every article's code and diagnostics.</param>
        /// <param name="names">The corpus's names: an article whose name another article wants too keeps its diagnostics but loses its code.</param>
        public static ImmutableArray<ArticleGroup> Partition(ImmutableArray<EmittedArticle> articles, ArticleNames names)
        {
            var members = new List<EmittedArticle>[ArticleGrouping.GroupCount];
            for (int i = 0; i < members.Length; i++) members[i] = new List<EmittedArticle>();
            foreach (EmittedArticle article in articles)
            {
                bool kept = article.Code is null || names.Keeps(article.Path, article.ClassName);
                members[article.Group].Add(kept ? article : article with { Code = null, Index = null });
            }

            var groups = ImmutableArray.CreateBuilder<ArticleGroup>(members.Length);
            for (int i = 0; i < members.Length; i++)
            {
                members[i].Sort(InGroupOrder);
                groups.Add(new ArticleGroup(i, new EquatableArray<EmittedArticle>(members[i].ToArray())));
            }

            return groups.MoveToImmutable();
        }

        /// <summary>The compiled articles' code, in the order their positions in the group count.</summary>
        public List<ArticleCode> Code()
        {
            var code = new List<ArticleCode>();
            foreach (EmittedArticle member in Members)
            {
                if (member.Code != null) code.Add(member.Code);
            }

            return code;
        }

        // Ordinal by class name, the order CorpusIndexEmitter counts positions in (compiled articles
        // have unique names); then by path, so the reporting order does not depend on input order.
        private static int InGroupOrder(EmittedArticle a, EmittedArticle b)
        {
            int byName = string.CompareOrdinal(a.ClassName, b.ClassName);
            return byName != 0 ? byName : string.CompareOrdinal(a.Path, b.Path);
        }
    }
}
