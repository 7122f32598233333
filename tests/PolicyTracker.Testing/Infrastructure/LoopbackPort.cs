using System.Net;
using System.Net.Sockets;

namespace PolicyTracker.Tests.Infrastructure;

/// <summary>A loopback port nothing listens on, for a throwaway server (PostgreSQL, Redis) the tests start.</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
