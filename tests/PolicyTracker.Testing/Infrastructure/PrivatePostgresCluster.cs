using System.Diagnostics;

namespace PolicyTracker.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster only one test uses, so it can be frozen, restarted or run short of connections without
/// touching any other test's database. Removed when disposed.
/// </summary>
public sealed class PrivatePostgresCluster : IAsyncDisposable
{
    private readonly string folder;

    internal PrivatePostgresCluster((string ConnectionString, string Folder) started)
    {
        folder = started.Folder;
        Server = PostgresServer.For(started.ConnectionString);
    }

    public PostgresServer Server { get; }

    private string DataFolder => Path.Combine(folder, "data");

    /// <summary>
    /// Stops every process of the server with SIGSTOP, as a hung machine or a paused VM would: connections stay open
    /// and nothing answers, not even a refusal.
    /// </summary>
    public void Freeze() => Signal("STOP");

    public void Thaw() => Signal("CONT");

    /// <summary>A fast restart, as an operator's upgrade or a crash-restart does: every open connection is ended (57P01).</summary>
    public Task RestartAsync() => Task.Run(() => PostgresServer.ThrowawayCluster.Run(
        Path.Combine(PostgresServer.ThrowawayCluster.FindServerBinaries(), "pg_ctl"),
        ["-D", DataFolder, "-m", "fast", "-w", "restart"],
        asPostgres: Environment.UserName == "root"));

    public ValueTask DisposeAsync()
    {
        Thaw();
        PostgresServer.ThrowawayCluster.Remove(folder);
        return ValueTask.CompletedTask;
    }

    private void Signal(string signal)
    {
        var postmaster = int.Parse(File.ReadLines(Path.Combine(DataFolder, "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);
        var processes = new[] { postmaster }.Concat(ChildrenOf(postmaster)).Select(pid => pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var kill = Process.Start("kill", [$"-{signal}", .. processes])!;
        kill.WaitForExit();
    }

    private static IEnumerable<int> ChildrenOf(int parent)
    {
        foreach (var stat in Directory.GetDirectories("/proc").Select(d => Path.Combine(d, "stat")))
        {
            string line;
            try
            {
                line = File.ReadAllText(stat);
            }
            catch (IOException)
            {
                continue; // ended meanwhile
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            // "pid (name) state ppid ..."; the name may hold spaces, so read after its closing bracket.
            var fields = line[(line.LastIndexOf(')') + 2)..].Split(' ');
            if (int.TryParse(fields[1], out var ppid) && ppid == parent)
            {
                yield return int.Parse(line[..line.IndexOf(' ')], System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }
}
