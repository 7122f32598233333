namespace PolicyTracker.Web.Workspace.Editing;

/// <summary>The date fields of one form that hold an impossible or incomplete date, with their messages.</summary>
public sealed class InvalidDates
{
    private readonly Dictionary<object, string> messages = [];

    public IEnumerable<string> Messages => messages.Values;

    public bool Any => messages.Count > 0;

    public void Set(object field, string? message)
    {
        if (message is null)
        {
            messages.Remove(field);
        }
        else
        {
            messages[field] = message;
        }
    }
}
