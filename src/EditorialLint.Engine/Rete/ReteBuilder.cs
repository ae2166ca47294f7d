using System.Linq.Expressions;
using EditorialLint.Engine.Expressions;
using EditorialLint.Engine.RuleModel;

namespace EditorialLint.Engine.Rete;

/// <summary>
/// Builds the network rule by rule: OR groups are expanded into separate match paths, single-fact
/// conditions become shared selection nodes, the rest become beta nodes keyed on their equality tests.
/// Structurally equal parts of different rules share nodes.
/// </summary>
internal sealed class ReteBuilder(ExpressionCompiler compiler)
{
    private const int MaxAlternatives = 1024;

    private readonly RootNode _root = new();
    private readonly DummyNode _dummy = new();
    private readonly Dictionary<(AlphaNode Parent, ExpressionFingerprint Condition), SelectionNode> _selections = [];
    private readonly Dictionary<BetaKey, BetaNode> _betaNodes = [];
    private readonly Dictionary<NodeKind, int> _counts = [];
    private int _memoryCount;
    private int _terminals;

    public void Add(IRuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        try
        {
            foreach (var path in Expand(rule, rule.LeftHandSide))
            {
                AddPath(rule, path);
            }
        }
        catch (RuleCompilationException)
        {
            throw;
        }
        catch (Exception exception)
        {
            throw new RuleCompilationException(rule.Name, exception.Message, exception);
        }
    }

    public Network Build()
    {
        Count(NodeKind.Root);
        Count(NodeKind.Dummy);
        _dummy.Seal();
        foreach (var aggregate in _betaNodes.Values.OfType<AggregateNode>())
        {
            aggregate.Seal();
        }

        var dispatched = 0;
        var alphaNodes = new Stack<AlphaNode>(_root.TypeNodes);
        while (alphaNodes.TryPop(out var alpha))
        {
            alpha.Seal(compiler);
            dispatched += alpha.DispatchedChildren;
            foreach (var child in alpha.ChildNodes)
            {
                alphaNodes.Push(child);
            }
        }

        var indexed = _betaNodes.Values.Count(n => n.Key is not null);
        var metrics = new NetworkMetrics(_counts, indexed, dispatched, compiler.CompiledCount, _terminals);
        return new Network(_root, _dummy, _memoryCount, metrics);
    }

    private static List<List<RuleElement>> Expand(IRuleDefinition rule, RuleElement element)
    {
        switch (element)
        {
            case AndElement and:
                List<List<RuleElement>> result = [[]];
                foreach (var child in and.ChildElements)
                {
                    var alternatives = Expand(rule, child);
                    result = [.. result.SelectMany(prefix => alternatives.Select(alternative => prefix.Concat(alternative).ToList()))];
                    if (result.Count > MaxAlternatives)
                    {
                        throw new RuleCompilationException(rule.Name, $"its OR groups expand to more than {MaxAlternatives} alternatives.");
                    }
                }

                return result;
            case OrElement or:
                return [.. or.ChildElements.SelectMany(child => Expand(rule, child))];
            default:
                return [[element]];
        }
    }

    private void AddPath(IRuleDefinition rule, List<RuleElement> elements)
    {
        TupleSourceNode source = _dummy;
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var bound = new List<Declaration>();
        var path = new List<ReteNode> { _root, _dummy };
        foreach (var element in elements)
        {
            BetaNode node;
            switch (element)
            {
                case PatternElement { Source: null } pattern:
                    node = AddJoin(rule, NodeKind.Join, source, pattern, positions, path);
                    Bind(pattern.Declaration);
                    break;
                case PatternElement { Source: AggregateElement aggregate } pattern:
                    node = AddAggregate(rule, source, pattern, aggregate, positions, path);
                    Bind(pattern.Declaration);
                    break;
                case NotElement { Source: PatternElement { Source: null } pattern }:
                    node = AddJoin(rule, NodeKind.Not, source, pattern, positions, path);
                    break;
                case ExistsElement { Source: PatternElement { Source: null } pattern }:
                    node = AddJoin(rule, NodeKind.Exists, source, pattern, positions, path);
                    break;
                case NotElement or ExistsElement:
                    throw new RuleCompilationException(rule.Name, "NOT and EXISTS take a single pattern over facts.");
                default:
                    throw new RuleCompilationException(rule.Name, $"a {element.ElementType} element cannot appear in the left-hand side.");
            }

            path.Add(node);
            path.Add(node.Output);
            source = node.Output;
        }

        var actions = rule.RightHandSide.Actions.Select(action => CompileAction(rule, action, positions)).ToArray();
        var aggregates = path.OfType<AggregateNode>().ToArray();
        var terminal = Created(new RuleNode(rule, [.. bound], [.. bound.Select((_, i) => i)], actions, aggregates));
        Register(terminal);
        source.Children.Add(terminal);
        path.Add(terminal);
        _terminals++;
        foreach (var node in path)
        {
            node.AddRule(rule);
        }

        void Bind(Declaration declaration)
        {
            positions[declaration.Name] = bound.Count;
            bound.Add(declaration);
        }
    }

