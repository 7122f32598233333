using System.Net;

namespace PolicyTracker.Core.Sources.Fetching;

/// <summary>
/// Whether an address is on the public internet. Fetching an address an editor typed must never reach the server's
/// own network (server-side request forgery): loopback, private, shared (carrier-grade NAT), link-local (cloud
/// metadata lives there), multicast, broadcast, reserved and unspecified addresses are refused, IPv4 ones also when
/// written inside IPv6.
/// </summary>
public static class PublicAddresses
{
    private static readonly IPNetwork[] NotPublic =
    [
        .. new[]
        {
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",
            "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "fc00::/7", "fe80::/10", "ff00::/8", "2001:db8::/32", "100::/64",
        }.Select(IPNetwork.Parse),
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        else if (Nat64.Contains(address))
        {
            // NAT64 carries an IPv4 address in its last four bytes.
            address = new IPAddress(address.GetAddressBytes()[12..]);
        }

        return !NotPublic.Any(range => range.Contains(address));
    }
}
