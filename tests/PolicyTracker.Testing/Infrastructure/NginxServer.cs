using System.Diagnostics;

namespace PolicyTracker.Tests.Infrastructure;

/// <summary>
/// Debian's nginx (<c>.ci/run</c> installs it) running the project's own deploy/nginx.conf in front of app instances on
/// loopback ports, as docker-compose runs it in front of <c>app</c> and <c>app2</c>. Only addresses and paths are
/// changed; stopped when disposed.
/// </summary>
public sealed class NginxServer : IAsyncDisposable
{
    private readonly Process process;
    private readonly string folder;

    private NginxServer(Process process, string folder, int port)
    {
        this.process = process;
        this.folder = folder;
        Address = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri Address { get; }

    /// <summary>The project's proxy configuration, as checked in.</summary>
    public static string ProjectConfiguration() => File.ReadAllText(Path.Combine(Repository.Root, "deploy", "nginx.conf"));

    /// <summary>Starts nginx in front of the two instances at <paramref name="first"/> and <paramref name="second"/> (host:port).</summary>
    public static async Task<NginxServer> StartAsync(string first, string second)
    {
        var program = "/usr/sbin/nginx";
        if (!File.Exists(program))
        {
            throw new InvalidOperationException("The proxy tests need nginx, and it is not installed: `sudo apt-get install -y nginx-light`.");
        }

        var folder = Directory.CreateTempSubdirectory("policytracker-nginx-").FullName;
        var port = LoopbackPort.Free();
        var site = ProjectConfiguration()
            .Replace("server app:8080", $"server {first}")
            .Replace("server app2:8080", $"server {second}")
            .Replace("listen 80;", $"listen 127.0.0.1:{port};")
            .Replace("/var/cache/nginx/policytracker", Path.Combine(folder, "cache"));
        await File.WriteAllTextAsync(Path.Combine(folder, "policytracker.conf"), site);
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            {{(Environment.UserName == "root" ? "user root;" : "")}}
            daemon off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 512; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/client_body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include {{folder}}/policytracker.conf;
            }
            """);
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-e", Path.Combine(folder, "error.log") })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        if (await LoopbackPort.WaitUntilListeningAsync(port, process))
        {
            return new NginxServer(process, folder, port);
        }

        var error = File.Exists(Path.Combine(folder, "error.log")) ? await File.ReadAllTextAsync(Path.Combine(folder, "error.log")) : "";
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        throw new InvalidOperationException($"nginx did not start: {await process.StandardError.ReadToEndAsync()} {error}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
