using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Search.Pipeline.Indexing;

namespace Search.Pipeline.Crawling;

/// <summary>
/// The crawl configuration (sources.json): global fetch rules and the list of sources. Loaded and
/// validated by <see cref="CrawlConfigLoader"/>; every problem names the field at fault.
/// </summary>
public sealed record CrawlConfig
{
    /// <summary>Descriptive User-Agent with a contact URL, sent with every request.</summary>
    public string UserAgent { get; init; } = "RechercheCollectivitesBot/1.0 (+https://github.com/recherche-collectivites/search; crawler of public statistics)";

    /// <summary>The product token matched against robots.txt groups.</summary>
    public string RobotsAgent { get; init; } = "RechercheCollectivitesBot";

    /// <summary>
    /// Exceptions to the address policy: IP literals or CIDR ranges that may be contacted although
    /// loopback, private or link-local (tests allow "127.0.0.1"). Empty in production.
    /// </summary>
    public IReadOnlyList<string> AllowedAddresses { get; init; } = [];

    /// <summary>Cap on the decompressed bytes of one response (gzip bombs count what they expand to).</summary>
    public long MaxBodyBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Longest wait for the next bytes of a response (slow servers).</summary>
    public double IdleTimeoutSeconds { get; init; } = 20;

    /// <summary>Longest time for one whole response, headers and body.</summary>
    public double DeadlineSeconds { get; init; } = 120;

    public int MaxRedirects { get; init; } = 10;

    /// <summary>Attempts of one request on network errors, 429 and 5xx (the first included).</summary>
    public int RetryAttempts { get; init; } = 3;

    public double RetryBaseDelaySeconds { get; init; } = 1;

    /// <summary>A Retry-After longer than this gives up on the URL for this run.</summary>
    public double MaxRetryAfterSeconds { get; init; } = 120;

    /// <summary>
    /// Distinct URLs failing in a row (after their retries; a server asking to wait with Retry-After is not a failure)
    /// after which a host is paused (see <see cref="Frontier.HostTable"/>).
    /// </summary>
    public int HostFailureThreshold { get; init; } = 5;

    /// <summary>How long a paused host waits before it is contacted again in the same run; its URLs wait meanwhile.</summary>
    public double HostCoolDownSeconds { get; init; } = 300;

    /// <summary>Sitemaps (indexes and the sitemaps they list, each once) read per source and run.</summary>
    public int MaxSitemaps { get; init; } = 100;

    /// <summary>Cap on a robots.txt Crawl-delay.</summary>
    public double MaxCrawlDelaySeconds { get; init; } = 30;

    public double RobotsCacheHours { get; init; } = 24;

    public int MaxUrlLength { get; init; } = 2048;

    public IReadOnlyList<SourceConfig> Sources { get; init; } = [];
}

public static class SourceKinds
{
    public const string Web = "web";
    public const string Sru = "sru";
    public const string OpenDataSoft = "opendatasoft";
}

/// <summary>One source: a publisher's site (web) or a catalogue API (sru, opendatasoft).</summary>
public sealed record SourceConfig
{
    public string Id { get; init; } = "";
    public string Publisher { get; init; } = "";

    /// <summary>
    /// False (the default): the source's <see cref="Publisher"/> is the publisher of every document crawled from it,
    /// whatever its text says. True for a site that hosts several
    /// publishers' documents (a portal, the Cour des comptes and its chambers): the publisher inferred from each document
    /// comes first, the source's only when nothing is found.
    /// </summary>
    public bool MixedPublishers { get; init; }

    public string Kind { get; init; } = SourceKinds.Web;
    public IReadOnlyList<string> StartUrls { get; init; } = [];
    public IReadOnlyList<string> Sitemaps { get; init; } = [];

    /// <summary>
    /// Also read the sitemaps that the robots.txt of the start URLs' hosts lists (in scope). Off by default: a site's
    /// sitemap lists the whole site, and a source is usually a part of it.
    /// </summary>
    public bool RobotsSitemaps { get; init; }

    public IReadOnlyList<string> Feeds { get; init; } = [];

    /// <summary>Hosts that may be crawled; default: the hosts of the start URLs, sitemaps and feeds.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>Path prefixes that may be crawled; default: everything on the allowed hosts.</summary>
    public IReadOnlyList<string> PathPrefixes { get; init; } = [];

    /// <summary>Regexes (on the normalised URL) of HTML publication pages to index; empty: every HTML page.</summary>
    public IReadOnlyList<string> PublicationPatterns { get; init; } = [];

    /// <summary>Regexes of documents (PDF) to index; empty: every PDF.</summary>
    public IReadOnlyList<string> DocumentPatterns { get; init; } = [];

    /// <summary>Regexes of URLs never fetched.</summary>
    public IReadOnlyList<string> ExcludePatterns { get; init; } = [];

    public int MaxDepth { get; init; } = 3;
    public double DelaySeconds { get; init; } = 2;
    public int PageBudget { get; init; } = 1000;
    public double RecrawlHours { get; init; } = 24;
    public DefaultMetadata Defaults { get; init; } = new();

