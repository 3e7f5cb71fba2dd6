using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Search.Pipeline.Crawling;
using Search.TestSupport;

namespace Search.Pipeline.Tests.Crawling;

/// <summary>RFC 9309 2.3 (access method, status codes, redirects) and 2.4 (caching), against a real Kestrel on 127.0.0.1.</summary>
public sealed class RobotsCacheTests : IAsyncLifetime
{
    private const string Agent = "RechercheCollectivitesBot";
    private LoopbackServer _server = null!;
    private readonly string _store = Path.Combine(Path.GetTempPath(), "robots-cache-" + Guid.NewGuid().ToString("N"));
    private readonly ManualClock _clock = new();

    /// <summary>What /robots.txt answers now.</summary>
    private Func<IResult> _robots = () => Results.Text("User-agent: *\nDisallow: /prive/\n");

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/robots.txt", () => _robots());
            app.MapGet("/hop/{n:int}", (int n) => n == 0 ? Results.Redirect("/real-robots.txt") : Results.Redirect($"/hop/{n - 1}"));
            app.MapGet("/real-robots.txt", () => Results.Text("User-agent: *\nDisallow: /apres-redirection/\n"));
        });
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        if (Directory.Exists(_store)) Directory.Delete(_store, recursive: true);
    }

    private (RobotsCache Cache, HttpFetcher Fetcher) NewCache()
    {
        var config = new CrawlConfig
        {
            AllowedAddresses = ["127.0.0.1"],
            IdleTimeoutSeconds = 20,
            DeadlineSeconds = 60,
            RetryAttempts = 1,
            HostFailureThreshold = 50,
        };
        var bodies = new BodyStore(_store);
        var fetcher = new HttpFetcher(config, bodies);
        return (new RobotsCache(fetcher, bodies, config, _clock), fetcher);
    }

    private async Task<RobotsDecision> CheckAsync(RobotsCache cache, string path)
    {
        var url = new Uri(_server.BaseUri, path);
        return (await cache.GetAsync(url, CancellationToken.None)).Check(Agent, url);
    }

    private int RobotsRequests => _server.Requests.Count(r => r.Path == "/robots.txt");

    [Fact]
    public async Task A_2xx_answer_gives_its_rules()
    {
        var (cache, fetcher) = NewCache();
        using (fetcher)
        {
            Assert.False((await CheckAsync(cache, "/prive/a.html")).Allowed);
            Assert.True((await CheckAsync(cache, "/public/a.html")).Allowed);
        }
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(410)]
    public async Task A_4xx_answer_means_no_rules(int status)
    {
        _robots = () => Results.StatusCode(status);
        var (cache, fetcher) = NewCache();
        using (fetcher) Assert.True((await CheckAsync(cache, "/prive/a.html")).Allowed);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task A_5xx_answer_disallows_everything(int status)
    {
        _robots = () => Results.StatusCode(status);
        var (cache, fetcher) = NewCache();
        using (fetcher)
        {
            var decision = await CheckAsync(cache, "/public/a.html");
            Assert.False(decision.Allowed);
            Assert.Contains($"HTTP {status}", decision.Reason);
            Assert.True((await CheckAsync(cache, "/robots.txt")).Allowed);
        }
    }

    [Fact]
    public async Task An_unreachable_server_disallows_everything()
    {
        // A port on 127.0.0.1 that was just closed: the connection is refused.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var (cache, fetcher) = NewCache();
        using (fetcher)
        {
            var url = new Uri($"http://127.0.0.1:{port}/public/a.html");
            var decision = (await cache.GetAsync(url, CancellationToken.None)).Check(Agent, url);
            Assert.False(decision.Allowed);
            Assert.Contains("unreachable", decision.Reason);
        }
    }

    [Fact]
    public async Task Five_redirects_are_followed_and_a_sixth_means_unavailable()
    {
        _robots = () => Results.Redirect("/hop/3"); // robots.txt -> hop/3 -> 2 -> 1 -> 0 -> real-robots.txt: 5 redirects
        var (cache, fetcher) = NewCache();
        using (fetcher)
        {
            Assert.False((await CheckAsync(cache, "/apres-redirection/a")).Allowed);
            Assert.True((await CheckAsync(cache, "/prive/a")).Allowed);
        }

        _robots = () => Results.Redirect("/hop/4"); // 6 redirects: treated as unavailable (a 4xx), so no rules
        (cache, fetcher) = NewCache();
        using (fetcher) Assert.True((await CheckAsync(cache, "/apres-redirection/a")).Allowed);
    }

    [Fact]
    public async Task The_answer_is_cached_for_a_day_at_most()
    {
        var (cache, fetcher) = NewCache();
        using (fetcher)
        {
            Assert.False((await CheckAsync(cache, "/prive/a")).Allowed);
            _robots = () => Results.Text("User-agent: *\nDisallow: /autre/\n");
            _clock.Advance(TimeSpan.FromHours(23));
            Assert.False((await CheckAsync(cache, "/prive/a")).Allowed);
            Assert.Equal(1, RobotsRequests);

            _clock.Advance(TimeSpan.FromHours(2));
            Assert.True((await CheckAsync(cache, "/prive/a")).Allowed);
            Assert.False((await CheckAsync(cache, "/autre/a")).Allowed);
            Assert.Equal(2, RobotsRequests);
        }
    }

    [Fact]
    public async Task Rules_read_before_stay_in_force_while_robots_txt_is_unreachable()
    {
        var (cache, fetcher) = NewCache();
        using (fetcher)
        {
            Assert.True((await CheckAsync(cache, "/public/a")).Allowed);
            _robots = () => Results.StatusCode(503);
            _clock.Advance(TimeSpan.FromHours(25));
            Assert.True((await CheckAsync(cache, "/public/a")).Allowed);
            Assert.False((await CheckAsync(cache, "/prive/a")).Allowed);
            Assert.Equal(2, RobotsRequests);
        }
    }

    [Fact]
    public async Task Only_the_first_500_KiB_of_a_large_file_are_used()
    {
        var big = "User-agent: *\nDisallow: /tete/\n" + new string('#', RobotsTxt.MaxBytes) + "\nDisallow: /queue/\n";
        _robots = () => Results.Text(big);
        var (cache, fetcher) = NewCache();
        using (fetcher)
        {
            Assert.False((await CheckAsync(cache, "/tete/a")).Allowed);
            Assert.True((await CheckAsync(cache, "/queue/a")).Allowed);
        }
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
