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

    /// <summary>Opens a published record, changes its content, and publishes the change with a public note, as a correction.</summary>
    public static async Task CorrectAsync(this RecordEditor editor, Guid id, Action<RecordContent> change, string note = "Corrected in a test.")
    {
        var opened = await editor.OpenAsync(id);
        change(opened.Draft);
        await editor.SaveAsync(id, opened.Version, opened.Draft);
        await editor.SubmitForReviewAsync(id, opened.Version + 1);
        await editor.PublishAsync(id, opened.Version + 2, note);
    }
}
