using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PolicyTracker.Tests.Infrastructure;
using PolicyTracker.Web.Background;
using PolicyTracker.Web.Health;

namespace PolicyTracker.Tests.Hosting;

/// <summary>
/// What every background worker (link watch, mail outbox, alerts, open-data releases) gets from <see cref="PollingWorker"/>:
/// a failed look is a warning and the next look comes all the same, and stopping the app ends a long wait at once.
/// </summary>
public class PollingWorkerTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    [Fact]
    public async Task A_failed_look_is_logged_and_looked_again_and_stopping_ends_a_long_wait_at_once()
    {
        var logger = new RecordingLogger();
        var worker = new FailsFirstWorker(fixture.App.Services.GetRequiredService<DatabaseStartup>(), logger);

        await worker.StartAsync(CancellationToken.None);
        await Eventually.TrueAsync(() => worker.Looks >= 3, TimeSpan.FromSeconds(10), "a look after the failed one, and one more");
        var stopping = Stopwatch.StartNew();
        await worker.StopAsync(CancellationToken.None);

        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(2), $"Stopping took {stopping.ElapsedMilliseconds} ms in a wait of an hour.");
        var warning = Assert.Single(logger.Entries);
        Assert.Equal((LogLevel.Warning, FailsFirstWorker.Message), (warning.Level, warning.Message));
        Assert.IsType<InvalidOperationException>(warning.Failure);
    }

    private sealed class FailsFirstWorker(DatabaseStartup database, ILogger logger) : PollingWorker(database, logger)
    {
        public const string Message = "The test's look failed; it looks again";

        private int looks;

        public int Looks => Volatile.Read(ref looks);

        /// <summary>Quick looks at first; after the third, a wait of an hour that only stopping can end.</summary>
        protected override TimeSpan Interval => Looks >= 3 ? TimeSpan.FromHours(1) : TimeSpan.FromMilliseconds(20);

        protected override string FailureMessage => Message;

        protected override Task LookAsync(CancellationToken stoppingToken) =>
            Interlocked.Increment(ref looks) == 1 ? throw new InvalidOperationException("away") : Task.CompletedTask;
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<(LogLevel Level, string Message, Exception? Failure)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries)
            {
                Entries.Add((logLevel, formatter(state, exception), exception));
            }
        }
    }
}
