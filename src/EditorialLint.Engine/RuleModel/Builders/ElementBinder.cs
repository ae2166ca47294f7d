using System.Linq.Expressions;

namespace EditorialLint.Engine.RuleModel.Builders;

/// <summary>
/// Turns builders into elements, binding lambda parameters by name to the declarations visible at each
/// point and rejecting anything that would not bind.
/// </summary>
internal sealed class ElementBinder(string ruleName)
{
    public (GroupElement LeftHandSide, ActionGroupElement RightHandSide) Bind(GroupBuilder leftHandSide, ActionGroupBuilder rightHandSide)
    {
        var scope = new Scope();
        var lhs = (GroupElement)BindGroup(leftHandSide, scope);
        var actions = new List<ActionElement>();
        foreach (var action in rightHandSide.Actions)
        {
            actions.Add(BindAction(action, scope));
        }

        return (lhs, new ActionGroupElement(actions));
    }

    private RuleElement BindGroup(GroupBuilder group, Scope scope)
    {
        if (group.GroupType == GroupType.And)
        {
            var children = group.Children.Select(child => BindChild(child, scope)).ToList();
            return new AndElement(children);
        }

        if (group.Children.Count == 0)
        {
            throw Invalid("an OR group needs at least one alternative.");
        }

        var before = scope.Visible.Keys.ToHashSet(StringComparer.Ordinal);
        var branches = new List<RuleElement>();
        var branchScopes = new List<Scope>();
        foreach (var child in group.Children)
        {
            var branchScope = scope.Copy();
            branches.Add(BindChild(child, branchScope));
            branchScopes.Add(branchScope);
        }

        foreach (var branchScope in branchScopes)
        {
            scope.Declared.UnionWith(branchScope.Declared);
        }

        // Only names bound on every alternative can be used after the OR.
        var common = branchScopes
            .Select(s => s.Visible.Keys.Where(k => !before.Contains(k)))
            .Aggregate((a, b) => a.Intersect(b, StringComparer.Ordinal))
            .ToList();
        foreach (var name in common)
        {
            scope.Visible[name] = branchScopes.SelectMany(s => s.Visible[name]).Distinct().ToList();
        }

        return new OrElement(branches);
    }

    private RuleElement BindChild(object child, Scope scope)
    {
        switch (child)
        {
            case PatternBuilder pattern:
                var element = BindPattern(pattern, scope);
                scope.Visible[pattern.Declaration.Name] = [pattern.Declaration];
                return element;
            case GroupBuilder group:
                return BindGroup(group, scope);
            case NotBuilder not:
                return new NotElement(BindPattern(not.Source ?? throw Invalid("a NOT has no pattern."), scope.Copy(scope.Declared)));
            case ExistsBuilder exists:
                return new ExistsElement(BindPattern(exists.Source ?? throw Invalid("an EXISTS has no pattern."), scope.Copy(scope.Declared)));
            default:
                throw new InvalidOperationException($"Unexpected builder {child.GetType().Name}.");
        }
    }

    private PatternElement BindPattern(PatternBuilder pattern, Scope scope)
    {
        var declaration = pattern.Declaration;
        Declare(declaration, scope);

        RuleElement? source = null;
        if (pattern.Source is { } aggregate)
        {
            if (aggregate.Name is null)
            {
                throw Invalid($"the aggregate of pattern '{declaration.Name}' has no aggregator; call Collect().");
            }

            var sourcePattern = aggregate.Source ?? throw Invalid($"the aggregate of pattern '{declaration.Name}' has no source pattern.");
            var bound = BindPattern(sourcePattern, scope.Copy(scope.Declared));
            var itemType = sourcePattern.Declaration.Type;
            if (!Rete.CollectionFactory.Fits(declaration.Type, itemType))
            {
                throw Invalid(
                    $"pattern '{declaration.Name}' collects {itemType.Name} facts, so its type must be " +
                    $"IEnumerable<{itemType.Name}> or IReadOnlyCollection<{itemType.Name}>, not {declaration.Type.Name}.");
            }

            source = new AggregateElement(aggregate.Name, declaration.Type, bound);
        }

        var own = scope.Copy(scope.Declared);
        own.Visible[declaration.Name] = [declaration];
        var conditions = new List<ExpressionElement>();
        foreach (var condition in pattern.Conditions)
        {
            if (condition.ReturnType != typeof(bool))
            {
                throw Invalid($"condition '{condition}' of pattern '{declaration.Name}' must return bool, not {condition.ReturnType.Name}.");
            }

            conditions.Add(new ExpressionElement(condition, Resolve(condition, condition.Parameters, own, "condition")));
        }

        return new PatternElement(declaration, conditions, source);
    }

    private ActionElement BindAction(LambdaExpression action, Scope scope)
    {
        if (action.Parameters.Count == 0 || action.Parameters[0].Type != typeof(IContext))
        {
            throw Invalid($"action '{action}' must take an IContext as its first parameter.");
        }

        return new ActionElement(action, Resolve(action, action.Parameters.Skip(1), scope, "action"));
    }

    private List<Declaration> Resolve(LambdaExpression expression, IEnumerable<ParameterExpression> parameters, Scope scope, string role)
    {
        var result = new List<Declaration>();
        foreach (var parameter in parameters)
        {
            if (parameter.Name is null || !scope.Visible.TryGetValue(parameter.Name, out var declarations))
            {
                var visible = scope.Visible.Count == 0 ? "none" : string.Join(", ", scope.Visible.Keys);
                throw Invalid(
                    $"{role} '{expression}' has parameter '{parameter.Name}' that binds to no declaration " +
                    $"visible there (visible: {visible}).");
            }

            foreach (var declaration in declarations)
            {
                if (!parameter.Type.IsAssignableFrom(declaration.Type))
                {
                    throw Invalid(
                        $"{role} '{expression}' has parameter '{parameter.Name}' of type {parameter.Type.Name}, " +
                        $"but the declaration is of type {declaration.Type.Name}.");
                }
            }

            result.Add(declarations[0]);
        }

        return result;
    }

    private void Declare(Declaration declaration, Scope scope)
    {
        if (!scope.Declared.Add(declaration.Name))
        {
            throw Invalid($"declaration '{declaration.Name}' is declared more than once.");
        }
    }

    private RuleValidationException Invalid(string problem) => new(ruleName, problem);

    private sealed class Scope
    {
        public Dictionary<string, List<Declaration>> Visible { get; private init; } = new(StringComparer.Ordinal);

        public HashSet<string> Declared { get; private init; } = new(StringComparer.Ordinal);

        /// <summary>A child scope: its own visible names, and either shared or copied declared names.</summary>
        public Scope Copy(HashSet<string>? sharedDeclared = null) => new()
        {
            Visible = new Dictionary<string, List<Declaration>>(Visible, StringComparer.Ordinal),
            Declared = sharedDeclared ?? new HashSet<string>(Declared, StringComparer.Ordinal),
        };
    }
}
