using System.Net;
using System.Net.Sockets;

namespace PolicyTracker.Tests.Infrastructure;

/// <summary>A loopback port nothing listens on, for a throwaway server (PostgreSQL, Redis, nginx) the tests start.</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Whether <paramref name="server"/> came to accept connections on <paramref name="port"/> within 5 s (false if it exited).</summary>
    public static async Task<bool> WaitUntilListeningAsync(int port, System.Diagnostics.Process server)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return true;
            }
            catch (SocketException) when (!server.HasExited)
            {
                await Task.Delay(50);
            }
            catch (SocketException)
            {
                return false;
            }
        }

        return false;
    }
}
