namespace Search.Pipeline.Crawling;

/// <summary>Why a URL was not fetched or not indexed; the API reports it in words.</summary>
public enum SkipKind
{
    Robots,
    Scope,
    Depth,
    Trap,
    TooLarge,
    AddressPolicy,
    Redirects,
    FetchError,
    HostPaused,
    NotAPublication,
    Gone,
}

/// <summary>The states of a URL in crawl.db.</summary>
public static class UrlStates
{
    /// <summary>Waiting in the frontier (discovered, or due again).</summary>
    public const string Queued = "queued";
    /// <summary>Fetched (200 or 304); <c>doc_url</c> says under which URL it is indexed, if it is.</summary>
    public const string Fetched = "fetched";
    /// <summary>Answered a redirect that was followed to another URL.</summary>
    public const string Redirected = "redirected";
    /// <summary>Not fetched, or fetched and not indexed, for a reason (robots, scope, size…).</summary>
    public const string Skipped = "skipped";
    /// <summary>The last visit failed (5xx, network, first 404).</summary>
    public const string Failed = "failed";
    /// <summary>404/410 on two successive visits: removed from the index.</summary>
    public const string Gone = "gone";
}

/// <summary>The kinds of URLs the crawler keeps.</summary>
public static class UrlKinds
{
    public const string Page = "page";
    public const string Sitemap = "sitemap";
    public const string Feed = "feed";
    public const string Record = "record";
}
