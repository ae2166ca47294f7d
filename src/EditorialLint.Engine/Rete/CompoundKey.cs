namespace EditorialLint.Engine.Rete;

/// <summary>A hash key made of several equality values.</summary>
internal sealed class CompoundKey : IEquatable<CompoundKey>
{
    private readonly object[] _values;
    private readonly int _hash;

    public CompoundKey(object[] values)
    {
        _values = values;
        var hash = new HashCode();
        foreach (var value in values)
        {
            hash.Add(value);
        }

        _hash = hash.ToHashCode();
    }

    public bool Equals(CompoundKey? other)
    {
        if (other is null || other._hash != _hash || other._values.Length != _values.Length)
        {
            return false;
        }

        for (var i = 0; i < _values.Length; i++)
        {
            if (!_values[i].Equals(other._values[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as CompoundKey);

    public override int GetHashCode() => _hash;
}
