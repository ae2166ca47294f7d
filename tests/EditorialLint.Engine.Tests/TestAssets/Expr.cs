using System.Linq.Expressions;
using EditorialLint.Engine.RuleModel;

namespace EditorialLint.Engine.Tests.TestAssets;

/// <summary>Types lambdas as expression trees; parameter names are the declaration names they bind to.</summary>
public static class Expr
{
    public static Expression<Func<T, bool>> If<T>(Expression<Func<T, bool>> condition) => condition;

    public static Expression<Func<T1, T2, bool>> If<T1, T2>(Expression<Func<T1, T2, bool>> condition) => condition;

    public static Expression<Func<T1, T2, T3, bool>> If<T1, T2, T3>(Expression<Func<T1, T2, T3, bool>> condition) => condition;

    public static Expression<Action<IContext>> Do(Expression<Action<IContext>> action) => action;

    public static Expression<Action<IContext, T>> Do<T>(Expression<Action<IContext, T>> action) => action;

    public static Expression<Action<IContext, T1, T2>> Do<T1, T2>(Expression<Action<IContext, T1, T2>> action) => action;
}
