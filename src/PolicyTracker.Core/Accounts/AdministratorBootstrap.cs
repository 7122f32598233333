using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace PolicyTracker.Core.Accounts;

/// <summary>
/// On first start, makes sure the roles exist and, when there is no user at all, creates the administrator.
/// Its password comes from configuration (Accounts:AdminPassword) or is generated here and written to the log
/// once; there is no default password anywhere in the code. A generated password has been in the log, so it must
/// be changed at the first sign-in before the workspace opens (<see cref="PasswordChangeRequired"/>).
/// </summary>
public sealed class AdministratorBootstrap(
    UserManager<IdentityUser> users,
    RoleManager<IdentityRole> roles,
    AccountAudit audit,
    ILogger<AdministratorBootstrap> logger)
{
    public const string DefaultAdminEmail = "admin@policytracker.local";

    /// <summary>A user claim: this account's password was shown somewhere (the log) and must be changed before work.</summary>
    public const string PasswordChangeRequired = "policytracker:password-change-required";

    /// <summary>Returns the password set for a newly created administrator, or null when users already existed.</summary>
    public async Task<string?> EnsureAsync(string? email, string? configuredPassword)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"create the {role} role");
            }
        }

        if (users.Users.Any())
        {
            return null;
        }

        email = string.IsNullOrWhiteSpace(email) ? DefaultAdminEmail : email.Trim();
        var password = string.IsNullOrEmpty(configuredPassword) ? GeneratePassword() : configuredPassword;
        var admin = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        Check(await users.CreateAsync(admin, password), "create the administrator");
        Check(await users.AddToRolesAsync(admin, UserAdministration.RolesUpTo(Roles.Admin)), "give the administrator its roles");
        await audit.RecordAsync(admin.Id, email, History.RevisionAction.AccountCreated, "first start", after: new { Role = Roles.Admin });
        if (string.IsNullOrEmpty(configuredPassword))
        {
            Check(await users.AddClaimAsync(admin, new System.Security.Claims.Claim(PasswordChangeRequired, "true")), "ask for a new password at first sign-in");
            // The one time a password is ever logged: the first sign-in needs it, and it must be changed there.
            logger.LogWarning(
                "First start: created the administrator {Email} with the generated password {Password}. Sign in at /account/login; you will be asked to change it.",
                email, password);
        }
        else
        {
            logger.LogWarning("First start: created the administrator {Email} with the password from configuration.", email);
        }

        return password;
    }

    /// <summary>24 random characters from all four character classes Identity's default rules ask for.</summary>
    public static string GeneratePassword()
    {
        const string lower = "abcdefghijkmnopqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789", symbols = "!@#$%^&*-_=+?";
        var all = lower + upper + digits + symbols;
        var chars = new[] { Pick(lower), Pick(upper), Pick(digits), Pick(symbols) }
            .Concat(Enumerable.Range(0, 20).Select(_ => Pick(all)))
            .ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);

        static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
