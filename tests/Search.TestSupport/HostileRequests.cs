using System.Diagnostics;
using System.Text;

namespace Search.TestSupport;

/// <summary>
/// Random and hostile requests to every endpoint of a SearchHost (API, pages, static files): long strings, control
/// characters, invalid UTF-8 percent-encodings, huge and malformed numbers, operators, place names, repeated
/// parameters, odd methods and headers. Deterministic for a seed. Used by <c>Bench fuzz</c> and by a short test; the
/// host must answer every one without a 5xx.
/// </summary>
public sealed class HostileRequests(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] Endpoints =
    [
        "/api/search", "/api/search", "/api/search", "/api/suggest", "/api/documents/{id}", "/api/documents/{id}/similar",
        "/api/documents", "/api/territories", "/api/territories/{level}/{code}", "/api/sources", "/api/sources/publications.csv",
        "/api/stats/queries", "/health", "/openapi/v1.json", "/", "/", "/documents/{id}", "/territoires", "/territoires/{level}/{code}",
        "/sources", "/statistiques", "/dsfr/dsfr.min.css", "/ui/search.js", "/{id}",
    ];

    private static readonly string[] Parameters =
    [
        "q", "q", "q", "page", "size", "sort", "publisher", "type", "year", "theme", "yearFrom", "yearTo", "territory",
        "territoryAncestors", "limit", "url", "source", "level", "code", "id", "days",
    ];

    private static readonly string[] Words =
    [
        "budget", "dépenses", "fonctionnement", "apprentis", "DGF", "Rennes", "Brest", "Isère", "Grand Est", "communes de Bretagne",
        "Clermont-Ferrand", "Saint-Étienne", "EPCI", "2022", "1999", "fonctionement", "aprentis", "zorblax", "abcdef~2", "\"a phrase\"~9",
        "-exclu", "a | b", "prefix*", "*", "(", ")", "((((", "\"", "\\", "||", "+", "-", "~", "AND", "OR", "NOT", "title:x", "body_exact:y",
        "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "%s%n", "{{7*7}}", "${jndi:x}",
    ];

    private static readonly string[] RawEncodings =
    [
        "%FF", "%FE%FF", "%C3%28", "%C0%AF", "%ED%A0%80", "%F4%90%80%80", "%E2%82", "%", "%G1", "%%", "%2", "%00", "%0D%0A",
        "%1B%5B31m", "%E2%80%AE", "%EF%BB%BF", "%F0%9F%92%A9", "%CC%81%CC%81%CC%81", "+", "%2B", "&&", "=", "==", ";",
    ];

    private static readonly string[] Numbers =
    [
        "0", "-1", "1", "2", "10", "100", "101", "10000", "2147483647", "2147483648", "-2147483649", "99999999999999999999999",
        "1e9", "0x10", "NaN", "Infinity", "1.5", " 3", "３", "", "٣", "1800", "2200", "2201", "1799",
    ];

    private static readonly string[] Accepts =
    [
        "*/*", "application/json", "text/html", "application/xml", "text/csv", "image/png", "application/json;q=abc",
        "text/html;charset=utf-99", "*/*;q=0", "application/problem+json", "garbage", "", "text/*, application/*;q=0.5, */*;q=0.1",
    ];

    /// <summary>The next request: method, path and query (as sent, not re-encoded), headers.</summary>
    public HttpRequestMessage Next(Uri baseAddress)
    {
        var path = Pick(Endpoints)
            .Replace("{id}", Value(), StringComparison.Ordinal)
            .Replace("{level}", Pick(["commune", "departement", "region", "epci", "pays", Value()]), StringComparison.Ordinal)
            .Replace("{code}", Pick(["35238", "2A004", "53", "200067981", Value()]), StringComparison.Ordinal);
        var query = new StringBuilder();
        var count = _random.Next(8) switch { 0 => 0, 7 => _random.Next(20, 400), _ => _random.Next(1, 6) };
        for (var i = 0; i < count; i++)
        {
            if (query.Length > 0) query.Append('&');
            query.Append(_random.Next(20) == 0 ? Value() : Pick(Parameters)).Append('=').Append(Value());
        }
        var url = baseAddress.GetLeftPart(UriPartial.Authority) + path + (query.Length > 0 ? "?" + query : "");
        var uri = new Uri(url, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        var method = _random.Next(12) switch
        {
            0 => HttpMethod.Post,
            1 => HttpMethod.Head,
            2 => Pick([HttpMethod.Put, HttpMethod.Delete, HttpMethod.Options, HttpMethod.Patch]),
            _ => HttpMethod.Get,
        };
        var request = new HttpRequestMessage(method, uri);
        if (_random.Next(3) == 0) request.Headers.TryAddWithoutValidation("Accept", Pick(Accepts));
        if (_random.Next(6) == 0) request.Headers.TryAddWithoutValidation("Accept-Language", Pick(["fr", "xx-YY;q=2", "*", new string('a', 3000)]));
        if (_random.Next(8) == 0) request.Headers.TryAddWithoutValidation("Range", Pick(["bytes=0-10", "bytes=abc", "bytes=-1", "bytes=99999999999-"]));
        if (_random.Next(8) == 0) request.Headers.TryAddWithoutValidation("If-None-Match", Pick(["*", "\"x\"", "garbage", new string('"', 500)]));
        if (_random.Next(8) == 0) request.Headers.TryAddWithoutValidation("If-Modified-Since", Pick(["yesterday", "Thu, 01 Jan 1970 00:00:00 GMT", "99999"]));
        if (_random.Next(10) == 0) request.Headers.TryAddWithoutValidation("X-Forwarded-For", Pick(["1.2.3.4", "::1", "garbage, , ,", new string('9', 2000)]));
        if (_random.Next(10) == 0) request.Headers.TryAddWithoutValidation("Cookie", new string('c', _random.Next(1, 8000)) + "=" + Value());
        if (method != HttpMethod.Get && method != HttpMethod.Head && _random.Next(2) == 0)
        {
            request.Content = new ByteArrayContent(Bytes(_random.Next(0, 20_000)));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", Pick(["application/json", "text/plain", "multipart/form-data", "garbage/x; boundary="]));
        }
        return request;
    }

    /// <summary>A query-string value, percent-encoded as sent: ordinary, hostile, or a raw invalid sequence.</summary>
    private string Value() => _random.Next(10) switch
    {
        0 => Pick(RawEncodings) + Uri.EscapeDataString(Pick(Words)) + Pick(RawEncodings),
        1 => Uri.EscapeDataString(Pick(Numbers)),
        2 => Uri.EscapeDataString(Long()),
        3 => Uri.EscapeDataString(Control()),
        4 => Uri.EscapeDataString(string.Join(' ', Enumerable.Range(0, _random.Next(1, 120)).Select(_ => Pick(Words)))),
        5 => Uri.EscapeDataString(Pick(["commune", "region", "departement", "epci", "x", ""]) + ":" + Pick(Numbers)),
        6 => "",
        _ => Uri.EscapeDataString(Pick(Words)),
    };

    private string Long()
    {
        var length = _random.Next(3) == 0 ? _random.Next(1_000, 6_000) : _random.Next(50, 1_000);
        var sb = new StringBuilder(length);
        while (sb.Length < length) sb.Append(_random.Next(4) == 0 ? ' ' : (char)_random.Next('a', 'z' + 1));
        return sb.ToString();
    }

    private string Control()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < _random.Next(1, 40); i++)
        {
            sb.Append(_random.Next(5) switch
            {
                0 => (char)_random.Next(0, 32),
                1 => Pick(["\u200B", "\u202E", "\uFEFF", "\u0301", "\u00A0", "\u2028", "’", "«", "−", "\uFFFD"]),
                2 => Pick(["😀", "𝔘𝔫𝔦", "ﷺ", "ß", "İ", "ǅ"]),
                _ => Pick(Words),
            });
        }
        return sb.ToString();
    }

    private byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private T Pick<T>(IReadOnlyList<T> values) => values[_random.Next(values.Count)];

    /// <summary>
    /// Sends <paramref name="count"/> requests from <paramref name="clients"/> concurrent clients and reports the status
    /// classes, the 5xx and failed requests, and the slowest ones.
    /// </summary>
    public static async Task<FuzzReport> RunAsync(HttpClient client, int count, int seed, int clients = 1, CancellationToken cancellationToken = default)
    {
        var report = new FuzzReport();
        var next = 0;
        async Task Client(int index)
        {
            var requests = new HostileRequests(seed + index * 7919);
            while (Interlocked.Increment(ref next) <= count)
            {
                using var request = requests.Next(client.BaseAddress!);
                var label = request.Method + " " + request.RequestUri!.OriginalString;
                var clock = Stopwatch.StartNew();
                try
                {
                    using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
                    report.Add(label, (int)response.StatusCode, clock.Elapsed);
                }
                catch (HttpRequestException e)
                {
                    report.Add(label, 0, clock.Elapsed, e.Message);
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, clients).Select(Client));
        return report;
    }
}

