using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;
using PolicyTracker.Core.Mail;
using PolicyTracker.Web.Background;
using PolicyTracker.Web.Health;

namespace PolicyTracker.Web.Mail;

/// <summary>Writes the mail of one purpose when it is sent, from the recipient alone; null when there is nothing to send.</summary>
public interface IMailComposer
{
    string Purpose { get; }

    Task<MimeMessage?> ComposeAsync(string recipient, CancellationToken cancellationToken);
}

/// <summary>
/// Sends the queued mail (<see cref="MailQueue"/>) through the SMTP server of <see cref="SmtpOptions"/>: woken when this
/// instance queues a mail, and every few seconds for mail queued elsewhere or due for a retry. A mail server that is
/// slow, refuses or is away delays only the mail, never a page.
/// </summary>
public sealed class MailOutbox(
    IServiceScopeFactory scopes, DatabaseStartup database, WakeSignal<MailOutbox> signal, IOptions<SmtpOptions> options, ILogger<MailOutbox> logger)
    : PollingWorker(database, logger)
{
    protected override TimeSpan Interval { get; } = TimeSpan.FromSeconds(5);

    protected override string FailureMessage => "The mail outbox could not read its queue; it tries again at its next look";

    protected override bool CanLook => options.Value.IsConfigured;

    protected override Task LookAsync(CancellationToken stoppingToken) => SendDueAsync(stoppingToken);

    protected override Task WaitAsync(TimeSpan wait, CancellationToken stoppingToken) => signal.WaitAsync(wait, stoppingToken);

    /// <summary>Sends every mail now due, one at a time.</summary>
    public async Task SendDueAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var queue = scope.ServiceProvider.GetRequiredService<MailQueue>();
            if (await queue.ClaimNextAsync(cancellationToken) is not { } mail)
            {
                return;
            }

            try
            {
                var composer = scope.ServiceProvider.GetServices<IMailComposer>().SingleOrDefault(c => c.Purpose == mail.Purpose);
                if (composer is null)
                {
                    logger.LogError("Queued mail {Id} has a purpose nothing writes ({Purpose}); dropped", mail.Id, mail.Purpose);
                }
                else if (await composer.ComposeAsync(mail.Recipient, cancellationToken) is { } message)
                {
                    await SendAsync(message, cancellationToken);
                }

                await queue.SentAsync(mail, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await queue.ReleaseAsync(mail);
                throw;
            }
            catch (Exception failure) when (failure is SmtpCommandException or SmtpProtocolException or MailKit.ServiceNotConnectedException
                                                or System.Net.Sockets.SocketException or IOException or TimeoutException
                                                || (failure is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                if (await queue.FailedAsync(mail, failure.Message, cancellationToken))
                {
                    logger.LogWarning(failure, "A {Purpose} mail could not be sent (attempt {Attempt}); it will be tried again", mail.Purpose, mail.Attempts + 1);
                }
                else
                {
                    logger.LogError(failure, "A {Purpose} mail could not be sent after {Attempts} attempts and was dropped", mail.Purpose, MailQueue.MaxAttempts);
                }
            }
        }
    }

    private async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        message.From.Clear();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

public static class MailSetup
{
    /// <summary>The mail queue and this instance's outbox; composers are added by the features that send mail.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.AddScoped(provider => new MailQueue(provider.GetRequiredService<Core.Data.PolicyTrackerDbContext>(), provider.GetRequiredService<TimeProvider>())
        {
            FirstRetryAfter = provider.GetRequiredService<IOptions<SmtpOptions>>().Value.FirstRetryAfter,
            Queued = provider.GetRequiredService<WakeSignal<MailOutbox>>().Wake,
        });
        services.AddSingleton<WakeSignal<MailOutbox>>();
        services.AddSingleton<MailOutbox>();
        services.AddHostedService(provider => provider.GetRequiredService<MailOutbox>());
        return services;
    }

    public const string NoSiteAddressWarning =
        "Accounts:Smtp:Host is set but Site:BaseUrl is not: links in mail are written only from Site:BaseUrl (never from a request's Host header), so no mail is sent until it is set.";

    public static void WarnWhenMailCannotBeSent(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<SmtpOptions>>().Value.IsConfigured && !app.Services.GetRequiredService<Security.SiteAddress>().IsConfigured)
        {
            app.Logger.LogWarning(NoSiteAddressWarning);
        }
    }
}
