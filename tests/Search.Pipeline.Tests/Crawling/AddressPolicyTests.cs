using System.Net;
using Search.Pipeline.Crawling;

namespace Search.Pipeline.Tests.Crawling;

/// <summary>The address policy on IP literals: nothing here opens a connection.</summary>
public class AddressPolicyTests
{
    [Theory]
    [InlineData("10.0.0.1", "private (RFC 1918)")]
    [InlineData("10.255.255.255", "private (RFC 1918)")]
    [InlineData("172.16.0.1", "private (RFC 1918)")]
    [InlineData("172.31.255.254", "private (RFC 1918)")]
    [InlineData("192.168.1.1", "private (RFC 1918)")]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.8.9.10", "loopback")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("100.64.0.1", "shared address space (CGNAT)")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("255.255.255.255", "broadcast")]
    [InlineData("::1", "loopback")]
    [InlineData("::", "unspecified")]
    [InlineData("fc00::1", "unique local (private)")]
    [InlineData("fd12:3456::1", "unique local (private)")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("::ffff:10.0.0.1", "IPv4-mapped")]
    [InlineData("::ffff:127.0.0.1", "IPv4-mapped")]
    [InlineData("::ffff:169.254.169.254", "IPv4-mapped")]
    [InlineData("64:ff9b::a00:1", "NAT64 to 10.0.0.1: private (RFC 1918)")]
    public void Refuses_non_public_addresses(string ip, string why)
    {
        var policy = new AddressPolicy();
        Assert.Equal(why, policy.Refusal(IPAddress.Parse(ip)));
        Assert.False(policy.IsAllowed(IPAddress.Parse(ip)));
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("2001:4860:4860::8888")]
    public void Allows_public_addresses(string ip) => Assert.Null(new AddressPolicy().Refusal(IPAddress.Parse(ip)));

    // Every row of IANA's IPv4 special-purpose registry that is not globally reachable, edges included.
    [Theory]
    [InlineData("0.255.255.255", "unspecified")]
    [InlineData("100.127.255.255", "shared address space (CGNAT)")]
    [InlineData("192.0.0.0", "IETF protocol assignments")]
    [InlineData("192.0.0.170", "IETF protocol assignments")]
    [InlineData("192.0.0.255", "IETF protocol assignments")]
    [InlineData("192.0.2.77", "documentation")]
    [InlineData("192.88.99.0", "6to4 relay anycast (deprecated)")]
    [InlineData("192.88.99.255", "6to4 relay anycast (deprecated)")]
    [InlineData("198.18.0.0", "benchmarking")]
    [InlineData("198.19.255.255", "benchmarking")]
    [InlineData("198.51.100.7", "documentation")]
    [InlineData("203.0.113.9", "documentation")]
    [InlineData("239.255.255.250", "multicast")]
    [InlineData("240.0.0.1", "reserved")]
    [InlineData("255.255.255.254", "reserved")]
    public void Refuses_the_ipv4_special_purpose_ranges(string ip, string why) => Assert.Equal(why, new AddressPolicy().Refusal(IPAddress.Parse(ip)));

    // IANA's IPv6 special-purpose registry, and what lies outside global unicast.
    [Theory]
    [InlineData("::ffff:8.8.8.8", "IPv4-mapped")]
    [InlineData("::ffff:0:808:808", "IPv4-translated")]
    [InlineData("::ffff:0:a00:1", "IPv4-translated")]
    [InlineData("::8.8.8.8", "IPv4-compatible (deprecated)")]
    [InlineData("::10.0.0.1", "IPv4-compatible (deprecated)")]
    [InlineData("64:ff9b:1::808:808", "local-use IPv4/IPv6 translation")]
    [InlineData("64:ff9b:1:ffff::1", "local-use IPv4/IPv6 translation")]
    [InlineData("100::", "discard-only")]
    [InlineData("100::ffff:ffff:ffff:ffff", "discard-only")]
    [InlineData("2001::1", "Teredo")]
    [InlineData("2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo")]
    [InlineData("2001:0:ffff:ffff::", "Teredo")]
    [InlineData("2001:1::1", "IETF protocol assignments")]
    [InlineData("2001:2::1", "IETF protocol assignments")]
    [InlineData("2001:10::1", "IETF protocol assignments")]
    [InlineData("2001:1ff:ffff::1", "IETF protocol assignments")]
    [InlineData("2001:db8:1234::1", "documentation")]
    [InlineData("3fff::1", "documentation")]
    [InlineData("3fff:fff:ffff::1", "documentation")]
    [InlineData("fec0::1", "site-local")]
    [InlineData("100:0:0:1::", "reserved (not global unicast)")]
    [InlineData("4000::1", "reserved (not global unicast)")]
    [InlineData("5f00::1", "reserved (not global unicast)")]
    [InlineData("1fff:ffff::1", "reserved (not global unicast)")]
    public void Refuses_the_ipv6_special_purpose_ranges(string ip, string why) => Assert.Equal(why, new AddressPolicy().Refusal(IPAddress.Parse(ip)));

    // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) lead to the IPv4 address they carry: judged by it.
    [Theory]
    [InlineData("64:ff9b::7f00:1", "NAT64 to 127.0.0.1: loopback")]
    [InlineData("64:ff9b::c0a8:101", "NAT64 to 192.168.1.1: private (RFC 1918)")]
    [InlineData("64:ff9b::a9fe:a9fe", "NAT64 to 169.254.169.254: link-local")]
    [InlineData("64:ff9b::ffff:ffff", "NAT64 to 255.255.255.255: broadcast")]
    [InlineData("64:ff9b::6440:1", "NAT64 to 100.64.0.1: shared address space (CGNAT)")]
    [InlineData("2002:a00:1::", "6to4 to 10.0.0.1: private (RFC 1918)")]
    [InlineData("2002:7f00:1:1::5", "6to4 to 127.0.0.1: loopback")]
    [InlineData("2002:a9fe:a9fe::1", "6to4 to 169.254.169.254: link-local")]
    [InlineData("2002:ac10:1::1", "6to4 to 172.16.0.1: private (RFC 1918)")]
    [InlineData("2002::1", "6to4 to 0.0.0.0: unspecified")]
    public void Judges_nat64_and_6to4_by_the_ipv4_address_inside(string ip, string why) => Assert.Equal(why, new AddressPolicy().Refusal(IPAddress.Parse(ip)));

    // Globally reachable neighbours of the refused ranges, and NAT64/6to4 of public addresses.
    [Theory]
    [InlineData("1.1.1.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.0")]
    [InlineData("192.0.1.255")]
    [InlineData("192.31.196.1")]
    [InlineData("192.88.98.255")]
    [InlineData("192.88.100.0")]
    [InlineData("198.17.255.255")]
    [InlineData("198.20.0.0")]
    [InlineData("223.255.255.255")]
    [InlineData("2001:200::1")]
    [InlineData("2a01:e0c:1::1")]
    [InlineData("2620:4f:8000::1")]
    [InlineData("3fff:1000::1")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("64:ff9b::c1b3:1")]
    [InlineData("2002:808:808::1")]
    public void Allows_global_neighbours_and_public_addresses_behind_nat64_or_6to4(string ip) => Assert.Null(new AddressPolicy().Refusal(IPAddress.Parse(ip)));

    [Fact]
    public void An_exception_covers_every_ipv6_spelling_of_what_it_names()
    {
        var policy = new AddressPolicy(["127.0.0.1"]);
        Assert.True(policy.IsAllowed(IPAddress.Parse("64:ff9b::7f00:1")));
        Assert.True(policy.IsAllowed(IPAddress.Parse("2002:7f00:1::")));
        Assert.True(policy.IsAllowed(IPAddress.Parse("::ffff:0:7f00:1")));
        Assert.Equal("NAT64 to 127.0.0.2: loopback", policy.Refusal(IPAddress.Parse("64:ff9b::7f00:2")));
        Assert.Equal("IPv4-mapped", policy.Refusal(IPAddress.Parse("::ffff:10.0.0.1")));
    }

    [Fact]
    public void An_explicit_exception_allows_exactly_what_it_names()
    {
        var policy = new AddressPolicy(["127.0.0.1"]);
        Assert.True(policy.IsAllowed(IPAddress.Parse("127.0.0.1")));
        Assert.True(policy.IsAllowed(IPAddress.Parse("::ffff:127.0.0.1")));
        Assert.Equal("loopback", policy.Refusal(IPAddress.Parse("127.0.0.2")));
        Assert.Equal("loopback", policy.Refusal(IPAddress.Parse("::1")));
        Assert.Equal("private (RFC 1918)", policy.Refusal(IPAddress.Parse("10.0.0.1")));
    }

    [Fact]
    public void Cidr_exceptions_cover_their_range()
    {
        var policy = new AddressPolicy(["10.1.0.0/16"]);
        Assert.True(policy.IsAllowed(IPAddress.Parse("10.1.200.3")));
        Assert.False(policy.IsAllowed(IPAddress.Parse("10.2.0.1")));
        Assert.Throws<ArgumentException>(() => new AddressPolicy(["not-an-ip"]));
    }
}
