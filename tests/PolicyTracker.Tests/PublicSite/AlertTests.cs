using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;
using PolicyTracker.Core.Alerts;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;
using PolicyTracker.Web.Alerts;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>
/// Email alerts without an account, on two app instances sharing one database and one mail server: double opt-in,
/// one confirmation per address per day, a publication mailed once to each confirmed subscriber of its thread (at once
/// or in the day's digest) and never to an unconfirmed one, and one-click unsubscribe (RFC 8058) that deletes the address.
/// </summary>
public sealed partial class AlertTests : IAsyncLifetime
{
    private SimpleSmtpServer smtp = null!;
    private TestDatabase database = null!;
    private PolicyTrackerApp first = null!;
    private PolicyTrackerApp second = null!;

    [GeneratedRegex(@"https?://\S+/alerts/confirm\?token=\S+")]
    private static partial Regex ConfirmLink();

    public async Task InitializeAsync()
    {
        smtp = SimpleSmtpServer.Start(LoopbackPort.Free());
        database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "alerts");
        first = StartApp();
        second = StartApp();
    }

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
        smtp.Stop();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task A_publication_reaches_each_confirmed_subscriber_of_its_thread_once_and_an_unconfirmed_one_never()
    {
        await RequestAsync(first, "agreement=pipir", "reader@example.org", AlertFrequency.Immediately);
        await RequestAsync(second, "agreement=pipir", "digest@example.org", AlertFrequency.DailyDigest);
        await RequestAsync(first, "agreement=pipir", "never-confirms@example.org", AlertFrequency.Immediately);
        // Asked again the same day, even for another thread: no second mail to that address.
        await RequestAsync(second, "kind=meeting", "never-confirms@example.org", AlertFrequency.Immediately);
        await Eventually.TrueAsync(() => smtp.ReceivedEmailCount >= 3, TimeSpan.FromSeconds(20), "three confirmations");
        await Task.Delay(TimeSpan.FromSeconds(6));
        Assert.Equal(3, smtp.ReceivedEmailCount);
        Assert.Single(MailsTo("never-confirms@example.org"));
        await ConfirmAsync(first, "reader@example.org");
        await ConfirmAsync(second, "digest@example.org");

        var pipirRecord = await PublishAsync("Alerted about PIPIR", aboutPipir: true);
        await PublishAsync("Not about PIPIR at all", aboutPipir: false);
        // Both instances look at the same moment: each subscriber's mail is queued once.
        var queued = await Task.WhenAll(DispatchAsync(first), DispatchAsync(second));
        Assert.Equal(2, queued.Sum());
        await Eventually.TrueAsync(() => AlertsTo("reader@example.org").Count == 1 && AlertsTo("digest@example.org").Count == 1, TimeSpan.FromSeconds(20), "the alerts");

        var alert = MailsTo("reader@example.org").Single(m => m.Headers["Subject"]!.StartsWith("PolicyTracker: ", StringComparison.Ordinal));
        Assert.Contains("Alerted about PIPIR", alert.MessageParts[0].BodyData);
        Assert.DoesNotContain("Not about PIPIR at all", alert.MessageParts[0].BodyData);
        Assert.Equal("List-Unsubscribe=One-Click", alert.Headers["List-Unsubscribe-Post"]);
        var unsubscribe = new Uri(alert.Headers["List-Unsubscribe"]!.Trim('<', '>'));
        Assert.Single(MailsTo("never-confirms@example.org"));

        // Another publication: the immediate subscriber hears of it, the digest has had today's.
        await PublishAsync("Alerted about PIPIR again", aboutPipir: true);
        Assert.Equal(1, (await Task.WhenAll(DispatchAsync(first), DispatchAsync(second))).Sum());
        await Eventually.TrueAsync(() => AlertsTo("reader@example.org").Count == 2, TimeSpan.FromSeconds(20), "the second alert");
        Assert.Contains("Alerted about PIPIR again", AlertsTo("reader@example.org")[1]);
        Assert.DoesNotContain("Alerted about PIPIR\r\n", AlertsTo("reader@example.org")[1]);
        await Task.Delay(TimeSpan.FromSeconds(6));
        Assert.Single(AlertsTo("digest@example.org"));
        Assert.Equal(0, (await Task.WhenAll(DispatchAsync(first), DispatchAsync(second))).Sum());

        // One click: a bare POST, no cookie, no form of ours; the address is gone.
        using var mailClient = second.CreateClient(new() { HandleCookies = false });
        FormUrlEncodedContent OneClick() => new([KeyValuePair.Create("List-Unsubscribe", "One-Click")]);
        var answer = await mailClient.PostAsync(unsubscribe.PathAndQuery, OneClick());
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        await using var db = database.CreateContext();
        Assert.False(await db.Set<AlertSubscription>().AnyAsync(s => s.Email == "reader@example.org"));
        var again = await mailClient.PostAsync(unsubscribe.PathAndQuery, OneClick());
        Assert.True(again.StatusCode == HttpStatusCode.NotFound, $"{(int)again.StatusCode}: {await again.Content.ReadAsStringAsync()}");
        var forged = await mailClient.PostAsync("/alerts/unsubscribe?token=forged", OneClick());
        Assert.True(forged.StatusCode == HttpStatusCode.NotFound, $"{(int)forged.StatusCode}: {await forged.Content.ReadAsStringAsync()}");
        Assert.NotEqual(Guid.Empty, pipirRecord);
    }

    [Fact]
    public async Task A_bad_address_or_thread_is_refused_with_a_message_and_nothing_is_stored()
    {
        var client = first.CreateClient();
        var form = await FormAsync(client, "/alerts/new?agreement=pipir");
        var answer = await client.PostAsync("/alerts/new?agreement=pipir", Fields(form, ("Input.Email", "<script>@x"), ("Input.Frequency", "Immediately")));

        Assert.Contains("Give an email address", await answer.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/alerts/new?agreement=Not%20A%20Slug!")).StatusCode);
        Assert.Contains("This link has expired", await client.GetStringAsync("/alerts/confirm?token=forged"));
        await using var db = database.CreateContext();
        Assert.False(await db.Set<AlertSubscription>().AnyAsync());
    }

    private PolicyTrackerApp StartApp()
    {
        var app = new PolicyTrackerApp(database, new Dictionary<string, string?>
        {
            ["Accounts:Smtp:Host"] = "127.0.0.1",
            ["Accounts:Smtp:Port"] = smtp.Configuration.Port.ToString(),
            ["Accounts:Smtp:Security"] = "None",
            ["Accounts:Smtp:FirstRetryAfter"] = "00:00:01",
            ["Accounts:SignInAttemptsPerMinute"] = "1000",
            ["Site:BaseUrl"] = "http://localhost",
        });
        app.CreateClient().Dispose();
        return app;
    }

    private List<SmtpMessage> MailsTo(string address) =>
        smtp.ReceivedEmail.Where(m => m.ToAddresses.Any(a => a.Address == address)).ToList();

    /// <summary>The alerts an address got, confirmations aside, oldest first.</summary>
    private List<string> AlertsTo(string address) =>
        MailsTo(address).Where(m => m.Headers["Subject"]?.StartsWith("PolicyTracker: ", StringComparison.Ordinal) == true)
            .Select(m => m.MessageParts[0].BodyData).OrderBy(body => body.Contains("PIPIR again", StringComparison.Ordinal)).ToList();

    private static async Task RequestAsync(PolicyTrackerApp app, string thread, string email, AlertFrequency frequency)
    {
        var client = app.CreateClient();
        var form = await FormAsync(client, $"/alerts/new?{thread}");
        var answer = await client.PostAsync($"/alerts/new?{thread}", Fields(form, ("Input.Email", email), ("Input.Frequency", frequency.ToString())));
        Assert.Contains("Check your inbox", await answer.Content.ReadAsStringAsync());
    }

    /// <summary>Follows the confirmation link in the address's mail and presses its button, as the reader would.</summary>
    private async Task ConfirmAsync(PolicyTrackerApp app, string email)
    {
        var link = new Uri(ConfirmLink().Match(MailsTo(email).Single().MessageParts[0].BodyData).Value);
        var client = app.CreateClient();
        var form = await FormAsync(client, link.PathAndQuery);
        var answer = await client.PostAsync(link.PathAndQuery, Fields(form));
        Assert.Contains("Confirmed", await answer.Content.ReadAsStringAsync());
    }

    private async Task<Guid> PublishAsync(string title, bool aboutPipir)
    {
        await using var db = database.CreateContext();
        var links = await KindSamples.LinksAsync(db);
        var content = KindSamples.Publishable(RecordKind.Event, title, links);
        if (aboutPipir)
        {
            content.AgreementIds.Add(links.Agreement);
        }

        Guid id = default;
        await first.EditAsync(async editor => id = await editor.PublishNewAsync(content));
        return id;
    }

    private static Task<int> DispatchAsync(PolicyTrackerApp app) =>
        AlertDispatcher.DispatchAsync(app.Services.GetRequiredService<IServiceScopeFactory>(), CancellationToken.None);

    /// <summary>The hidden fields of the page's form (its name and antiforgery token).</summary>
    private static async Task<List<KeyValuePair<string, string>>> FormAsync(HttpClient client, string path)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(path));
        return page.QuerySelectorAll("form input[type=hidden]").Select(i => KeyValuePair.Create(i.GetAttribute("name")!, i.GetAttribute("value") ?? "")).ToList();
    }

    private static FormUrlEncodedContent Fields(List<KeyValuePair<string, string>> hidden, params (string Name, string Value)[] fields) =>
        new(hidden.Concat(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))));
}
