namespace EditorialLint.Engine.Rete;

/// <summary>Builds the typed collection a collect aggregate binds.</summary>
internal abstract class CollectionFactory
{
    public abstract Type ElementType { get; }

    public static CollectionFactory For(Type elementType) =>
        (CollectionFactory)Activator.CreateInstance(typeof(Typed<>).MakeGenericType(elementType))!;

    public abstract object Create(IReadOnlyCollection<RightEntry>? matches);

    private sealed class Typed<T> : CollectionFactory
    {
        public override Type ElementType => typeof(T);

        public override object Create(IReadOnlyCollection<RightEntry>? matches)
        {
            if (matches is null || matches.Count == 0)
            {
                return Array.Empty<T>();
            }

            var items = new T[matches.Count];
            var i = 0;
            foreach (var match in matches)
            {
                items[i++] = (T)match.Fact.Object!;
            }

            return items;
        }
    }
}
