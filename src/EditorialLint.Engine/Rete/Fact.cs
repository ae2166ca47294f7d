namespace EditorialLint.Engine.Rete;

/// <summary>A fact in working memory; aggregate results are facts whose object is replaced on change.</summary>
/// <remarks>
/// Node memories key on the wrapper by reference. Its hash is a number the session hands out, which
/// costs less than the identity hash the runtime computes and stores on first use.
/// </remarks>
internal sealed class Fact(object? value, int id)
{
    public object? Object = value;

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => id;

    public override string ToString() => Object?.ToString() ?? "null";
}
