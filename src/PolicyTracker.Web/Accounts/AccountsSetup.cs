using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Web.Mail;

namespace PolicyTracker.Web.Accounts;

/// <summary>
/// ASP.NET Core Identity on the app's own database: cookie sign-in, roles, second factors and password mail. Sign-in
/// attempts are limited per address with the other costly requests (<see cref="Security.RequestLimits"/>).
/// </summary>
public static class AccountsSetup
{
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static readonly TimeSpan SetPasswordLinkLifetime = TimeSpan.FromDays(3);

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<IdentityUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length and guessability (GuessablePasswords), no rules on make-up (ASVS 6.2.5).
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
            })
            .AddEntityFrameworkStores<PolicyTrackerDbContext>()
            .AddPasswordValidator<GuessablePasswords>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneUseAuthenticatorCodes>(TokenOptions.DefaultAuthenticatorProvider);
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.Cookie.Name = "PolicyTracker.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            // Secure whenever the reader's request is https, which behind a trusted proxy is what X-Forwarded-Proto says.
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // The antiforgery cookie, like the sign-in cookie, is Secure whenever the reader's request is https.
        services.Configure<AntiforgeryOptions>(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        // Cookies and antiforgery tokens must stay valid across restarts and instances: keys live in the database.
        services.AddDataProtection().SetApplicationName("PolicyTracker").PersistKeysToDbContext<PolicyTrackerDbContext>();
        // Every request checks the cookie's security stamp against the account, so a role change, a lock, a new
        // password or a sign-out ends the old cookie's access at its next request, not half an hour later.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.Zero;
            // Checking the stamp rebuilds the principal from the database, which knows nothing of how this session
            // signed in: keep its authentication method ("mfa" after a second factor), or every request would lose it.
            options.OnRefreshingPrincipal = refreshing =>
            {
                if (refreshing.CurrentPrincipal?.FindFirst("amr") is { } method && refreshing.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity
                    && !identity.HasClaim("amr", method.Value))
                {
                    identity.AddClaim(new System.Security.Claims.Claim("amr", method.Value));
                }

                return Task.CompletedTask;
            };
        });
        services.Configure<AccountsOptions>(configuration.GetSection("Accounts"));
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityState>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<IActor>(provider => provider.GetRequiredService<CurrentUser>());
        services.AddScoped<CircuitHandler, CircuitUserTracker>();
        services.AddScoped<AdministratorBootstrap>();
        services.AddMemoryCache();
        services.AddScoped<SignInThrottle>(); // Identity's normaliser is scoped; the counts live in the memory cache
        services.AddScoped<UserAdministration>();
        services.AddScoped<AccountAudit>();
        services.AddMail(configuration);
        services.AddScoped<PasswordMail>();
        services.AddScoped<PolicyTracker.Web.Mail.IMailComposer>(provider => provider.GetRequiredService<PasswordMail>());
        // A set-password link works once (using it changes the security stamp) and for three days at most.
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = SetPasswordLinkLifetime);

        return services;
    }

    /// <summary>
    /// Data protection warns at every new key that it stores keys unencrypted. That is this app's documented choice
    /// (docs/operations.md: the keys live in the database, protected with it and its backups), not a fault, so the
    /// notice is left out of the log; every other data-protection message stays.
    /// </summary>
    public static bool IsUnencryptedKeyNotice(Serilog.Events.LogEvent logEvent) =>
        logEvent.MessageTemplate.Text.StartsWith("No XML encryptor configured", StringComparison.Ordinal);

    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (HttpContext context, IAntiforgery antiforgery, SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users) =>
        {
            // The endpoint binds no form fields, so ASP.NET Core would not check the token by itself.
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest("The sign-out form has expired; reload the page and try again.");
            }

            // A new stamp makes every copy of the cookie worthless, not only the one this browser deletes.
            if (await users.GetUserAsync(context.User) is { } user)
            {
                await users.UpdateSecurityStampAsync(user);
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect("/");
        }).ExcludeFromDescription(); // the OpenAPI description is of the public read API
        endpoints.MapPasskeyOptions();
    }

    public const string TwoFactorSignInPath = "/account/two-factor";
    public const string ForgotPasswordPath = "/account/forgot-password";
    public const string TwoFactorSetupPath = "/account/two-factor-setup";

    /// <summary>
    /// What an account must do before the workspace (pages, downloads, import) opens to it: choose its own password
    /// if its password was written to the log; for an administrator, when required, have signed in with a second
    /// factor (set one up first if it has none). Until then it is sent to the page that does it, and nothing else runs.
    /// </summary>
    public static IApplicationBuilder UsePasswordChangeWhenRequired(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments("/workspace"))
        {
            return next(context);
        }

        var returnUrl = Uri.EscapeDataString(context.Request.Path + context.Request.QueryString);
        if (context.User.HasClaim(AdministratorBootstrap.PasswordChangeRequired, "true"))
        {
            context.Response.Redirect($"/account/password?returnUrl={returnUrl}");
            return Task.CompletedTask;
        }

        var options = context.RequestServices.GetRequiredService<IOptions<AccountsOptions>>().Value;
        if (options.RequireTwoFactorForAdmins && context.User.IsInRole(Roles.Admin) && !SignedInWithSecondFactor(context.User))
        {
            context.Response.Redirect($"{TwoFactorSetupPath}?returnUrl={returnUrl}");
            return Task.CompletedTask;
        }

        return next(context);
    });

    /// <summary>Identity marks a sign-in that passed a second factor with the authentication method "mfa".</summary>
    public static bool SignedInWithSecondFactor(System.Security.Claims.ClaimsPrincipal user) => user.HasClaim("amr", "mfa");

    /// <summary>
    /// Only addresses on this site are followed after signing in, never another host's, by ASP.NET Core's own rule
    /// for a local address (<see cref="Microsoft.AspNetCore.Http.HttpResults.RedirectHttpResult.IsLocalUrl"/>): a path
    /// from the root whose second character is not a slash or backslash, with no control character anywhere, since
    /// browsers drop tabs and line breaks and would read "/\t/evil.example" as "//evil.example".
    /// </summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is ['/', ..] && Microsoft.AspNetCore.Http.HttpResults.RedirectHttpResult.IsLocalUrl(returnUrl)
            ? returnUrl
            : "/workspace";
}
