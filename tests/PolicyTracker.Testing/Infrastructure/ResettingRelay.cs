using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace PolicyTracker.Tests.Infrastructure;

/// <summary>
/// A TCP relay on a loopback port in front of a server, which can reset every connection through it at once, with no
/// word from the server first: what a pooled database connection meets after a network fault, or when a restart's
/// reset outruns the server's "terminating connection" message.
/// </summary>
public sealed class ResettingRelay : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<Socket, byte> sockets = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;

    public ResettingRelay(string host, int port)
    {
        listener.Start();
        accepting = AcceptAsync(host, port);
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Ends every open connection with a TCP reset; new connections are relayed as before.</summary>
    public void ResetAll()
    {
        foreach (var socket in sockets.Keys)
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
            sockets.TryRemove(socket, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        ResetAll();
        await accepting.ContinueWith(_ => { });
    }

    private async Task AcceptAsync(string host, int port)
    {
        while (!stopping.IsCancellationRequested)
        {
            var client = await listener.AcceptSocketAsync(stopping.Token);
            var server = new Socket(SocketType.Stream, ProtocolType.Tcp);
            await server.ConnectAsync(host, port, stopping.Token);
            sockets[client] = 0;
            sockets[server] = 0;
            _ = PumpAsync(client, server);
            _ = PumpAsync(server, client);
        }
    }

    private static async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer)) > 0)
            {
                await to.SendAsync(buffer.AsMemory(0, read));
            }

            to.Shutdown(SocketShutdown.Send);
        }
        catch (Exception failure) when (failure is SocketException or ObjectDisposedException)
        {
            // One side was reset or closed: the relay's work for this pair is done.
        }
    }
}
