using EditorialLint.Engine.Expressions;

namespace EditorialLint.Engine.Rete;

/// <summary>
/// Routes a fact to the children of an alpha node. Children whose condition compares one value of the
/// fact with a constant (<c>m.RuleId == "EDL0101"</c>) are grouped by that value's expression; the value
/// is computed once per group and looked up among the constants, so a fact reaches the one matching child
/// without testing the others. Other children are tested one by one. Children are still visited in the
/// order they were added, as if each had been tested.
/// </summary>
internal sealed class AlphaDispatch
{
    /// <summary>Fewer children comparing the same value are cheaper to test one by one.</summary>
    private const int MinGroupSize = 4;

    private static readonly int[] None = [];

    private readonly SelectionNode[] _children;
    private readonly int[] _plain;
    private readonly Group[] _groups;

    // Per child: its group (-1 when tested one by one) and the constant it compares with.
    private readonly int[] _groupOf;
    private readonly object[] _keyOf;

    private AlphaDispatch(SelectionNode[] children, int[] plain, Group[] groups, int[] groupOf, object[] keyOf)
    {
        _children = children;
        _plain = plain;
        _groups = groups;
        _groupOf = groupOf;
        _keyOf = keyOf;
    }

    /// <summary>The number of children reached through a hash lookup.</summary>
    public int DispatchedCount => _groupOf.Count(g => g >= 0);

    /// <summary>A dispatch for <paramref name="children"/>, or null when none of them can be looked up.</summary>
    public static AlphaDispatch? Build(IReadOnlyList<SelectionNode> children, ExpressionCompiler compiler)
    {
        var candidates = new Dictionary<ExpressionFingerprint, List<(int Index, object Key, System.Linq.Expressions.LambdaExpression Source, System.Linq.Expressions.Expression FactSide)>>();
        for (var i = 0; i < children.Count; i++)
        {
            var source = children[i].Condition.Source;
            if (!EqualityKeyAnalyzer.TryConstantEquality(source, out var factSide, out var constant))
            {
                continue;
            }

            var fingerprint = ExpressionFingerprint.Of(factSide, ExpressionCompiler.FactRoles(source));
            if (!candidates.TryGetValue(fingerprint, out var members))
            {
                members = [];
                candidates.Add(fingerprint, members);
            }

            members.Add((i, IndexKey.Normalize(constant), source, factSide));
        }

        var groupOf = Enumerable.Repeat(-1, children.Count).ToArray();
        var keyOf = new object[children.Count];
        var groups = new List<Group>();
        foreach (var (fingerprint, members) in candidates)
        {
            if (members.Count < MinGroupSize)
            {
                continue;
            }

            var first = members[0];
            var key = compiler.CompileFactKey(first.FactSide, fingerprint, ExpressionCompiler.FactRoles(first.Source));
            var byKey = new Dictionary<object, int[]>();
            foreach (var member in members)
            {
                groupOf[member.Index] = groups.Count;
                keyOf[member.Index] = member.Key;
                byKey[member.Key] = byKey.TryGetValue(member.Key, out var same) ? [.. same, member.Index] : [member.Index];
            }

            groups.Add(new Group(key, fingerprint.Constants, byKey));
        }

        if (groups.Count == 0)
        {
            return null;
        }

        var plain = Enumerable.Range(0, children.Count).Where(i => groupOf[i] < 0).ToArray();
        return new AlphaDispatch([.. children], plain, [.. groups], groupOf, keyOf);
    }

    /// <summary>Passes a fact that passed the parent on to the children it satisfies.</summary>
    public void Assert(Session session, Fact fact)
    {
        int[] matched;
        if (_groups.Length == 1)
        {
            if (!_groups[0].TryKey(session, fact, out var key))
            {
                AssertTestingEach(session, fact);
                return;
            }

            matched = _groups[0].ByKey.GetValueOrDefault(key, None);
        }
        else
        {
            var found = new List<int>();
            foreach (var group in _groups)
            {
                if (!group.TryKey(session, fact, out var key))
                {
                    AssertTestingEach(session, fact);
                    return;
                }

                if (group.ByKey.TryGetValue(key, out var indexes))
                {
                    found.AddRange(indexes);
                }
            }

            found.Sort();
            matched = [.. found];
        }

        // Both lists are in child order: merge them, testing the plain children and not the matched ones.
        var p = 0;
        var m = 0;
        while (p < _plain.Length || m < matched.Length)
        {
            if (m == matched.Length || (p < _plain.Length && _plain[p] < matched[m]))
            {
                _children[_plain[p++]].PropagateAssert(session, fact);
            }
            else
            {
                _children[matched[m++]].AssertPassed(session, fact);
            }
        }
    }

    /// <summary>Re-evaluates the children for a fact that changed and still passes the parent.</summary>
    public void Update(Session session, Fact fact)
    {
        var keys = new object[_groups.Length];
        for (var g = 0; g < _groups.Length; g++)
        {
            if (!_groups[g].TryKey(session, fact, out keys[g]))
            {
                foreach (var child in _children)
                {
                    child.PropagateUpdate(session, fact);
                }

                return;
            }
        }

        for (var i = 0; i < _children.Length; i++)
        {
            var group = _groupOf[i];
            if (group < 0)
            {
                _children[i].PropagateUpdate(session, fact);
            }
            else if (_keyOf[i].Equals(keys[group]))
            {
                _children[i].UpdatePassed(session, fact);
            }
            else
            {
                _children[i].PropagateRetract(session, fact);
            }
        }
    }

    /// <summary>
    /// When a value cannot be computed (it threw), every child is tested as written, so each reports the
    /// failure of its own condition.
    /// </summary>
    private void AssertTestingEach(Session session, Fact fact)
    {
        foreach (var child in _children)
        {
            child.PropagateAssert(session, fact);
        }
    }

    /// <summary>Children comparing the same value of the fact, by the constant each compares it with.</summary>
    private sealed class Group(Func<object?, object?[], object?> key, object?[] constants, Dictionary<object, int[]> byKey)
    {
        public Dictionary<object, int[]> ByKey { get; } = byKey;

        public bool TryKey(Session session, Fact fact, out object value)
        {
            try
            {
                session.CountEvaluation();
                value = IndexKey.Normalize(key(fact.Object, constants));
                return true;
            }
            catch (Exception)
            {
                value = IndexKey.Unmatchable;
                return false;
            }
        }
    }
}
