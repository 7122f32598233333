namespace PolicyTracker.Core.Accounts;

/// <summary>
/// The workspace roles, each including the one before it: analysts read everything, drafts included; editors
/// also write; admins also manage users.
/// </summary>
public static class Roles
{
    public const string Analyst = "Analyst";
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Analyst, Editor, Admin];

    /// <summary>For [Authorize(Roles = ...)]: who may enter the workspace at all.</summary>
    public const string Workspace = Analyst + "," + Editor + "," + Admin;

    /// <summary>Who may change records.</summary>
    public const string Editing = Editor + "," + Admin;
}
