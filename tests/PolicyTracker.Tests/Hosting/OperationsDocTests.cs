using System.Text.RegularExpressions;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Hosting;

/// <summary>
/// The operations guide's restore and upgrade steps stop every app instance docker-compose.yml defines: one left
/// running would read and write a database being replaced, or run the old release on the new schema.
/// </summary>
public partial class OperationsDocTests
{
    [Theory]
    [InlineData("## Backup and restore (PostgreSQL)")]
    [InlineData("## Upgrading")]
    public void Each_step_that_stops_the_app_stops_every_instance_and_starts_them_again(string section)
    {
        var instances = AppInstances(Read("docker-compose.yml"));
        Assert.True(instances.Count >= 2, $"docker-compose.yml defines {string.Join(", ", instances)}");
        var commands = Commands(Section(Read("docs/operations.md"), section));

        var stop = Assert.Single(commands, c => c.StartsWith("docker compose stop", StringComparison.Ordinal));
        var start = Assert.Single(commands, c => c.StartsWith("docker compose start", StringComparison.Ordinal) || c.StartsWith("docker compose up", StringComparison.Ordinal));
        Assert.All(instances, instance =>
        {
            Assert.Contains(instance, Words(stop));
            Assert.Contains(instance, Words(start));
        });
        Assert.True(commands.IndexOf(stop) < commands.IndexOf(start));
    }

    [Fact]
    public void The_readme_runs_the_projects_proxy_configuration_changing_only_lines_it_has()
    {
        var configuration = Read("deploy/nginx.conf");
        var commands = string.Join('\n', Commands(Section(Read("README.md"), "### Two instances behind the proxy, without Docker")));

        var replaced = Regex.Matches(commands, @"-e 's\|(?<from>[^|]+)\|(?<to>[^|]+)\|'").Select(m => m.Groups["from"].Value).ToList();

        // Each compose service name in an upstream, and the listening port: an edit of nginx.conf that renames one
        // would leave the README's command silently changing nothing.
        Assert.Equal(["server app:8080", "server app2:8080", "listen 80;"], replaced);
        Assert.All(replaced, line => Assert.Contains(line, configuration));
        Assert.Contains("deploy/nginx.conf", commands);
    }

    /// <summary>The services built from the app's own image: `build: .`, or a YAML alias of such a service.</summary>
    private static List<string> AppInstances(string compose)
    {
        var built = ServiceWithAnchor().Matches(compose).Select(m => (Name: m.Groups["name"].Value, Anchor: m.Groups["anchor"].Value)).ToList();
        var names = built.Select(s => s.Name).ToList();
        names.AddRange(built.Where(s => s.Anchor.Length > 0)
            .SelectMany(s => Regex.Matches(compose, $@"^  (?<name>[a-z0-9-]+): \*{Regex.Escape(s.Anchor)}\s*$", RegexOptions.Multiline).Select(m => m.Groups["name"].Value)));
        return names;
    }

    // A service whose block (up to the next service) says "build: .".
    [GeneratedRegex(@"^  (?<name>[a-z0-9-]+):(?: &(?<anchor>[a-z0-9-]+))?\s*\n(?:(?!  [a-z0-9-]+:)(?:[^\n]*\n))*?    build: \.\s*$", RegexOptions.Multiline)]
    private static partial Regex ServiceWithAnchor();

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/operations.md has no \"{heading}\" section");
        var end = markdown.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    private static List<string> Commands(string section) =>
        Regex.Matches(section, "```\\n(?<block>.*?)```", RegexOptions.Singleline)
            .SelectMany(m => m.Groups["block"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();

    private static string[] Words(string command) => command.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Read(string path) => File.ReadAllText(Path.Combine(Repository.Root, path)).ReplaceLineEndings("\n");
}
