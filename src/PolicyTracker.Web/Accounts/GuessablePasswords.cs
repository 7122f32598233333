using Microsoft.AspNetCore.Identity;

namespace PolicyTracker.Web.Accounts;

/// <summary>
/// Refuses a password that is easy to guess, whatever its make-up: one of the passwords most used in breaches, a word
/// or a name from a dictionary, a keyboard pattern, or one close to the site's own words or the account's address
/// (zxcvbn, the estimator Dropbox published, in its .NET port). There are no rules on upper case, digits or symbols,
/// which make passwords harder to remember, not to guess (NIST SP 800-63B, OWASP ASVS 6.2.5); only length (12) and
/// this check.
/// </summary>
public sealed class GuessablePasswords : IPasswordValidator<IdentityUser>
{
    /// <summary>zxcvbn's scale: 3 is "safely unguessable", about 10^8 guesses or more.</summary>
    public const int MinimumScore = 3;

    /// <summary>The words of this site and its subject, which an attacker would try first against it (ASVS 6.1.2).</summary>
    public static readonly string[] ContextWords =
    [
        "policytracker", "policy", "tracker", "workspace", "editor", "analyst", "admin", "administrator", "password",
        "ntib", "pipir", "aukus", "pillar", "defence", "defense", "industrial", "newzealand", "aotearoa", "wellington",
    ];

    public const string Refusal =
        "This password is too easy to guess: it is a common password, a word or name, a pattern, or close to this site's words or your address. A phrase of four or more unrelated words works well.";

    public Task<IdentityResult> ValidateAsync(UserManager<IdentityUser> manager, IdentityUser user, string? password)
    {
        var addresses = new[] { user.Email, user.UserName }.OfType<string>().ToList();
        var personal = addresses.Concat(addresses.SelectMany(address => address.Split('@', '.', '-', '_')).Where(part => part.Length > 2));
        var strength = new Zxcvbn.Zxcvbn().EvaluatePassword(password ?? "", [.. ContextWords, .. personal]);
        return Task.FromResult(strength.Score >= MinimumScore
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "PasswordGuessable", Description = Refusal }));
    }
}
