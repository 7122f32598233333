using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Mail;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Accounts;

/// <summary>The outgoing mail queue in PostgreSQL: one sender per mail however many instances look, retries spaced out, nothing kept for ever.</summary>
public sealed class MailQueueTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.MigratedAsync(DatabaseProvider.Postgres, "mail-queue");

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Of_two_instances_looking_at_once_one_sends_a_mail_and_another_takes_it_over_only_if_the_first_stops()
    {
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        await new MailQueue(first, clock).EnqueueAsync("password-link", "someone@example.org");

        var claims = await Task.WhenAll(new MailQueue(first, clock).ClaimNextAsync(), new MailQueue(second, clock).ClaimNextAsync());

        Assert.Single(claims, c => c is not null);
        Assert.Null(await new MailQueue(second, clock).ClaimNextAsync());
        // The instance that claimed it stopped before sending: once its lease runs out, another takes the mail over.
        clock.Advance(MailQueue.Lease + TimeSpan.FromSeconds(1));
        Assert.Equal("someone@example.org", (await new MailQueue(second, clock).ClaimNextAsync())?.Recipient);
    }

    [Fact]
    public async Task A_failed_mail_waits_twice_as_long_each_time_and_is_dropped_after_the_last_attempt()
    {
        await using var db = database.CreateContext();
        var queue = new MailQueue(db, clock) { FirstRetryAfter = TimeSpan.FromSeconds(30) };
        await queue.EnqueueAsync("password-link", "someone@example.org");
        var waits = new List<TimeSpan>();

        for (var attempt = 1; attempt <= MailQueue.MaxAttempts; attempt++)
        {
            var mail = await queue.ClaimNextAsync();
            Assert.NotNull(mail);
            var kept = await queue.FailedAsync(mail, "Connection refused");
            Assert.Equal(attempt < MailQueue.MaxAttempts, kept);
            if (!kept)
            {
                break;
            }

            var next = await db.QueuedMail.AsNoTracking().Select(m => m.NextAttemptAt).SingleAsync();
            waits.Add(next - clock.GetUtcNow().UtcDateTime);
            Assert.Null(await queue.ClaimNextAsync()); // not due yet
            clock.SetUtcNow(new DateTimeOffset(next, TimeSpan.Zero));
        }

        Assert.Equal([30, 60, 120, 240, 480, 960, 1920, 3600, 3600], waits.Select(w => (int)w.TotalSeconds));
        Assert.False(await db.QueuedMail.AnyAsync());
    }
}
