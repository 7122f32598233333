namespace PolicyTracker.Tests.Infrastructure;

/// <summary>The repository the tests run from, for tests that read its own files (sample data, components).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PolicyTracker.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (PolicyTracker.sln) is not above the test's folder.");
    }
}
