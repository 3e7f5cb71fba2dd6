using System.Net;
using System.Net.Sockets;

namespace Search.Pipeline.Crawling;

/// <summary>
/// Which IP addresses the crawler may connect to, reviewed against IANA's IPv4 and IPv6 special-purpose
/// address registries. Refused: every range that is not globally reachable — loopback, private (RFC 1918,
/// ULA), link-local (cloud metadata 169.254.169.254 included), shared (CGNAT), documentation, benchmarking,
/// IETF protocol assignments, the deprecated 6to4 relay anycast, multicast, broadcast, unspecified and
/// reserved — and, in IPv6, everything outside global unicast (2000::/3): IPv4-mapped, IPv4-translated and
/// IPv4-compatible forms, discard-only (100::/64), local-use translation (64:ff9b:1::/48)… Teredo (2001::/32)
/// is refused with the rest of 2001::/23. Two forms are judged by the IPv4 address they carry instead: NAT64
/// (64:ff9b::/96, what DNS64 gives an IPv6-only crawler for an IPv4-only site) and 6to4 (2002::/16): a public
/// IPv4 inside is allowed, a private or loopback one refused. An explicit exception (tests allow 127.0.0.1)
/// allows the addresses it names, in any of their IPv6 spellings. The check runs on the resolved address
/// just before connecting (see <see cref="HttpFetcher"/>), so DNS rebinding cannot dodge it.
/// </summary>
public sealed class AddressPolicy
{
    /// <summary>Refused ranges, the first match naming the reason (so specific ranges come before the ranges holding them).</summary>
    private static readonly (IPAddress Network, int Prefix, string Why)[] Forbidden =
    [
        // IPv4 (IANA IPv4 special-purpose registry, plus multicast).
        (IPAddress.Parse("0.0.0.0"), 8, "unspecified"),
        (IPAddress.Parse("10.0.0.0"), 8, "private (RFC 1918)"),
        (IPAddress.Parse("100.64.0.0"), 10, "shared address space (CGNAT)"),
        (IPAddress.Parse("127.0.0.0"), 8, "loopback"),
        (IPAddress.Parse("169.254.0.0"), 16, "link-local"),
        (IPAddress.Parse("172.16.0.0"), 12, "private (RFC 1918)"),
        (IPAddress.Parse("192.0.0.0"), 24, "IETF protocol assignments"),
        (IPAddress.Parse("192.0.2.0"), 24, "documentation"),
        (IPAddress.Parse("192.88.99.0"), 24, "6to4 relay anycast (deprecated)"),
        (IPAddress.Parse("192.168.0.0"), 16, "private (RFC 1918)"),
        (IPAddress.Parse("198.18.0.0"), 15, "benchmarking"),
        (IPAddress.Parse("198.51.100.0"), 24, "documentation"),
        (IPAddress.Parse("203.0.113.0"), 24, "documentation"),
        (IPAddress.Parse("224.0.0.0"), 4, "multicast"),
        (IPAddress.Parse("255.255.255.255"), 32, "broadcast"),
        (IPAddress.Parse("240.0.0.0"), 4, "reserved"),
        // IPv6 (IANA IPv6 special-purpose registry), outside global unicast.
        (IPAddress.Parse("::"), 128, "unspecified"),
        (IPAddress.Parse("::1"), 128, "loopback"),
        (IPAddress.Parse("::ffff:0:0"), 96, "IPv4-mapped"),
        (IPAddress.Parse("::ffff:0:0:0"), 96, "IPv4-translated"),
        (IPAddress.Parse("::"), 96, "IPv4-compatible (deprecated)"),
        (IPAddress.Parse("64:ff9b:1::"), 48, "local-use IPv4/IPv6 translation"),
        (IPAddress.Parse("100::"), 64, "discard-only"),
        (IPAddress.Parse("fc00::"), 7, "unique local (private)"),
        (IPAddress.Parse("fe80::"), 10, "link-local"),
        (IPAddress.Parse("fec0::"), 10, "site-local"),
        (IPAddress.Parse("ff00::"), 8, "multicast"),
        // Inside global unicast.
        (IPAddress.Parse("2001::"), 32, "Teredo"),
        (IPAddress.Parse("2001::"), 23, "IETF protocol assignments"),
        (IPAddress.Parse("2001:db8::"), 32, "documentation"),
        (IPAddress.Parse("3fff::"), 20, "documentation"),
    ];

    private static readonly IPAddress GlobalUnicast = IPAddress.Parse("2000::");
    private static readonly IPAddress Nat64 = IPAddress.Parse("64:ff9b::");
    private static readonly IPAddress SixToFour = IPAddress.Parse("2002::");

    private readonly List<(IPAddress Network, int Prefix)> _allowed = [];

    public AddressPolicy(IEnumerable<string>? allowed = null)
    {
        foreach (var entry in allowed ?? [])
        {
            if (!TryParseRange(entry, out var range)) throw new ArgumentException($"Not an IP address or CIDR range: '{entry}'", nameof(allowed));
            _allowed.Add(range);
        }
    }

    /// <summary>Null when the address may be contacted, else why not ("loopback", "private (RFC 1918)", "NAT64 to 10.0.0.1: private (RFC 1918)"…).</summary>
    public string? Refusal(IPAddress address)
    {
        if (IsExcepted(address)) return null;
        var carried = Carried(address);
        if (carried is not null && IsExcepted(carried.Value.IPv4)) return null;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            // NAT64 and 6to4 are judged by the IPv4 address they lead to.
            if (InRange(address, Nat64, 96) || InRange(address, SixToFour, 16))
            {
                var (kind, ipv4) = carried!.Value;
                return Refusal(ipv4) is { } why ? $"{kind} to {ipv4}: {why}" : null;
            }
        }
        foreach (var (network, prefix, why) in Forbidden)
            if (InRange(address, network, prefix)) return why;
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && !InRange(address, GlobalUnicast, 3)) return "reserved (not global unicast)";
        return null;
    }

    public bool IsAllowed(IPAddress address) => Refusal(address) is null;

    private bool IsExcepted(IPAddress address) => _allowed.Any(a => InRange(address, a.Network, a.Prefix));

    /// <summary>The IPv4 address an IPv6 address carries, with the name of the form: IPv4-mapped, IPv4-translated, IPv4-compatible, NAT64 (64:ff9b::/96) or 6to4 (2002::/16).</summary>
    private static (string Kind, IPAddress IPv4)? Carried(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return null;
        var bytes = address.GetAddressBytes();
        if (address.IsIPv4MappedToIPv6) return ("IPv4-mapped", address.MapToIPv4());
        if (InRange(address, Nat64, 96)) return ("NAT64", new IPAddress(bytes[12..]));
        if (InRange(address, SixToFour, 16)) return ("6to4", new IPAddress(bytes[2..6]));
        if (bytes[..8].All(b => b == 0) && bytes[8] == 0xFF && bytes[9] == 0xFF && bytes[10] == 0 && bytes[11] == 0) return ("IPv4-translated", new IPAddress(bytes[12..]));
        // IPv4-compatible ::a.b.c.d; :: and ::1 excluded.
        if (bytes[..12].All(b => b == 0) && !(bytes[12] == 0 && bytes[13] == 0 && bytes[14] == 0)) return ("IPv4-compatible", new IPAddress(bytes[12..]));
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