/// <summary>What a fuzz run saw: status counts, server errors and failed requests, the slowest requests.</summary>
public sealed class FuzzReport
{
    private readonly Lock _gate = new();
    private readonly List<(string Request, int Status, TimeSpan Elapsed)> _all = [];

    public IReadOnlyDictionary<int, int> StatusCounts
    {
        get { lock (_gate) return _all.GroupBy(r => r.Status).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()); }
    }

    /// <summary>5xx answers and requests that got no answer (status 0), with the reason when there was one.</summary>
    public List<string> Failures { get; } = [];

    public int Count { get { lock (_gate) return _all.Count; } }

    public IReadOnlyList<(string Request, int Status, TimeSpan Elapsed)> Slowest(int n)
    {
        lock (_gate) return _all.OrderByDescending(r => r.Elapsed).Take(n).ToList();
    }

    public TimeSpan Percentile(double p)
    {
        lock (_gate)
        {
            var sorted = _all.Select(r => r.Elapsed).Order().ToList();
            return sorted.Count == 0 ? TimeSpan.Zero : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100 * sorted.Count) - 1)];
        }
    }

    internal void Add(string request, int status, TimeSpan elapsed, string? error = null)
    {
        lock (_gate)
        {
            _all.Add((request, status, elapsed));
            if (status == 0 || status >= 500) Failures.Add($"{status} {Shorten(request)}{(error is null ? "" : ": " + error)}");
        }
    }

    public static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + $"… ({text.Length} chars)";
}
