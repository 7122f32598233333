namespace PolicyTracker.Core.Common;

/// <summary>Whoever is making the current change: a signed-in user, or the system itself.</summary>
public interface IActor
{
    string Name { get; }

    /// <summary>Whether the actor holds <paramref name="role"/>; services check this before every write.</summary>
    bool IsInRole(string role);
}

/// <summary>Start-up work and tests: named, but holding no role, so it can never pass a service's role check by accident.</summary>
public sealed class SystemActor(string name = "system") : IActor
{
    public string Name { get; } = name;

    public bool IsInRole(string role) => false;
}

public static class ActorRoles
{
    /// <summary>The one role check every write service makes on the server, whatever the page showed.</summary>
    public static void Require(this IActor actor, string role)
    {
        if (!actor.IsInRole(role))
        {
            throw new UnauthorizedAccessException($"{actor.Name} may not do this: it needs the {role} role.");
        }
    }
}
