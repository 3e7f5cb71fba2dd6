using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Api;

/// <summary>A host over an empty corpus, with an endpoint that fails as a bug would, and its log captured.</summary>
public sealed class FailingHostFixture : TestHost
{
    public const string Secret = "Password=hunter2 at /srv/secret/path";

    public LogSink Log { get; } = new();

    protected override string CorpusPath => Path.Combine(DataPath, "corpus");

    protected override void Prepare() => Directory.CreateDirectory(CorpusPath);

    protected override void Configure(WebApplicationBuilder builder)
    {
        builder.Logging.AddProvider(Log);
        builder.Logging.AddFilter<LogSink>(null, LogLevel.Debug);
    }

    protected override void Map(WebApplication app) =>
        app.MapGet("/test/bug", IResult () => throw new InvalidOperationException(Secret));
}

/// <summary>Every log entry of the host, in memory.</summary>
public sealed class LogSink : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Message, Exception? Exception)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(LogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Entries.Enqueue((category, logLevel, formatter(state, exception), exception));
    }
}

public sealed class ErrorTests(FailingHostFixture host) : IClassFixture<FailingHostFixture>
{
    [Fact]
    public async Task An_unexpected_exception_is_a_500_problem_that_says_nothing_of_the_internals_and_is_logged_as_an_error()
    {
        using var response = await host.Client.GetAsync("/test/bug");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal(500, json.GetProperty("status").GetInt32());
        Assert.Equal("internal-error", json.GetProperty("code").GetString());
        Assert.DoesNotContain("hunter2", body);
        Assert.DoesNotContain("secret", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(nameof(InvalidOperationException), body);
        Assert.DoesNotContain("ErrorTests", body);

        Assert.Contains(host.Log.Entries, e => e.Level == LogLevel.Error && e.Exception?.Message == FailingHostFixture.Secret);
    }

    [Theory]
    [InlineData("/api/search?q=budget&page=zero", 400)]
    [InlineData("/api/search?q=budget&size=ten", 400)]
    [InlineData("/api/suggest?q=budget&size=ten", 400)]
    [InlineData("/api/documents/x/similar?size=many", 400)]
    [InlineData("/api/territories?q=Rennes&limit=abc", 400)]
    [InlineData("/api/territories/commune/35238?page=-", 400)]
    [InlineData("/api/search?q=budget&sort=%00", 400)]
    [InlineData("/api/search?yearFrom=99999999999999999999", 400)]
    [InlineData("/api/search?territory=nowhere:1", 400)]
    [InlineData("/?q=budget&page=zero", 400)]
    [InlineData("/api/search?q=%FF%FE%C3", 200)]   // invalid UTF-8 is decoded to replacement characters, searched as such
    public async Task Malformed_requests_are_answered_without_a_warning_or_an_error_in_the_log(string path, int status)
    {
        var before = host.Log.Entries.Count;
        using var response = await host.Client.GetAsync(path);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.DoesNotContain(host.Log.Entries.Skip(before), e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task A_refused_search_is_a_400_problem_logged_without_an_error_or_a_stack_trace()
    {
        using var response = await host.Client.GetAsync("/api/search?q=budget&page=zero");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid-page", json.GetProperty("code").GetString());
        var entries = host.Log.Entries.Where(e => e.Message.Contains("/api/search", StringComparison.Ordinal) || e.Exception is not null).ToList();
        Assert.Contains(entries, e => e.Level == LogLevel.Information && e.Message.Contains("invalid-page", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Level >= LogLevel.Warning && e.Exception is Search.Core.Querying.InvalidSearchRequestException);
        Assert.DoesNotContain(entries, e => e.Exception is Search.Core.Querying.InvalidSearchRequestException);
    }
}
