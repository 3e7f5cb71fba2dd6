using System.Net;
using System.Net.Sockets;

namespace Search.Pipeline.Crawling;

/// <summary>
/// Which IP addresses the crawler may connect to. Loopback, private (RFC 1918, ULA), link-local
/// (cloud metadata 169.254.169.254 included), shared (CGNAT), multicast, unspecified and reserved
/// addresses are refused — IPv4-mapped and NAT64 IPv6 forms judged by the IPv4 address they carry —
/// unless an explicit exception allows them (tests allow 127.0.0.1). The check runs on the resolved
/// address just before connecting (see <see cref="HttpFetcher"/>), so DNS rebinding cannot dodge it.
/// </summary>
public sealed class AddressPolicy
{
    private static readonly (IPAddress Network, int Prefix, string Why)[] Forbidden =
    [
        (IPAddress.Parse("0.0.0.0"), 8, "unspecified"),
        (IPAddress.Parse("10.0.0.0"), 8, "private (RFC 1918)"),
        (IPAddress.Parse("100.64.0.0"), 10, "shared address space (CGNAT)"),
        (IPAddress.Parse("127.0.0.0"), 8, "loopback"),
        (IPAddress.Parse("169.254.0.0"), 16, "link-local"),
        (IPAddress.Parse("172.16.0.0"), 12, "private (RFC 1918)"),
        (IPAddress.Parse("192.0.0.0"), 24, "IETF protocol assignments"),
        (IPAddress.Parse("192.0.2.0"), 24, "documentation"),
        (IPAddress.Parse("192.168.0.0"), 16, "private (RFC 1918)"),
        (IPAddress.Parse("198.18.0.0"), 15, "benchmarking"),
        (IPAddress.Parse("198.51.100.0"), 24, "documentation"),
        (IPAddress.Parse("203.0.113.0"), 24, "documentation"),
        (IPAddress.Parse("224.0.0.0"), 4, "multicast"),
        (IPAddress.Parse("240.0.0.0"), 4, "reserved"),
        (IPAddress.Parse("::"), 128, "unspecified"),
        (IPAddress.Parse("::1"), 128, "loopback"),
        (IPAddress.Parse("fc00::"), 7, "unique local (private)"),
        (IPAddress.Parse("fe80::"), 10, "link-local"),
        (IPAddress.Parse("fec0::"), 10, "site-local"),
        (IPAddress.Parse("ff00::"), 8, "multicast"),
        (IPAddress.Parse("2001:db8::"), 32, "documentation"),
    ];

    private static readonly IPAddress Nat64 = IPAddress.Parse("64:ff9b::");

    private readonly List<(IPAddress Network, int Prefix)> _allowed = [];

    public AddressPolicy(IEnumerable<string>? allowed = null)
    {
        foreach (var entry in allowed ?? [])
        {
            if (!TryParseRange(entry, out var range)) throw new ArgumentException($"Not an IP address or CIDR range: '{entry}'", nameof(allowed));
            _allowed.Add(range);
        }
    }

    /// <summary>Null when the address may be contacted, else why not ("loopback", "private (RFC 1918)"…).</summary>
    public string? Refusal(IPAddress address)
    {
        if (_allowed.Any(a => InRange(address, a.Network, a.Prefix))) return null;
        var judged = Embedded(address) ?? address;
        if (_allowed.Any(a => InRange(judged, a.Network, a.Prefix))) return null;
        foreach (var (network, prefix, why) in Forbidden)
            if (InRange(judged, network, prefix)) return why;
        if (judged.AddressFamily == AddressFamily.InterNetwork && judged.Equals(IPAddress.Broadcast)) return "broadcast";
        return null;
    }

    public bool IsAllowed(IPAddress address) => Refusal(address) is null;

    /// <summary>The IPv4 address carried by an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible or NAT64 (64:ff9b::/96) IPv6 address.</summary>
    private static IPAddress? Embedded(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return null;
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4();
        var bytes = address.GetAddressBytes();
        if (InRange(address, Nat64, 96)) return new IPAddress(bytes[12..]);
        // IPv4-compatible ::a.b.c.d (deprecated, still routed by some stacks); :: and ::1 excluded.
        if (bytes[..12].All(b => b == 0) && !(bytes[12] == 0 && bytes[13] == 0 && bytes[14] == 0)) return new IPAddress(bytes[12..]);
        return null;
    }

    public static bool TryParseRange(string text, out (IPAddress Network, int Prefix) range)
    {
        range = default;
        var parts = text.Trim().Split('/');
        if (parts.Length is < 1 or > 2 || !IPAddress.TryParse(parts[0].Trim('[', ']'), out var ip)) return false;
        var max = ip.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        var prefix = max;
        if (parts.Length == 2 && (!int.TryParse(parts[1], out prefix) || prefix < 0 || prefix > max)) return false;
        range = (ip, prefix);
        return true;
    }

    private static bool InRange(IPAddress address, IPAddress network, int prefix)
    {
        if (address.AddressFamily != network.AddressFamily) return false;
        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        var full = prefix / 8;
        for (var i = 0; i < full; i++) if (a[i] != n[i]) return false;
        var rest = prefix % 8;
        if (rest == 0) return true;
        var mask = (byte)(0xFF << (8 - rest));
        return (a[full] & mask) == (n[full] & mask);
    }
}

/// <summary>A connection refused by the <see cref="AddressPolicy"/> before it was attempted.</summary>
public sealed class AddressRefusedException(string host, IPAddress address, string why)
    : Exception($"address policy: {host} resolves to {address} ({why}); not contacted")
{
    public string Host { get; } = host;
    public IPAddress Address { get; } = address;
    public string Why { get; } = why;
}
