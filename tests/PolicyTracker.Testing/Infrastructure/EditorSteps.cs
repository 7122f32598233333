using PolicyTracker.Core.Editing;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Tests.Infrastructure;

/// <summary>Workflow steps tests take often, through the editor as a person would.</summary>
public static class EditorSteps
{
    /// <summary>Creates <paramref name="content"/>, sends it for review and publishes it; returns its id.</summary>
    public static async Task<Guid> PublishNewAsync(this RecordEditor editor, RecordContent content)
    {
        var id = await editor.CreateAsync(content);
        await editor.SubmitForReviewAsync(id, 1);
        await editor.PublishAsync(id, 2);
        return id;
    }
}
