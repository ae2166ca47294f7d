namespace EditorialLint.Engine.Expressions;

/// <summary>
/// Shared boxes for small integers. Join and dispatch keys are compared with <see cref="object.Equals(object)"/>,
/// never by reference, so one box per value serves every evaluation that yields it.
/// </summary>
internal static class Boxes
{
    private const int Count = 4096;

    // Filled as values are first asked for; two threads asking at once may each box the value, which is harmless.
    private static readonly object?[] Small = new object?[Count];

    /// <summary><paramref name="value"/> as an object, shared when it is in [0, 4096).</summary>
    public static object Int32(int value) => (uint)value < Count ? Small[value] ??= value : value;
}
