using System.Linq.Expressions;

namespace PolicyTracker.Core.Common;

/// <summary>Puts one expression where another stood: a lambda's parameter replaced by what it is applied to, inside a query.</summary>
internal sealed class Substitute(Expression from, Expression to) : ExpressionVisitor
{
    public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);

    /// <summary><paramref name="body"/> with its second parameter replaced by <paramref name="part"/> of its first: one query written in two pieces.</summary>
    public static Expression<Func<T, TResult>> Fill<T, TPart, TResult>(Expression<Func<T, TPart, TResult>> body, Expression<Func<T, TPart>> part)
    {
        var subject = body.Parameters[0];
        var filled = new Substitute(part.Parameters[0], subject).Visit(part.Body)!;
        return Expression.Lambda<Func<T, TResult>>(new Substitute(body.Parameters[1], filled).Visit(body.Body)!, subject);
    }
}
