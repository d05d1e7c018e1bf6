using System;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace CorpusGenerator
{
    /// <summary>
    /// What every generated article class is: <c>Articles.RouhaniKadhimiCall.Article</c> is the
    /// article, and <c>Articles.RouhaniKadhimiCall.Speakers</c> its speakers, with one typed field
    /// each (<c>Speakers.HassanRouhani</c>) besides enumeration and indexing.
    /// </summary>
    /// <typeparam name="T">The generated article class itself.</typeparam>
    /// <remarks>
    /// The generated class declares only its speaker fields and a private constructor; its data is
    /// found by its name through the <see cref="CompiledArticleIndexAttribute"/> of the <c>Articles</c>
    /// class it is nested in. Everything with a body is here, compiled once. Across thousands of articles that cut the compiler's CPU on the
    /// generated code by about half (docs/performance.md). The fields are filled when <see cref="Speakers"/> is
    /// first read; the members <typeparamref name="T"/> needs for that are kept by trimming.
    /// </remarks>
    public abstract class CompiledArticle<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.NonPublicConstructors)] T> : SpeakerCollection
        where T : CompiledArticle<T>
    {
        private static Article? article;
        private static T? speakers;
        private static ArticleSource? source;

        /// <summary>For the generated class's private constructor: the speakers of this class's article.</summary>
        protected CompiledArticle()
            : base(Article)
        {
        }

        /// <summary>The article: its text, title, dateline, paragraphs, speakers and quotes. Built on first use; always the same instance, the one in <c>Articles.All</c>.</summary>
        public static Article Article => BuiltOnce.Get(ref article, () => Source.Group[Source.Index]);

        /// <summary>The article's speakers: a typed field each, and all of them by enumeration and index.</summary>
        public static T Speakers => BuiltOnce.Get(ref speakers, CreateSpeakers);

        private static ArticleSource Source => BuiltOnce.Get(ref source, ArticleSource.Read);

        private static T CreateSpeakers()
        {
            // The article first, so that a problem finding it is thrown as itself, not wrapped by
            // the constructor call below (which reads it).
            _ = Article;
            var set = (T)Activator.CreateInstance(typeof(T), nonPublic: true)!;
            string fields = Source.SpeakerFields;
            int speaker = 0;
            foreach (string name in fields.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                FieldInfo field = typeof(T).GetField(name, BindingFlags.Public | BindingFlags.Instance)
                    ?? throw MismatchedLibrary("has no speaker field " + name);
                if (speaker >= set.Count) throw MismatchedLibrary("names more speaker fields than its article has speakers");
                field.SetValue(set, set[speaker++]);
            }

            if (speaker != set.Count) throw MismatchedLibrary("names " + speaker + " speaker fields for an article with " + set.Count + " speakers");
            return set;
        }

        private static InvalidOperationException MismatchedLibrary(string what) => new InvalidOperationException(
            typeof(T).FullName + " " + what + ". Use the runtime library from the same CorpusGenerator package as the generator.");

        /// <summary>Where the article's data is: found by the class's name in the list of the <c>Articles</c> class it is nested in.</summary>
        private sealed class ArticleSource
        {
            private ArticleSource(CompiledArticleGroup group, int index)
            {
                Group = group;
                Index = index;
            }

            public CompiledArticleGroup Group { get; }

            public int Index { get; }

            public string SpeakerFields => Group.SpeakerFields(Index);

            public static ArticleSource Read()
            {
                Type articles = typeof(T).DeclaringType
                    ?? throw new InvalidOperationException(typeof(T).FullName + " is not nested in an Articles class: it is not an article class the generator wrote.");
                CompiledArticleList list;
                try
                {
                    list = CompiledArticleList.Of(articles);
                }
                catch (ArgumentException e)
                {
                    throw new InvalidOperationException(typeof(T).FullName + " is not an article class the generator wrote: " + e.Message, e);
                }

                if (!list.TryLocate(typeof(T).Name, out CompiledArticleGroup group, out int index))
                {
                    throw new InvalidOperationException(typeof(T).FullName + " is not one of the articles of " + articles.FullName + ": it is not an article class the generator wrote.");
                }

                return new ArticleSource(group, index);
            }
        }
    }
}
