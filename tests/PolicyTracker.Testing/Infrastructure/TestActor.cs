using System.Security.Claims;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Common;

namespace PolicyTracker.Tests.Infrastructure;

/// <summary>A signed-in user with chosen roles, for calling services directly as the workspace would.</summary>
public sealed class TestActor(string name, params string[] roles) : IActor
{
    public static readonly string[] AnalystRoles = [Roles.Analyst];
    public static readonly string[] EditorRoles = [Roles.Analyst, Roles.Editor];
    public static readonly string[] AdminRoles = [Roles.Analyst, Roles.Editor, Roles.Admin];

    public static TestActor Editor(string name = "editor@example.org") => new(name, EditorRoles);

    public string Name { get; } = name;

    public bool IsInRole(string role) => roles.Contains(role);

    /// <summary>The same user as a claims principal, as authentication would produce it.</summary>
    public static ClaimsPrincipal Principal(string name, IEnumerable<string> roles) =>
        new(new ClaimsIdentity(
            roles.Select(r => new Claim(ClaimTypes.Role, r)).Prepend(new Claim(ClaimTypes.Name, name)),
            authenticationType: "Test"));
}