    public SruSettings? Sru { get; init; }
    public OpenDataSoftSettings? OpenDataSoft { get; init; }

    /// <summary>The <c>SearchDocument.Origin</c> of this source's documents.</summary>
    [JsonIgnore] public string Origin => "source:" + Id;

    /// <summary>What this source says of its documents' publisher, type and themes (see <see cref="SourceDefaults"/>).</summary>
    [JsonIgnore]
    public SourceDefaults IndexingDefaults => new(string.IsNullOrWhiteSpace(Publisher) ? null : Publisher, MixedPublishers, Defaults.Publisher, Defaults.Type)
    {
        Themes = Defaults.Themes,
    };
}

public sealed record DefaultMetadata
{
    public string? Publisher { get; init; }
    public string? Type { get; init; }
    public IReadOnlyList<string> Themes { get; init; } = [];
}

/// <summary>An SRU 1.2 endpoint (BNSP, Gallica): a CQL query, Dublin Core records, paged.</summary>
public sealed record SruSettings
{
    public string Endpoint { get; init; } = "";
    public string Query { get; init; } = "";
    public int PageSize { get; init; } = 50;
    public int MaxRecords { get; init; } = 1000;
}

/// <summary>An OpenDataSoft portal's catalogue API v2: its datasets become documents.</summary>
public sealed record OpenDataSoftSettings
{
    public string Portal { get; init; } = "";
    public string? Where { get; init; }
    public int PageSize { get; init; } = 100;
    public int MaxDatasets { get; init; } = 5000;
}

/// <summary>A configuration that cannot be used; the message names the field (JSON path) at fault.</summary>
public sealed class CrawlConfigException(string message, Exception? inner = null) : Exception(message, inner);

