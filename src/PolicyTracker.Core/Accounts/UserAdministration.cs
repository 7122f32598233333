using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;

namespace PolicyTracker.Core.Accounts;

public sealed record UserSummary(string Id, string Email, string Role, bool IsLockedOut);

/// <summary>
/// What administrators do to accounts. Each method checks, here on the server, that the acting user is an
/// administrator, whatever the page showed them.
/// </summary>
public sealed class UserAdministration(UserManager<IdentityUser> users)
{
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

    /// <summary>Creates an account with a generated password, returned once for the administrator to pass on.</summary>
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
        var password = AdministratorBootstrap.GeneratePassword();
        var user = new IdentityUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true };
        Check(await users.CreateAsync(user, password), "Email");
        Check(await users.AddToRolesAsync(user, RolesUpTo(role)), "Role");
        return password;
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

        Check(await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user)), "Role");
        Check(await users.AddToRolesAsync(user, RolesUpTo(role)), "Role");
        await users.UpdateSecurityStampAsync(user); // signs the user out elsewhere so the new role applies at once
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
    }

    /// <summary>Sets a new generated password, returned once for the administrator to pass on.</summary>
    public async Task<string> ResetPasswordAsync(ClaimsPrincipal actingUser, string userId)
    {
        Authorise(actingUser);
        var user = await FindAsync(userId);
        var password = AdministratorBootstrap.GeneratePassword();
        Check(await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password), "Password");
        return password;
    }

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
