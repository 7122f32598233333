using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace PolicyTracker.Web.Accounts;

/// <summary>
/// Passkeys (WebAuthn, through ASP.NET Core Identity): staff register one or more on <see cref="ManagePath"/> and sign
/// in with one instead of a password. A passkey is a key held on the person's device and unlocked there with a PIN or
/// a fingerprint (user verification is required), so one sign-in proves both possession and knowledge: it counts as a
/// sign-in with a second factor, which administrators need (<see cref="AccountsSetup.SignedInWithSecondFactor"/>).
/// The browser side is <c>wwwroot/passkeys.js</c>; the options it asks for come from the two endpoints here.
/// </summary>
public static class Passkeys
{
    public const string ManagePath = "/account/passkeys";
    public const string SignInOptionsPath = "/account/passkey-sign-in-options";
    public const string CreationOptionsPath = "/account/passkey-creation-options";

    /// <summary>The form field passkeys.js fills with the authenticator's answer.</summary>
    public const string CredentialField = "PasskeyCredential";

    public const int NameMaxLength = 60;

    public static void MapPasskeyOptions(this IEndpointRouteBuilder endpoints)
    {
        // The options name no account: the browser offers whichever passkey it holds for this site, so asking tells
        // nobody which addresses have accounts.
        endpoints.MapPost(SignInOptionsPath, async (HttpContext context, IAntiforgery antiforgery, SignInManager<IdentityUser> signIn) =>
            await antiforgery.IsRequestValidAsync(context)
                ? Results.Content(await signIn.MakePasskeyRequestOptionsAsync(user: null), "application/json")
                : Results.BadRequest()).ExcludeFromDescription();
        endpoints.MapPost(CreationOptionsPath, async (HttpContext context, IAntiforgery antiforgery, SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context) || await users.GetUserAsync(context.User) is not { } user)
            {
                return Results.BadRequest();
            }

            var name = user.Email ?? user.UserName ?? user.Id;
            return Results.Content(await signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity { Id = user.Id, Name = name, DisplayName = name }), "application/json");
        }).RequireAuthorization().ExcludeFromDescription();
    }

    /// <summary>
    /// Signs in the owner of the passkey that answered, as having given a second factor; null when the answer does not
    /// prove a passkey of an account that may sign in.
    /// </summary>
    public static async Task<IdentityUser?> SignInAsync(SignInManager<IdentityUser> signIn, string credentialJson)
    {
        if (await ReadAnswerAsync(() => signIn.PerformPasskeyAssertionAsync(credentialJson)) is not { Succeeded: true } assertion
            || !await signIn.CanSignInAsync(assertion.User) || await signIn.UserManager.IsLockedOutAsync(assertion.User))
        {
            return null;
        }

        // The stored passkey keeps the authenticator's latest signature count and flags.
        await signIn.UserManager.AddOrUpdatePasskeyAsync(assertion.User, assertion.Passkey);
        await signIn.SignInWithClaimsAsync(assertion.User, isPersistent: false, [new Claim("amr", "mfa")]);
        return assertion.User;
    }

    /// <summary>The new passkey the browser's answer describes; null when the answer cannot be read.</summary>
    public static Task<PasskeyAttestationResult?> AttestAsync(SignInManager<IdentityUser> signIn, string credentialJson) =>
        ReadAnswerAsync(() => signIn.PerformPasskeyAttestationAsync(credentialJson));

    /// <summary>
    /// An authenticator's answer checked by Identity; null, refused rather than failed, when the answer is malformed or
    /// no options were asked for first (no ceremony underway).
    /// </summary>
    private static async Task<T?> ReadAnswerAsync<T>(Func<Task<T>> check) where T : class
    {
        try
        {
            return await check();
        }
        catch (Exception malformed) when (malformed is System.Text.Json.JsonException or PasskeyException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }
}