public static class CrawlConfigLoader
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static CrawlConfig Load(string path)
    {
        if (!File.Exists(path)) throw new CrawlConfigException($"Configuration file not found: {path}");
        return Parse(File.ReadAllText(path));
    }

    public static CrawlConfig Parse(string json)
    {
        CrawlConfig? config;
        try
        {
            config = JsonSerializer.Deserialize<CrawlConfig>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) ? "" : $" at '{e.Path}'";
            var what = e.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "unknown field" : "invalid value";
            throw new CrawlConfigException($"sources configuration: {what}{field}: {FirstSentence(e.Message)}", e);
        }
        if (config is null) throw new CrawlConfigException("sources configuration: the file is empty (null).");
        Validate(config);
        return config;
    }

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(". ", StringComparison.Ordinal);
        return i > 0 ? message[..i] : message;
    }

    public static void Validate(CrawlConfig c)
    {
        Require(!string.IsNullOrWhiteSpace(c.UserAgent), "$.userAgent", "must not be empty");
        Require(!string.IsNullOrWhiteSpace(c.RobotsAgent) && c.RobotsAgent.All(ch => char.IsAsciiLetter(ch) || ch is '_' or '-'), "$.robotsAgent", "must be a product token (letters, '_' and '-')");
        Require(c.MaxBodyBytes is >= 1024 and <= 2L * 1024 * 1024 * 1024, "$.maxBodyBytes", "must be between 1 KiB and 2 GiB");
        Require(c.IdleTimeoutSeconds is > 0 and <= 600, "$.idleTimeoutSeconds", "must be in (0, 600]");
        Require(c.DeadlineSeconds is > 0 and <= 3600, "$.deadlineSeconds", "must be in (0, 3600]");
        Require(c.MaxRedirects is >= 0 and <= 10, "$.maxRedirects", "must be between 0 and 10");
        Require(c.RetryAttempts is >= 1 and <= 10, "$.retryAttempts", "must be between 1 and 10");
        Require(c.RetryBaseDelaySeconds is >= 0 and <= 600, "$.retryBaseDelaySeconds", "must be in [0, 600]");
        Require(c.MaxRetryAfterSeconds is >= 0 and <= 3600, "$.maxRetryAfterSeconds", "must be in [0, 3600]");
        Require(c.HostFailureThreshold >= 1, "$.hostFailureThreshold", "must be at least 1");
        Require(c.HostCoolDownSeconds is >= 0 and <= 86400, "$.hostCoolDownSeconds", "must be in [0, 86400]");
        Require(c.MaxSitemaps is >= 1 and <= 50_000, "$.maxSitemaps", "must be between 1 and 50000");
        Require(c.MaxCrawlDelaySeconds is >= 0 and <= 300, "$.maxCrawlDelaySeconds", "must be in [0, 300]");
        Require(c.RobotsCacheHours is > 0 and <= 24, "$.robotsCacheHours", "must be in (0, 24] (RFC 9309: at most 24 hours)");
        Require(c.MaxUrlLength is >= 64 and <= 65536, "$.maxUrlLength", "must be between 64 and 65536");
        for (var i = 0; i < c.AllowedAddresses.Count; i++)
            Require(AddressPolicy.TryParseRange(c.AllowedAddresses[i], out _), $"$.allowedAddresses[{i}]", $"'{c.AllowedAddresses[i]}' is not an IP address or CIDR range");
        Require(c.Sources.Count > 0, "$.sources", "must list at least one source");

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < c.Sources.Count; i++)
        {
            var s = c.Sources[i];
            var at = $"$.sources[{i}]";
            Require(s is not null, at, "must be an object");
            Require(!string.IsNullOrWhiteSpace(s!.Id) && Regex.IsMatch(s.Id, "^[a-z0-9][a-z0-9-]{0,62}$"), at + ".id", "must be lower-case letters, digits and '-' (1-63 characters)");
            Require(ids.Add(s.Id), at + ".id", $"'{s.Id}' is used by another source");
            Require(!string.IsNullOrWhiteSpace(s.Publisher), at + ".publisher", "must not be empty");
            Require(s.Kind is SourceKinds.Web or SourceKinds.Sru or SourceKinds.OpenDataSoft, at + ".kind", "must be 'web', 'sru' or 'opendatasoft'");
            Require(s.MaxDepth is >= 0 and <= 50, at + ".maxDepth", "must be between 0 and 50");
            Require(s.DelaySeconds is >= 0 and <= 300, at + ".delaySeconds", "must be in [0, 300]");
            Require(s.PageBudget is >= 1 and <= 1_000_000, at + ".pageBudget", "must be between 1 and 1000000");
            Require(s.RecrawlHours is >= 0 and <= 24 * 365, at + ".recrawlHours", "must be in [0, 8760]");
            Urls(s.StartUrls, at + ".startUrls");
            Urls(s.Sitemaps, at + ".sitemaps");
            Urls(s.Feeds, at + ".feeds");
            for (var h = 0; h < s.AllowedHosts.Count; h++)
                Require(Uri.CheckHostName(s.AllowedHosts[h].Trim('[', ']')) != UriHostNameType.Unknown, $"{at}.allowedHosts[{h}]", $"'{s.AllowedHosts[h]}' is not a host name");
            for (var p = 0; p < s.PathPrefixes.Count; p++)
                Require(s.PathPrefixes[p].StartsWith('/'), $"{at}.pathPrefixes[{p}]", "must start with '/'");
            Patterns(s.PublicationPatterns, at + ".publicationPatterns");
            Patterns(s.DocumentPatterns, at + ".documentPatterns");
            Patterns(s.ExcludePatterns, at + ".excludePatterns");
            Require(s.Defaults is not null, at + ".defaults", "must be an object");
            switch (s.Kind)
            {
                case SourceKinds.Web:
                    Require(s.StartUrls.Count + s.Sitemaps.Count + s.Feeds.Count > 0, at + ".startUrls", "a web source needs start URLs, sitemaps or feeds");
                    break;
                case SourceKinds.Sru:
                    Require(s.Sru is not null, at + ".sru", "an 'sru' source needs an 'sru' object (endpoint, query)");
                    Require(IsHttpUrl(s.Sru!.Endpoint), at + ".sru.endpoint", "must be an absolute http(s) URL");
                    Require(!string.IsNullOrWhiteSpace(s.Sru.Query), at + ".sru.query", "must be a CQL query");
                    Require(s.Sru.PageSize is >= 1 and <= 1000, at + ".sru.pageSize", "must be between 1 and 1000");
                    Require(s.Sru.MaxRecords >= 1, at + ".sru.maxRecords", "must be at least 1");
                    break;
                case SourceKinds.OpenDataSoft:
                    Require(s.OpenDataSoft is not null, at + ".openDataSoft", "an 'opendatasoft' source needs an 'openDataSoft' object (portal)");
                    Require(IsHttpUrl(s.OpenDataSoft!.Portal), at + ".openDataSoft.portal", "must be an absolute http(s) URL");
                    Require(s.OpenDataSoft.PageSize is >= 1 and <= 100, at + ".openDataSoft.pageSize", "must be between 1 and 100");
                    Require(s.OpenDataSoft.MaxDatasets >= 1, at + ".openDataSoft.maxDatasets", "must be at least 1");
                    break;
            }
        }
    }

    private static void Urls(IReadOnlyList<string> urls, string at)
    {
        for (var i = 0; i < urls.Count; i++)
            Require(IsHttpUrl(urls[i]), $"{at}[{i}]", $"'{urls[i]}' is not an absolute http(s) URL");
    }

    private static void Patterns(IReadOnlyList<string> patterns, string at)
    {
        for (var i = 0; i < patterns.Count; i++)
        {
            try
            {
                _ = new Regex(patterns[i], RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                throw new CrawlConfigException($"sources configuration: {at}[{i}]: not a valid regular expression: {e.Message}", e);
            }
        }
    }

    internal static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps);

    private static void Require(bool condition, string field, string message)
    {
        if (!condition) throw new CrawlConfigException($"sources configuration: {field}: {message}");
    }
}
