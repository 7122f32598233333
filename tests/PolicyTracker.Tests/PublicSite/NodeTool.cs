using System.Diagnostics;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>Runs the Node.js tools some tests check against (html-validate, frictionless-js), each from its own folder under tests/.</summary>
internal static class NodeTool
{
    /// <summary>Installs the folder's locked packages unless <paramref name="package"/> is there already.</summary>
    public static async Task InstallAsync(string folder, string package)
    {
        if (!File.Exists(Path.Combine(folder, "node_modules", package, "package.json")))
        {
            await RunAsync(folder, "npm", ["ci", "--no-audit", "--no-fund"]);
        }
    }

    /// <summary>Runs <paramref name="program"/> in <paramref name="folder"/>; fails the test on a non-zero exit unless told not to. Returns what it wrote.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string folder, string program, IEnumerable<string> arguments, bool allowFailure = false)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(allowFailure || process.ExitCode == 0, $"{program} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}: {await errors}{await output}");
        return (process.ExitCode, await output, await errors);
    }
}