    private BetaNode AddJoin(IRuleDefinition rule, NodeKind kind, TupleSourceNode source, PatternElement pattern, Dictionary<string, int> positions, List<ReteNode> path)
    {
        var (memory, joinConditions) = AddAlpha(pattern, path);
        var (key, residual, fingerprints) = CompileJoin(rule, joinConditions, pattern.Declaration, positions);
        var betaKey = new BetaKey(kind, source, memory, fingerprints, null);
        if (!_betaNodes.TryGetValue(betaKey, out var node))
        {
            node = kind switch
            {
                NodeKind.Join => new JoinNode(source, memory, key, residual),
                NodeKind.Not => new NotNode(source, memory, key, residual),
                _ => new ExistsNode(source, memory, key, residual),
            };
            Connect(betaKey, node);
        }

        return node;
    }

    private BetaNode AddAggregate(IRuleDefinition rule, TupleSourceNode source, PatternElement pattern, AggregateElement aggregate, Dictionary<string, int> positions, List<ReteNode> path)
    {
        if (aggregate.Name != AggregateElement.CollectName)
        {
            throw new RuleCompilationException(rule.Name, $"aggregator '{aggregate.Name}' is not supported; only {AggregateElement.CollectName} is.");
        }

        var itemType = aggregate.Source.ValueType;
        if (!CollectionFactory.Fits(pattern.ValueType, itemType))
        {
            throw new RuleCompilationException(rule.Name, $"pattern '{pattern.Declaration.Name}' of type {pattern.ValueType.Name} cannot hold a collection of {itemType.Name}.");
        }

        var (memory, joinConditions) = AddAlpha(aggregate.Source, path);
        var (key, residual, fingerprints) = CompileJoin(rule, joinConditions, aggregate.Source.Declaration, positions);
        var resultConditions = new List<TupleCondition>();
        foreach (var condition in pattern.Conditions)
        {
            var roles = Roles(rule, condition.Expression, pattern.Declaration, positions);
            var fingerprint = ExpressionFingerprint.Of(condition.Expression.Body, roles);
            resultConditions.Add(new TupleCondition(condition.Expression, fingerprint, compiler.CompileTuplePredicate(condition.Expression.Body, fingerprint, roles)));
        }

        var betaKey = new BetaKey(NodeKind.Aggregate, source, memory, fingerprints, [.. resultConditions.Select(c => c.Fingerprint)]);
        if (!_betaNodes.TryGetValue(betaKey, out var node))
        {
            node = new AggregateNode(source, memory, key, residual, CollectionFactory.For(itemType), [.. resultConditions]);
            Connect(betaKey, node);
        }

        return node;
    }

    private (AlphaMemoryNode Memory, List<ExpressionElement> JoinConditions) AddAlpha(PatternElement pattern, List<ReteNode> path)
    {
        AlphaNode current = _root.TypeNodes.FirstOrDefault(n => n.FilterType == pattern.ValueType) ?? Created(_root.GetOrAddTypeNode(pattern.ValueType));
        path.Add(current);
        var joinConditions = new List<ExpressionElement>();
        foreach (var condition in pattern.Conditions)
        {
            var lambda = condition.Expression;
            if (lambda.Parameters.Any(p => p.Name != pattern.Declaration.Name))
            {
                joinConditions.Add(condition);
                continue;
            }

            var roles = ExpressionCompiler.FactRoles(lambda);
            var fingerprint = ExpressionFingerprint.Of(lambda.Body, roles);
            if (!_selections.TryGetValue((current, fingerprint), out var selection))
            {
                var predicate = compiler.CompileFactPredicate(lambda.Body, fingerprint, roles);
                selection = Created(new SelectionNode(new FactCondition(lambda, fingerprint, predicate)));
                current.ChildNodes.Add(selection);
                _selections.Add((current, fingerprint), selection);
            }

            current = selection;
            path.Add(current);
        }

        if (current.MemoryNode is null)
        {
            current.MemoryNode = Created(new AlphaMemoryNode());
        }

        path.Add(current.MemoryNode);
        return (current.MemoryNode, joinConditions);
    }

