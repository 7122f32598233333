namespace PolicyTracker.Core.Common;

/// <summary>Whoever is making the current change: a signed-in user, or the system itself.</summary>
public interface IActor
{
    string Name { get; }
}

public sealed class SystemActor(string name = "system") : IActor
{
    public string Name { get; } = name;
}
