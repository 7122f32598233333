using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace PolicyTracker.Web.Accounts;

/// <summary>
/// Slows down guessing without handing anyone a way to lock someone else out: failures are counted per account
/// and client address, so five wrong passwords from one address stop that address trying that account until
/// 15 minutes pass without a failure, and the account's owner, elsewhere, still signs in. Administrators' own locks
/// are Identity's lockout. Counts live in this instance's memory; behind several instances each keeps its own (the
/// per-address rate limit bounds the total).
/// </summary>
public sealed class SignInThrottle(IMemoryCache cache, ILookupNormalizer normalizer)
{
    public static readonly TimeSpan BackOff = AccountsSetup.LockoutDuration;

    public bool IsHeldBack(string email, IPAddress? address) =>
        cache.TryGetValue(Key(email, address), out int failures) && failures >= AccountsSetup.MaxFailedSignIns;

    /// <summary>Counts one more failure; the count is forgotten once a whole back-off passes without another.</summary>
    public void Failed(string email, IPAddress? address)
    {
        var key = Key(email, address);
        cache.Set(key, (cache.TryGetValue(key, out int failures) ? failures : 0) + 1, BackOff);
    }

    public void Succeeded(string email, IPAddress? address) => cache.Remove(Key(email, address));

    /// <summary>
    /// Keyed on the address as Identity normalises it to find the account, so every spelling that reaches one account
    /// (a Kelvin sign for "K", other Unicode forms) shares one count.
    /// </summary>
    private string Key(string email, IPAddress? address) =>
        $"sign-in:{normalizer.NormalizeEmail(email.Trim())}|{address?.ToString() ?? "unknown"}";
}
