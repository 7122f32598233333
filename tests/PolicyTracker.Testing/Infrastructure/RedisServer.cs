using System.Diagnostics;

namespace PolicyTracker.Tests.Infrastructure;

/// <summary>
/// A throwaway Redis server on a free loopback port, from the installed <c>redis-server</c> (a Debian package;
/// <c>.ci/run</c> installs it), stopped when disposed. Nothing is saved to disk.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly int port;

    private Process process;

    private RedisServer(Process process, int port)
    {
        this.process = process;
        this.port = port;
        Configuration = $"127.0.0.1:{port}";
    }

    /// <summary>The StackExchange.Redis configuration string: "127.0.0.1:port".</summary>
    public string Configuration { get; }

    public static async Task<RedisServer> StartAsync()
    {
        var port = LoopbackPort.Free();
        return new RedisServer(await StartProcessAsync(port), port);
    }

    /// <summary>Stops the server as a crash would (SIGKILL); <see cref="RestartAsync"/> brings an empty one back on the same port.</summary>
    public async Task StopAsync()
    {
        process.Kill();
        await process.WaitForExitAsync();
    }

    public async Task RestartAsync()
    {
        process.Dispose();
        process = await StartProcessAsync(port);
    }

    /// <summary>Freezes the server (SIGSTOP): connections stay open and nothing answers, as with a hung host.</summary>
    public void Freeze() => Signal("STOP");

    public void Thaw() => Signal("CONT");

    private void Signal(string signal) => Process.Start("kill", $"-{signal} {process.Id}")!.WaitForExit();

    private static async Task<Process> StartProcessAsync(int port)
    {
        var program = new[] { "/usr/bin/redis-server", "/usr/sbin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("The tests need redis-server, and it is not installed: `sudo apt-get install -y redis-server`.");
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        if (await LoopbackPort.WaitUntilListeningAsync(port, process))
        {
            return process;
        }

        process.Kill();
        throw new InvalidOperationException($"redis-server did not start on port {port}: {await process.StandardOutput.ReadToEndAsync()}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            Thaw();
            process.Kill();
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

}
