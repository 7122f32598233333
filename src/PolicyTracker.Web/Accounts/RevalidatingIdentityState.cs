using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace PolicyTracker.Web.Accounts;

/// <summary>
/// An open workspace tab (a circuit) has no requests to check its cookie on, so its user is checked again every
/// few seconds: once the account is gone, locked, or its security stamp has changed (a new role, a new password,
/// a sign-out elsewhere), the circuit's user becomes anonymous and every service refuses it.
/// </summary>
internal sealed class RevalidatingIdentityState(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    IOptions<IdentityOptions> identity,
    IOptions<AccountsOptions> accounts)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    private readonly ILogger logger = loggerFactory.CreateLogger<RevalidatingIdentityState>();

    protected override TimeSpan RevalidationInterval => accounts.Value.CircuitRevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        // While the server stops, the services a check needs are disposed under it. The tab is about to lose its
        // connection, and is checked afresh wherever it connects again.
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return true;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await IsStillValidAsync(scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>(), authenticationState.User);
        }
        catch (ObjectDisposedException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return true;
        }
        catch (Exception unreachable) when (Core.Data.StorageFailure.Is(unreachable))
        {
            // The base class would sign the tab out on any failure, so a database blip would end every editor's
            // session. Nothing can be written while the database is away; the next check, once it is back, decides.
            logger.LogWarning(unreachable, "Could not check a workspace tab's user; checking again later");
            return true;
        }
    }

    private async Task<bool> IsStillValidAsync(UserManager<IdentityUser> users, ClaimsPrincipal principal)
    {
        if (await users.GetUserAsync(principal) is not { } user || await users.IsLockedOutAsync(user))
        {
            return false;
        }

        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return !users.SupportsUserSecurityStamp || stamp == await users.GetSecurityStampAsync(user);
    }
}

/// <summary>The Accounts section: how quickly taken-away access ends, and what administrators must sign in with.</summary>
public sealed class AccountsOptions
{
    /// <summary>How often an open workspace tab's user is checked again.</summary>
    public TimeSpan CircuitRevalidationInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether an administrator must sign in with a second factor (an authenticator app) to use the workspace.</summary>
    public bool RequireTwoFactorForAdmins { get; set; } = true;
}
