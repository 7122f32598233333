using System.Collections;
using System.Linq.Expressions;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Timeline;

/// <summary>
/// What one kind adds to its line of the timeline and its CSV (a meeting's place, a statement's words and speaker),
/// declared in the kind's registration (<see cref="RecordKindInfo.TimelineFields"/>) by <see cref="TimelineItem"/>
/// field: each a lambda of the kind's entity and of whether the list is the public's.
/// </summary>
public sealed class TimelineFields<TEntity> : IEnumerable<KeyValuePair<string, LambdaExpression>>
    where TEntity : TrackedRecord
{
    private readonly Dictionary<string, LambdaExpression> fields = new(StringComparer.Ordinal);

    public void Add<TValue>(string field, Expression<Func<TEntity, bool, TValue>> value) => fields.Add(field, value);

    public IEnumerator<KeyValuePair<string, LambdaExpression>> GetEnumerator() => fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// Fills a timeline query with the fields kinds declare: <see cref="Declared{T}"/> in a query stands for "this
/// record's <c>field</c> as its kind declares it, or the type's default for a kind that declares none", and
/// <see cref="Expand{TDelegate}"/> writes it out as <c>r is Meeting ? ((Meeting)r).Place : null</c> for every kind
/// that does. The timeline's one query so names no kind.
/// </summary>
public static class TimelineFields
{
    /// <summary>A placeholder, only ever inside a query given to <see cref="Expand{TDelegate}"/>.</summary>
    public static T Declared<T>(TrackedRecord record, bool publicOnly, string field) =>
        throw new InvalidOperationException($"{nameof(Declared)} stands in a query for {nameof(Expand)} to fill; it is never run.");

    public static Expression<TDelegate> Expand<TDelegate>(Expression<TDelegate> query) => (Expression<TDelegate>)new Filler().Visit(query);

    /// <summary>The kinds' declarations, checked once against the fields of <see cref="TimelineItem"/>.</summary>
    internal static IReadOnlyList<(RecordKindInfo Kind, string Field, LambdaExpression Value)> Declarations { get; } = Check(
        RecordKinds.All.SelectMany(kind => kind.TimelineFields.Select(field => (kind, field.Key, field.Value))).ToList());

    private static List<(RecordKindInfo, string, LambdaExpression)> Check(List<(RecordKindInfo Kind, string Field, LambdaExpression Value)> declarations)
    {
        var item = typeof(TimelineItem).GetConstructors().Single().GetParameters().ToDictionary(p => p.Name!, p => p.ParameterType);
        foreach (var (kind, field, value) in declarations)
        {
            if (!item.TryGetValue(field, out var type) || !type.IsAssignableFrom(value.ReturnType) && Nullable.GetUnderlyingType(type) != value.ReturnType)
            {
                throw new InvalidOperationException($"The {kind.Kind} registration declares a timeline field {field} of {value.ReturnType.Name}, which {nameof(TimelineItem)} does not have.");
            }
        }

        return declarations.Select(d => (d.Kind, d.Field, d.Value)).ToList();
    }

    private sealed class Filler : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression call)
        {
            if (call.Method.DeclaringType != typeof(TimelineFields) || call.Method.Name != nameof(Declared))
            {
                return base.VisitMethodCall(call);
            }

            var record = Visit(call.Arguments[0]);
            var publicOnly = Visit(call.Arguments[1]);
            var field = (string)((ConstantExpression)call.Arguments[2]).Value!;
            Expression filled = Expression.Default(call.Type);
            foreach (var (kind, _, value) in Declarations.Where(d => d.Field == field).Reverse())
            {
                var body = new Substitute(value.Parameters[0], Expression.Convert(record, kind.EntityType))
                    .Visit(new Substitute(value.Parameters[1], publicOnly).Visit(value.Body))!;
                filled = Expression.Condition(
                    Expression.TypeIs(record, kind.EntityType), body.Type == call.Type ? body : Expression.Convert(body, call.Type), filled);
            }

            return filled;
        }
    }
}
