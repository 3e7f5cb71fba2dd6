using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Search.Pipeline.Crawling;

public enum FetchOutcome
{
    /// <summary>A response arrived (any status); its body, when 200, is in the store.</summary>
    Response,
    /// <summary>The body went over the size cap (counted on decompressed bytes).</summary>
    TooLarge,
    /// <summary>The address policy refused the host's address; nothing was sent.</summary>
    AddressRefused,
    /// <summary>Network error, idle timeout or deadline, after the retries.</summary>
    NetworkError,
    /// <summary>The host is paused after failures on several URLs (<see cref="Frontier.HostTable"/>); not contacted.</summary>
    HostPaused,
}

/// <summary>Conditional-GET validators of a previous fetch.</summary>
public sealed record Validators(string? ETag, string? LastModified);

/// <summary>One HTTP exchange (redirects are not followed here: see <see cref="RedirectFollower"/>).</summary>
public sealed record FetchResult
{
    public required Uri Url { get; init; }
    public required FetchOutcome Outcome { get; init; }
    public int Status { get; init; }
    public string? Location { get; init; }
    public string? ContentType { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    /// <summary>Canonical URL from an HTTP <c>Link: &lt;…&gt;; rel="canonical"</c> header.</summary>
    public string? LinkCanonical { get; init; }
    /// <summary>SHA-256 of the decompressed body, stored in the <see cref="BodyStore"/> (200 only).</summary>
    public string? BodyHash { get; init; }
    public long BodyBytes { get; init; }
    public string? Error { get; init; }
    public int Attempts { get; init; } = 1;
    public TimeSpan? RetryAfter { get; init; }

    public bool IsSuccess => Outcome == FetchOutcome.Response && Status is >= 200 and < 300;
    public bool IsRedirect => Outcome == FetchOutcome.Response && Status is 301 or 302 or 303 or 307 or 308 && Location is not null;
}

/// <summary>
/// The crawler's HTTP client: a descriptive User-Agent; one connection per host and the politeness of
/// <see cref="Hosts"/>; no automatic redirects; the address policy checked on the resolved address
/// inside the connect callback (then that very address is connected to); bodies streamed to the
/// content-addressed store with a cap on decompressed bytes, a per-read idle timeout and an overall
/// deadline; retries of one URL with exponential backoff honouring Retry-After; each URL's final
/// outcome given to <see cref="Hosts"/>, which pauses a host that fails on several URLs in a row.
/// </summary>
public sealed class HttpFetcher : IDisposable
{
    private readonly CrawlConfig _config;
    private readonly BodyStore _store;
    private readonly HttpClient _client;
    private readonly AddressPolicy _policy;
    private readonly TimeProvider _time;

    /// <summary>Requests actually sent (for tests and benchmarks).</summary>
    public int RequestsSent => _requests;
    private int _requests;
    public int ConditionalRequestsSent => _conditional;
    private int _conditional;

    /// <param name="time">The clock of politeness delays, retry waits and host pauses (the system's by default).</param>
    public HttpFetcher(CrawlConfig config, BodyStore store, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(config.RetryAttempts, 1, nameof(config.RetryAttempts));
        _time = time ?? TimeProvider.System;
        Hosts = new Frontier.HostTable(_time, config.HostFailureThreshold, TimeSpan.FromSeconds(config.HostCoolDownSeconds));
        _config = config;
        _store = store;
        _policy = new AddressPolicy(config.AllowedAddresses);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            MaxConnectionsPerServer = 1,
            UseCookies = false,
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(Math.Min(30, config.DeadlineSeconds)),
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(config.UserAgent);
    }

    public AddressPolicy Policy => _policy;

    /// <summary>Each host's politeness and health.</summary>
    public Frontier.HostTable Hosts { get; }

    /// <summary>Called when a failure pauses a host: the URL that failed, the end of the pause (for the crawl log).</summary>
    public Action<Uri, DateTimeOffset>? Paused { get; init; }