    /// <summary>
    /// Compiles a beta node's conditions. Equality tests become the hash key, taken only from the leading
    /// conditions so that no key is computed ahead of a test written to guard it; every condition not
    /// fully covered by exact keys stays a test, in written order.
    /// </summary>
    private (JoinKey? Key, TupleCondition[] Residual, ExpressionFingerprint[] Fingerprints) CompileJoin(
        IRuleDefinition rule, List<ExpressionElement> conditions, Declaration own, Dictionary<string, int> positions)
    {
        var parts = new List<JoinKey.Part>();
        var residual = new List<TupleCondition>();
        var fingerprints = new List<ExpressionFingerprint>();
        var keyed = true;
        foreach (var condition in conditions)
        {
            var lambda = condition.Expression;
            var roles = Roles(rule, lambda, own, positions);
            var fingerprint = ExpressionFingerprint.Of(lambda.Body, roles);
            fingerprints.Add(fingerprint);
            if (keyed)
            {
                var factParameters = lambda.Parameters.Where(p => p.Name == own.Name).ToHashSet();
                var exact = EqualityKeyAnalyzer.Analyze(lambda.Body, factParameters, out var found);
                foreach (var part in found)
                {
                    var tupleSide = ExpressionFingerprint.Of(part.TupleSide, roles);
                    var factSide = ExpressionFingerprint.Of(part.FactSide, roles);
                    parts.Add(new JoinKey.Part(
                        lambda,
                        compiler.CompileTupleKey(part.TupleSide, tupleSide, roles),
                        tupleSide.Constants,
                        compiler.CompileFactKey(part.FactSide, factSide, roles),
                        factSide.Constants,
                        part.ConstantTupleSide,
                        part.ConstantFactSide));
                }

                if (exact)
                {
                    continue;
                }

                keyed = false;
            }

            residual.Add(new TupleCondition(lambda, fingerprint, compiler.CompileTuplePredicate(lambda.Body, fingerprint, roles)));
        }

        return (parts.Count == 0 ? null : new JoinKey([.. parts]), [.. residual], [.. fingerprints]);
    }

    private CompiledAction CompileAction(IRuleDefinition rule, ActionElement action, Dictionary<string, int> positions)
    {
        var lambda = action.Expression;
        if (lambda.Parameters.Count == 0 || lambda.Parameters[0].Type != typeof(IContext))
        {
            throw new RuleCompilationException(rule.Name, $"action '{lambda}' must take an IContext as its first parameter.");
        }

        var roles = new Dictionary<ParameterExpression, string> { [lambda.Parameters[0]] = ExpressionCompiler.ContextRole };
        foreach (var parameter in lambda.Parameters.Skip(1))
        {
            roles[parameter] = ExpressionCompiler.TupleRole(Position(rule, lambda, parameter, positions));
        }

        var fingerprint = ExpressionFingerprint.Of(lambda.Body, roles);
        return new CompiledAction(lambda, fingerprint, compiler.CompileAction(lambda.Body, fingerprint, roles));
    }

    private static Dictionary<ParameterExpression, string> Roles(IRuleDefinition rule, LambdaExpression lambda, Declaration own, Dictionary<string, int> positions)
    {
        var roles = new Dictionary<ParameterExpression, string>();
        foreach (var parameter in lambda.Parameters)
        {
            roles[parameter] = parameter.Name == own.Name
                ? ExpressionCompiler.RightRole
                : ExpressionCompiler.TupleRole(Position(rule, lambda, parameter, positions));
        }

        return roles;
    }

    private static int Position(IRuleDefinition rule, LambdaExpression lambda, ParameterExpression parameter, Dictionary<string, int> positions) =>
        parameter.Name is not null && positions.TryGetValue(parameter.Name, out var position)
            ? position
            : throw new RuleCompilationException(
                rule.Name,
                $"'{lambda}' refers to '{parameter.Name}', which is not bound at that point " +
                $"(bound: {(positions.Count == 0 ? "none" : string.Join(", ", positions.Keys))}).");

    private void Connect(BetaKey key, BetaNode node)
    {
        Created(node);
        Created(node.Output);
        Register(node);
        key.Left.Children.Add(node);
        key.Right.Sinks.Add(node);
        _betaNodes.Add(key, node);
    }

    private T Created<T>(T node)
        where T : ReteNode
    {
        Count(node.Kind);
        return node;
    }

    private void Count(NodeKind kind) => _counts[kind] = _counts.GetValueOrDefault(kind) + 1;

    private void Register(IMemoryNode node) => node.MemoryIndex = _memoryCount++;

    /// <summary>What makes two beta nodes interchangeable: same inputs, same conditions.</summary>
    private sealed class BetaKey(NodeKind kind, TupleSourceNode left, AlphaMemoryNode right, ExpressionFingerprint[] conditions, ExpressionFingerprint[]? resultConditions)
        : IEquatable<BetaKey>
    {
        public TupleSourceNode Left { get; } = left;

        public AlphaMemoryNode Right { get; } = right;

        public bool Equals(BetaKey? other) =>
            other is not null && other.Kind == Kind && ReferenceEquals(other.Left, Left) && ReferenceEquals(other.Right, Right) &&
            other.Conditions.SequenceEqual(Conditions) &&
            (other.ResultConditions ?? []).SequenceEqual(ResultConditions ?? []);

        public override bool Equals(object? obj) => Equals(obj as BetaKey);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(Kind);
            hash.Add(Left);
            hash.Add(Right);
            foreach (var condition in Conditions)
            {
                hash.Add(condition);
            }

            return hash.ToHashCode();
        }

        private NodeKind Kind { get; } = kind;

        private ExpressionFingerprint[] Conditions { get; } = conditions;

        private ExpressionFingerprint[]? ResultConditions { get; } = resultConditions;
    }
}
