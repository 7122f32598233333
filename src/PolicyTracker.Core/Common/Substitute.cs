using System.Linq.Expressions;

namespace PolicyTracker.Core.Common;

/// <summary>Puts one expression where another stood: a lambda's parameter replaced by what it is applied to, inside a query.</summary>
internal sealed class Substitute(Expression from, Expression to) : ExpressionVisitor
{
    public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
}
