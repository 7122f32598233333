using System.Diagnostics;
using System.Net;
using System.Reflection;
using System.Text;
using AngleSharp.Html.Parser;
using PolicyTracker.Tests.Accounts;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Hosting;

/// <summary>
/// Every supported way of starting the app, as an operator would type it, in its own process: the README's
/// Development run, a Production run from source, and the output of <c>dotnet publish</c> (what the container runs:
/// the Dockerfile publishes and starts <c>dotnet PolicyTracker.Web.dll</c> in the publish folder). Each serves the home
/// page, the sign-in page and the workspace with every stylesheet, script, icon and manifest they reference.
/// </summary>
public class StartModesTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly string WebProject = Path.Combine(Repository.Root, "src", "PolicyTracker.Web");

    [Fact]
    public async Task The_readme_run_command_serves_every_asset_in_development() =>
        await ServesEveryAssetAsync("Development", "dotnet", ["run", "--no-build", "--project", WebProject], Repository.Root);

    [Fact]
    public async Task A_production_run_from_source_serves_every_asset() =>
        await ServesEveryAssetAsync("Production", "dotnet", ["run", "--no-build", "--no-launch-profile", "--project", WebProject], Repository.Root);

    [Fact]
    public async Task Published_output_serves_every_asset_in_production()
    {
        var folder = Directory.CreateTempSubdirectory("policytracker-publish-").FullName;
        try
        {
            // The build the tests run from is Debug; the container publishes Release the same way.
            var configuration = typeof(StartModesTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
            await RunToEndAsync("dotnet", ["publish", Path.Combine(WebProject, "PolicyTracker.Web.csproj"), "--no-build", "-c", configuration, "-o", folder]);
            await ServesEveryAssetAsync("Production", "dotnet", ["PolicyTracker.Web.dll"], folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task ServesEveryAssetAsync(string environment, string program, string[] arguments, string workingDirectory)
    {
        var port = LoopbackPort.Free();
        var database = Path.Combine(Path.GetTempPath(), $"policytracker-start-{Guid.NewGuid():N}.db");
        const string password = "Start-mode-password-5r8t!";
        var environmentVariables = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = environment,
            ["Database__ConnectionString"] = $"Data Source={database}",
            ["Accounts__AdminEmail"] = "admin@example.org",
            ["Accounts__AdminPassword"] = password,
            ["Accounts__RequireTwoFactorForAdmins"] = "false",
        };
        // On the command line, the address wins over the launch profile's.
        await using var app = AppProcess.Start(program, [.. arguments, "--urls", $"http://127.0.0.1:{port}"], workingDirectory, environmentVariables);
        try
        {
            using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}"),
            };
            await app.WaitUntilReadyAsync(client, TimeSpan.FromSeconds(120));

            var problems = new List<string>();
            foreach (var path in new[] { "/", "/account/login" })
            {
                problems.AddRange(await EveryAssetOfAsync(client, path, environment == "Development"));
            }

            var signIn = await AccountsFixture.PostFormAsync(client, "/account/login", new() { ["Input.Email"] = "admin@example.org", ["Input.Password"] = password });
            Assert.True(signIn.IsSuccessStatusCode, $"Signing in answered {(int)signIn.StatusCode}.");
            problems.AddRange(await EveryAssetOfAsync(client, "/workspace", environment == "Development"));

            Assert.True(problems.Count == 0, $"{environment} via `{program} {string.Join(' ', arguments)}`:\n{string.Join("\n", problems)}");
            if (environment == "Development")
            {
                // A first start as the README gives it, and a reader's first pages, log no warning an operator must
                // act on (a Production start warns of what production needs: AllowedHosts or Site:BaseUrl).
                foreach (var page in new[] { "/timeline", "/search?q=pipir", "/agreements/pipir", "/feed.atom" })
                {
                    Assert.True((await client.GetAsync(page)).IsSuccessStatusCode, page);
                }

                // The one allowed: the first-login notice, which tells the operator how to sign in.
                var warnings = app.Output.Split('\n')
                    .Where(line => line.Contains(" WRN] ", StringComparison.Ordinal) && !line.Contains("AdministratorBootstrap: First start", StringComparison.Ordinal))
                    .ToList();
                Assert.True(warnings.Count == 0, $"A Development start logged {warnings.Count} warnings:\n{string.Join("\n", warnings)}");
            }
        }
        finally
        {
            output.WriteLine(app.Output);
            File.Delete(database);
        }
    }

    /// <summary>
    /// Opens the page and every stylesheet, script, icon, image and manifest it references, and outside Development
    /// checks stylesheets and scripts may be kept a year; lists what failed.
    /// </summary>
    private static async Task<List<string>> EveryAssetOfAsync(HttpClient client, string path, bool isDevelopment)
    {
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return [$"{path} answered {(int)response.StatusCode}"];
        }

        var document = new HtmlParser().ParseDocument(html);
        var stylesAndScripts = document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
            .Concat(document.QuerySelectorAll("script[src]").Select(e => e.GetAttribute("src")!))
            .ToList();
        var assets = document.QuerySelectorAll("link[href]").Where(l => l.GetAttribute("rel") is "icon" or "manifest").Select(l => l.GetAttribute("href")!)
            .Concat(document.QuerySelectorAll("img[src]").Select(e => e.GetAttribute("src")!))
            .Concat(stylesAndScripts)
            .Distinct()
            .ToList();
        var problems = new List<string>();
        if (!assets.Any(a => a.Contains("MudBlazor", StringComparison.Ordinal) && a.EndsWith(".css", StringComparison.Ordinal)))
        {
            problems.Add($"{path} links no MudBlazor stylesheet: {string.Join(", ", assets)}");
        }

        // Pages set <base href="/">, so a relative reference is from the root.
        var baseAddress = new Uri(client.BaseAddress!, document.QuerySelector("base")?.GetAttribute("href") ?? path);
        foreach (var asset in assets)
        {
            using var answer = await client.GetAsync(new Uri(baseAddress, asset));
            var body = await answer.Content.ReadAsByteArrayAsync();
            if (answer.StatusCode != HttpStatusCode.OK || body.Length == 0)
            {
                problems.Add($"{path}: {asset} answered {(int)answer.StatusCode} with {body.Length} bytes");
            }

            // Fingerprinted, so a browser keeps it without asking again (the icon and manifest keep their names); in
            // Development the framework answers "no-cache" so that edited files are seen.
            if (!isDevelopment && stylesAndScripts.Contains(asset) && answer.Headers.CacheControl?.ToString() != "max-age=31536000, immutable")
            {
                problems.Add($"{path}: {asset} answered Cache-Control {answer.Headers.CacheControl}");
            }
        }

        return problems;
    }

    private static async Task RunToEndAsync(string program, string[] arguments)
    {
        await using var process = AppProcess.Start(program, arguments, Repository.Root, new Dictionary<string, string>());
        var exitCode = await process.WaitForExitAsync(TimeSpan.FromMinutes(5));
        Assert.True(exitCode == 0, $"`{program} {string.Join(' ', arguments)}` failed ({exitCode}):\n{process.Output}");
    }

    /// <summary>A process of its own, its output kept; it and its children are killed when disposed.</summary>
    private sealed class AppProcess : IAsyncDisposable
    {
        private readonly Process process;
        private readonly StringBuilder output = new();

        private AppProcess(Process process) => this.process = process;

        public string Output
        {
            get
            {
                lock (output)
                {
                    return output.ToString();
                }
            }
        }

        public static AppProcess Start(string program, string[] arguments, string workingDirectory, Dictionary<string, string> environment)
        {
            var start = new ProcessStartInfo(program)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // The test host's own settings must not leak into the app under test.
            foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal)).ToList())
            {
                start.Environment.Remove(inherited);
            }

            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }

            var started = new AppProcess(Process.Start(start)!);
            started.process.OutputDataReceived += (_, line) => started.Append(line.Data);
            started.process.ErrorDataReceived += (_, line) => started.Append(line.Data);
            started.process.BeginOutputReadLine();
            started.process.BeginErrorReadLine();
            return started;
        }

        public async Task WaitUntilReadyAsync(HttpClient client, TimeSpan limit)
        {
            var deadline = DateTime.UtcNow + limit;
            while (DateTime.UtcNow < deadline)
            {
                Assert.False(process.HasExited, $"The app stopped with exit code {(process.HasExited ? process.ExitCode : 0)}:\n{Output}");
                try
                {
                    if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(250);
            }

            Assert.Fail($"The app was not ready within {limit.TotalSeconds} s:\n{Output}");
        }

        public async Task<int> WaitForExitAsync(TimeSpan limit)
        {
            using var timeout = new CancellationTokenSource(limit);
            await process.WaitForExitAsync(timeout.Token);
            return process.ExitCode;
        }

        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }

        private void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
