using Serilog.Core;
using Serilog.Events;

namespace PolicyTracker.Tests.Infrastructure;

/// <summary>
/// Every event the app logs, as text: its level, its message and every property, whether the message shows it or
/// not. Registered as a service, the app's logger takes it as a sink (ReadFrom.Services).
/// </summary>
public sealed class CapturingSink : ILogEventSink
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> events = new();

    public string Text => string.Join(Environment.NewLine, events);

    /// <summary>The warnings and errors only, one entry each (an exception's stack included).</summary>
    public IEnumerable<string> Problems => events.Where(e => e.StartsWith("Warning:", StringComparison.Ordinal) || e.StartsWith("Error:", StringComparison.Ordinal) || e.StartsWith("Fatal:", StringComparison.Ordinal));

    /// <summary>
    /// The problems cut to their start and their exceptions' types and messages: short enough for a failed
    /// assertion's message, which the test runner truncates.
    /// </summary>
    public IEnumerable<string> ProblemsInShort => Problems.Select(problem =>
        string.Join(" | ", problem.Split('\n').Where(line => line.Contains("Exception: ", StringComparison.Ordinal)).Prepend(problem[..Math.Min(problem.Length, 200)])));

    /// <summary>The log once it holds <paramref name="text"/>, or as it is after 20 s.</summary>
    public async Task<string> WaitForAsync(string text)
    {
        for (var waited = 0; waited < 400 && !Text.Contains(text, StringComparison.Ordinal); waited++)
        {
            await Task.Delay(50);
        }

        return Text;
    }

    public void Emit(LogEvent logEvent) =>
        events.Enqueue($"{logEvent.Level}: {logEvent.RenderMessage()} {string.Join(" ", logEvent.Properties.Select(p => $"{p.Key}={p.Value}"))} {logEvent.Exception}");
}
