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
    [InlineData("255.255.255.255", "reserved")]
    [InlineData("::1", "loopback")]
    [InlineData("::", "unspecified")]
    [InlineData("fc00::1", "unique local (private)")]
    [InlineData("fd12:3456::1", "unique local (private)")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("::ffff:10.0.0.1", "private (RFC 1918)")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:169.254.169.254", "link-local")]
    [InlineData("64:ff9b::a00:1", "private (RFC 1918)")]
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
    [InlineData("::ffff:8.8.8.8")]
    public void Allows_public_addresses(string ip) => Assert.Null(new AddressPolicy().Refusal(IPAddress.Parse(ip)));

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
