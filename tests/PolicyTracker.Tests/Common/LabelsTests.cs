using PolicyTracker.Tests.Infrastructure;
using PolicyTracker.Web.Components.Shared;

namespace PolicyTracker.Tests.Common;

/// <summary>Every value of every enumeration in the model reads as people say it, wherever it is shown.</summary>
public class LabelsTests
{
    public static TheoryData<Type> ModelEnums()
    {
        var types = new TheoryData<Type>();
        foreach (var type in EnumCodeNames.ModelEnums)
        {
            types.Add(type);
        }

        return types;
    }

    [Theory]
    [MemberData(nameof(ModelEnums))]
    public void Every_value_has_a_label_without_code_name_casing(Type enumType)
    {
        Assert.All(Enum.GetValues(enumType).Cast<Enum>(), value =>
        {
            var label = Labels.Of(value);
            Assert.False(string.IsNullOrWhiteSpace(label), $"{enumType.Name}.{value} has no label");
            Assert.False(EnumCodeNames.CodeNameCasing().IsMatch(label), $"{enumType.Name}.{value} reads \"{label}\"");
        });
    }

    [Fact]
    public void Labels_name_what_a_reader_would_not_guess_from_the_code_name()
    {
        Assert.Equal("In review", Labels.Of(Core.Common.PublicationState.InReview));
        Assert.Equal("In progress", Labels.Of(Core.Commitments.CommitmentStatus.InProgress));
        Assert.Equal("OIA release", Labels.Of(Core.Sources.SourceKind.OiaRelease));
        Assert.Equal("Training exercise", Labels.Of(Core.Events.EventKind.Exercise));
        Assert.Equal("Days (a span)", Labels.Of(Core.Common.DatePrecision.Span));
    }
}
