using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PolicyTracker.Web.Accounts;

namespace PolicyTracker.Tests.Accounts;

/// <summary>
/// Passwords are judged by length and by how easily they are guessed, never by their make-up (OWASP ASVS 6.2.4, 6.2.5,
/// 6.2.9, 6.2.11): common and breached passwords, the site's own words and the account's address are refused; a long
/// phrase in lower case is fine.
/// </summary>
public class PasswordPolicyTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    [Theory]
    [InlineData("Password1234!")] // among the most used, dressed up
    [InlineData("qwertyuiop1234")] // a keyboard row
    [InlineData("PolicyTracker2026")] // the site's own name
    [InlineData("pipiraukusntib")] // the subject's words
    [InlineData("guessable.person@example.org")] // the account's own address
    public async Task A_guessable_password_is_refused_whatever_its_make_up(string password)
    {
        var result = await CreateAsync($"guessable.{Guid.NewGuid():N}@example.org", password);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Description == GuessablePasswords.Refusal);
    }

    [Theory]
    [InlineData("lantern oyster jubilee cobalt")] // lower case and spaces only: no rule on make-up
    [InlineData("a long passphrase is allowed to be very long indeed, well past sixty-four characters of it")]
    public async Task A_hard_to_guess_password_of_any_make_up_is_accepted(string password)
    {
        var result = await CreateAsync($"phrase.{Guid.NewGuid():N}@example.org", password);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    private async Task<IdentityResult> CreateAsync(string email, string password)
    {
        if (password.Contains('@'))
        {
            email = password; // the address itself as the password
        }

        await using var scope = fixture.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        return await users.CreateAsync(new IdentityUser { UserName = email, Email = email, EmailConfirmed = true }, password);
    }
}
