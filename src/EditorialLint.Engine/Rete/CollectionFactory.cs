namespace EditorialLint.Engine.Rete;

/// <summary>Builds the typed collection a collect aggregate binds.</summary>
internal abstract class CollectionFactory
{
    public abstract Type ElementType { get; }

    public static CollectionFactory For(Type elementType) =>
        (CollectionFactory)Activator.CreateInstance(typeof(Typed<>).MakeGenericType(elementType))!;

    public abstract object Create(LeftEntry entry);

    private sealed class Typed<T> : CollectionFactory
    {
        public override Type ElementType => typeof(T);

        public override object Create(LeftEntry entry)
        {
            if (entry.MatchCount == 0)
            {
                return Array.Empty<T>();
            }

            var items = new T[entry.MatchCount];
            var i = 0;
            for (var match = entry.FirstMatch; match is not null; match = match.NextOfLeft)
            {
                items[i++] = (T)match.Right.Fact.Object!;
            }

            return items;
        }
    }
}
