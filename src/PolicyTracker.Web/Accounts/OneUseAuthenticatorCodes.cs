using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OtpNet;

namespace PolicyTracker.Web.Accounts;

/// <summary>
/// Authenticator-app codes (RFC 6238), each accepted once: the time step of the last code an account used is kept,
/// and a code of that step or an earlier one is refused, so a code seen over a shoulder or in a proxy's log cannot
/// sign in a second time within its window (RFC 6238 §5.2). One step of clock drift is allowed either way.
/// Identity's own provider accepts any code of the last five steps as often as it is typed.
/// </summary>
public sealed class OneUseAuthenticatorCodes(TimeProvider clock) : AuthenticatorTokenProvider<IdentityUser>
{
    private const string TokenStore = "PolicyTracker";
    private const string LastStepUsed = "LastAuthenticatorStep";
    private static readonly VerificationWindow AllowedDrift = new(previous: 1, future: 1);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<IdentityUser> manager, IdentityUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token is not { Length: 6 } || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        if (!new Totp(Base32Encoding.ToBytes(key)).VerifyTotp(clock.GetUtcNow().UtcDateTime, token, out var step, AllowedDrift)
            || (long.TryParse(await manager.GetAuthenticationTokenAsync(user, TokenStore, LastStepUsed), CultureInfo.InvariantCulture, out var lastStep) && step <= lastStep))
        {
            return false;
        }

        // Saving checks the account's concurrency stamp: of two requests racing with one code, only one is accepted.
        try
        {
            return (await manager.SetAuthenticationTokenAsync(user, TokenStore, LastStepUsed, step.ToString(CultureInfo.InvariantCulture))).Succeeded;
        }
        catch (DbUpdateException)
        {
            return false; // the other request wrote the first step this account ever used
        }
    }
}