    /// <summary>Resolves the host, refuses forbidden addresses before any connection, connects to the first allowed one.</summary>
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        AddressRefusedException? refused = null;
        foreach (var address in addresses)
        {
            var why = _policy.Refusal(address);
            if (why is not null)
            {
                refused ??= new AddressRefusedException(host, address, why);
                continue;
            }
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                if (address.Equals(addresses[^1])) throw;
            }
        }
        throw refused ?? new AddressRefusedException(host, IPAddress.None, "no address");
    }

    /// <summary>Refusal reason when the URL's host is an IP literal the policy forbids (names are checked at connect time).</summary>
    public string? LiteralRefusal(Uri url) =>
        IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && _policy.Refusal(ip) is { } why ? $"address policy: {ip} ({why})" : null;

    /// <summary>
    /// GETs one URL (no redirect following), with politeness and retries; a host that is paused is not contacted. The
    /// final outcome tells <see cref="Hosts"/> whether the host works: a response does, a 5xx, 429 or network error does
    /// not — unless the server asked to wait (429 or 503 with Retry-After), which is not held against it.
    /// </summary>
    public async Task<FetchResult> FetchAsync(Uri url, Validators? validators = null, CancellationToken cancellationToken = default)
    {
        if (Hosts.PausedUntil(url) is { } until)
            return new FetchResult { Url = url, Outcome = FetchOutcome.HostPaused, Error = $"host paused after failures on several URLs, until {Until(until)}", Attempts = 0 };
        if (LiteralRefusal(url) is { } refusal) return new FetchResult { Url = url, Outcome = FetchOutcome.AddressRefused, Error = refusal, Attempts = 0 };

        FetchResult result = null!;
        var failed = false;
        for (var attempt = 1; attempt <= _config.RetryAttempts; attempt++)
        {
            using (await Hosts.TakeTurnAsync(url, cancellationToken).ConfigureAwait(false))
                result = await SendAsync(url, validators, cancellationToken).ConfigureAwait(false) with { Attempts = attempt };
            failed = result.Outcome == FetchOutcome.NetworkError
                     || (result.Outcome == FetchOutcome.Response && (result.Status >= 500 || result.Status == 429));
            if (!failed || attempt == _config.RetryAttempts) break;
            var wait = result.RetryAfter ?? TimeSpan.FromSeconds(_config.RetryBaseDelaySeconds * Math.Pow(2, attempt - 1));
            if (wait.TotalSeconds > _config.MaxRetryAfterSeconds) break;
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
        var askedToWait = result.RetryAfter is not null && result.Status is 429 or 503;
        if (failed)
        {
            if (!askedToWait && Hosts.Failed(url) is { } pause) Paused?.Invoke(url, pause);
        }
        else if (result.Outcome == FetchOutcome.Response) Hosts.Succeeded(url);
        return result;
    }

    /// <summary>The end of a pause in words.</summary>
    public static string Until(DateTimeOffset until) =>
        until == DateTimeOffset.MaxValue ? "the end of the run" : until.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private async Task<FetchResult> SendAsync(Uri url, Validators? validators, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(_config.DeadlineSeconds));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (validators?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag)) request.Headers.IfNoneMatch.Add(tag);
        if (validators?.LastModified is { } lm && DateTimeOffset.TryParse(lm, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since)) request.Headers.IfModifiedSince = since;
        if (request.Headers.IfNoneMatch.Count > 0 || request.Headers.IfModifiedSince is not null) Interlocked.Increment(ref _conditional);
        Interlocked.Increment(ref _requests);
        try
        {
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);
            idle.CancelAfter(TimeSpan.FromSeconds(_config.IdleTimeoutSeconds));
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, idle.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var result = new FetchResult
            {
                Url = url,
                Outcome = FetchOutcome.Response,
                Status = status,
                Location = response.Headers.Location is { } loc ? (loc.IsAbsoluteUri ? loc : new Uri(url, loc)).AbsoluteUri : null,
                ContentType = response.Content.Headers.ContentType?.MediaType,
                ETag = response.Headers.ETag?.ToString(),
                LastModified = response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture),
                LinkCanonical = CanonicalFromLinkHeader(response, url),
                RetryAfter = RetryAfter(response),
            };
            if (status != 200) return result;
            if (response.Content.Headers.ContentLength is { } declared && declared > _config.MaxBodyBytes && response.Content.Headers.ContentEncoding.Count == 0)
                return result with { Outcome = FetchOutcome.TooLarge, Error = $"body of {declared} bytes over the cap of {_config.MaxBodyBytes}" };
            var (hash, bytes, tooLarge) = await ReadBodyAsync(response, deadline.Token).ConfigureAwait(false);
            if (tooLarge) return result with { Outcome = FetchOutcome.TooLarge, Error = $"body over the cap of {_config.MaxBodyBytes} bytes (decompressed)", BodyBytes = bytes };
            return result with { BodyHash = hash, BodyBytes = bytes };
        }
        catch (Exception e) when (FindRefusal(e) is { } refused)
        {
            return new FetchResult { Url = url, Outcome = FetchOutcome.AddressRefused, Error = refused.Message };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var what = deadline.IsCancellationRequested ? $"deadline of {_config.DeadlineSeconds:0.#} s exceeded" : $"no data for {_config.IdleTimeoutSeconds:0.#} s (idle timeout)";
            return new FetchResult { Url = url, Outcome = FetchOutcome.NetworkError, Error = what };
        }
        catch (Exception e) when (e is HttpRequestException or IOException or SocketException or InvalidDataException)
        {
            return new FetchResult { Url = url, Outcome = FetchOutcome.NetworkError, Error = Describe(e) };
        }
    }

    /// <summary>Streams the body to a temporary file, hashing; stops at the cap; each read has the idle timeout.</summary>
    private async Task<(string? Hash, long Bytes, bool TooLarge)> ReadBodyAsync(HttpResponseMessage response, CancellationToken deadline)
    {
        var temp = _store.NewTempFile();
        long total = 0;
        try
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            await using (var input = await response.Content.ReadAsStreamAsync(deadline).ConfigureAwait(false))
            {
                var buffer = new byte[81920];
                while (true)
                {
                    using var idle = CancellationTokenSource.CreateLinkedTokenSource(deadline);
                    idle.CancelAfter(TimeSpan.FromSeconds(_config.IdleTimeoutSeconds));
                    var read = await input.ReadAsync(buffer, idle.Token).ConfigureAwait(false);
                    if (read == 0) break;
                    total += read;
                    if (total > _config.MaxBodyBytes)
                    {
                        await output.DisposeAsync().ConfigureAwait(false);
                        File.Delete(temp);
                        return (null, total, true);
                    }
                    sha.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), deadline).ConfigureAwait(false);
                }
            }
            var hash = Convert.ToHexStringLower(sha.GetHashAndReset());
            _store.Commit(temp, hash);
            return (hash, total, false);
        }
        catch
        {
            try { File.Delete(temp); } catch (IOException) { }
            throw;
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header is null) return null;
        if (header.Delta is { } delta) return delta;
        if (header.Date is { } date) return date - _time.GetUtcNow() is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero;
        return null;
    }

    /// <summary>The target of <c>Link: &lt;url&gt;; rel="canonical"</c>, resolved against the request URL.</summary>
    public static string? CanonicalFromLinkHeader(HttpResponseMessage response, Uri url)
    {
        if (!response.Headers.TryGetValues("Link", out var values)) return null;
        foreach (var value in values)
        {
            foreach (var part in SplitLinks(value))
            {
                var close = part.IndexOf('>');
                if (!part.TrimStart().StartsWith('<') || close < 0) continue;
                var target = part[(part.IndexOf('<') + 1)..close].Trim();
                var parameters = part[(close + 1)..].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (parameters.Any(p => p.Replace(" ", "").Trim().ToLowerInvariant() is var q
                                        && q.StartsWith("rel=", StringComparison.Ordinal)
                                        && q[4..].Trim('"').Split(' ').Contains("canonical")))
                    return UrlNormalizer.Normalize(target, url);
            }
        }
        return null;
    }

    private static IEnumerable<string> SplitLinks(string header)
    {
        var start = 0;
        var inAngle = false;
        var inQuote = false;
        for (var i = 0; i < header.Length; i++)
        {
            var c = header[i];
            if (c == '<' && !inQuote) inAngle = true;
            else if (c == '>' && !inQuote) inAngle = false;
            else if (c == '"' && !inAngle) inQuote = !inQuote;
            else if (c == ',' && !inAngle && !inQuote)
            {
                yield return header[start..i];
                start = i + 1;
            }
        }
        yield return header[start..];
    }

    private static AddressRefusedException? FindRefusal(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is AddressRefusedException refused) return refused;
        return null;
    }

    private static string Describe(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null) inner = inner.InnerException;
        return inner == e ? e.Message : $"{e.Message} ({inner.Message})";
    }

    public void Dispose() => _client.Dispose();
}
