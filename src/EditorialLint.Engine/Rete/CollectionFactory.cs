using System.Diagnostics.CodeAnalysis;

namespace EditorialLint.Engine.Rete;

/// <summary>Builds the typed collection a collect aggregate binds.</summary>
internal abstract class CollectionFactory
{
    public abstract Type ElementType { get; }

    [UnconditionalSuppressMessage("AotAnalysis", "IL3050:RequiresDynamicCode",
        Justification = "The tool's rules collect only classes (EngineRuleWriter.Collect<T> requires one). Over a reference type, Typed<T> runs " +
                        "on the shared canonical code compiled ahead of time, so only its type is made at run time, which Native AOT can do.")]
    public static CollectionFactory For(Type elementType) =>
        (CollectionFactory)Activator.CreateInstance(typeof(Typed<>).MakeGenericType(elementType))!;

    /// <summary>
    /// Whether a pattern of <paramref name="collectionType"/> can hold what a collect of
    /// <paramref name="elementType"/> facts binds: an array of them (<see cref="Typed{T}.Create"/>).
    /// </summary>
    [UnconditionalSuppressMessage("AotAnalysis", "IL3050:RequiresDynamicCode",
        Justification = "The array type is only compared with the pattern's type, never instantiated or called here, " +
                        "so no code for it is needed; the arrays themselves are made by Typed<T>.")]
    public static bool Fits(Type collectionType, Type elementType) =>
        collectionType.IsAssignableFrom(elementType.MakeArrayType());

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
