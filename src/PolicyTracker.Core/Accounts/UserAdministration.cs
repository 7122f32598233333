using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.History;

namespace PolicyTracker.Core.Accounts;

public sealed record UserSummary(string Id, string Email, string Role, bool IsLockedOut);

/// <summary>
/// What administrators do to accounts. Each method checks, here on the server, that the acting user is an
/// administrator, whatever the page showed them.
/// </summary>
public sealed class UserAdministration(UserManager<IdentityUser> users, AccountAudit audit)
{
    /// <summary>The address of the page where a set-password link is used; the link carries the account and a one-time token.</summary>
    public const string SetPasswordPath = "/account/set-password";

    public async Task<IReadOnlyList<UserSummary>> ListAsync(ClaimsPrincipal actingUser)
    {
        Authorise(actingUser);
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync();
        var summaries = new List<UserSummary>(all.Count);
        foreach (var user in all)
        {
            var roles = await users.GetRolesAsync(user);
            summaries.Add(new UserSummary(user.Id, user.Email ?? user.UserName ?? "", HighestRole(roles), await users.IsLockedOutAsync(user)));
        }

        return summaries;
    }

    /// <summary>
    /// Creates an account with no password, and returns a one-time, expiring link (a path) at which its owner sets
    /// one. No password is ever made up and shown: the administrator passes on the link, the person chooses.
    /// </summary>
    public async Task<string> CreateAsync(ClaimsPrincipal actingUser, string email, string role)
    {
        Authorise(actingUser);
        var problems = new ValidationProblems();
        problems.Required("Email", email, 256);
        if (!Roles.All.Contains(role))
        {
            problems.Add("Role", $"\"{role}\" is not a role; choose one of {string.Join(", ", Roles.All)}.");
        }

        problems.ThrowIfInvalid("The new account");
        var user = new IdentityUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true };
        Check(await users.CreateAsync(user), "Email");
        Check(await users.AddToRolesAsync(user, RolesUpTo(role)), "Role");
        await audit.RecordAsync(user.Id, user.Email, RevisionAction.AccountCreated, NameOf(actingUser), after: new { Role = role });
        return await SetPasswordLinkAsync(user);
    }

    public async Task SetRoleAsync(ClaimsPrincipal actingUser, string userId, string role)
    {
        Authorise(actingUser);
        var user = await FindAsync(userId);
        if (!Roles.All.Contains(role))
        {
            throw new ValidationException("The role", [new ValidationProblem("Role", $"\"{role}\" is not a role.")]);
        }

        if (user.Id == users.GetUserId(actingUser) && role != Roles.Admin)
        {
            throw new ValidationException("The role", [new ValidationProblem("Role", "You cannot take away your own administrator role; ask another administrator.")]);
        }

        var was = HighestRole(await users.GetRolesAsync(user));
        Check(await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user)), "Role");
        Check(await users.AddToRolesAsync(user, RolesUpTo(role)), "Role");
        await users.UpdateSecurityStampAsync(user); // signs the user out elsewhere so the new role applies at once
        await audit.RecordAsync(user.Id, user.Email ?? "", RevisionAction.RoleChanged, NameOf(actingUser), new { Role = was }, new { Role = role });
    }

    public async Task SetLockedAsync(ClaimsPrincipal actingUser, string userId, bool locked)
    {
        Authorise(actingUser);
        var user = await FindAsync(userId);
        if (locked && user.Id == users.GetUserId(actingUser))
        {
            throw new ValidationException("The account", [new ValidationProblem("Account", "You cannot lock your own account.")]);
        }

        Check(await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null), "Account");
        if (!locked)
        {
            Check(await users.ResetAccessFailedCountAsync(user), "Account");
        }

        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(user.Id, user.Email ?? "", locked ? RevisionAction.Locked : RevisionAction.Unlocked, NameOf(actingUser));
    }

    /// <summary>
    /// Ends the account's password at once (and every session with it) and returns a one-time, expiring link at which
    /// its owner sets a new one: for a forgotten password, or an account that may have been misused.
    /// </summary>
    public async Task<string> ResetPasswordAsync(ClaimsPrincipal actingUser, string userId)
    {
        Authorise(actingUser);
        var user = await FindAsync(userId);
        if (await users.HasPasswordAsync(user))
        {
            Check(await users.RemovePasswordAsync(user), "Password");
        }

        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(user.Id, user.Email ?? "", RevisionAction.PasswordLinkIssued, NameOf(actingUser));
        return await SetPasswordLinkAsync(user);
    }

    private Task<string> SetPasswordLinkAsync(IdentityUser user) => SetPasswordLinkAsync(users, user);

    /// <summary>
    /// A link (a path) at which the account's owner sets a password. Made after the last change of the security stamp:
    /// setting the password changes it again, so the link works once.
    /// </summary>
    public static async Task<string> SetPasswordLinkAsync(UserManager<IdentityUser> users, IdentityUser user) =>
        $"{SetPasswordPath}?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(await users.GeneratePasswordResetTokenAsync(user))}";

    private static string NameOf(ClaimsPrincipal actingUser) => actingUser.Identity?.Name ?? "an administrator";

    /// <summary>Roles include the ones below them: an editor is also an analyst.</summary>
    public static IEnumerable<string> RolesUpTo(string role) => Roles.All.Take(Roles.All.ToList().IndexOf(role) + 1);

    private static string HighestRole(IList<string> roles) => Roles.All.LastOrDefault(roles.Contains) ?? "none";

    private static void Authorise(ClaimsPrincipal actingUser)
    {
        if (!actingUser.IsInRole(Roles.Admin))
        {
            throw new UnauthorizedAccessException("Only an administrator can manage accounts.");
        }
    }

    private async Task<IdentityUser> FindAsync(string userId) =>
        await users.FindByIdAsync(userId) ?? throw new ValidationException("The account", [new ValidationProblem("Account", "There is no such account.")]);

    private static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new ValidationException("The account", result.Errors.Select(e => new ValidationProblem(field, e.Description)).ToList());
        }
    }
}
