using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Search.TestSupport;

/// <summary>A Kestrel server on 127.0.0.1 (port 0, nothing else) that logs every request: the base of the fixture sites.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    /// <summary>Path and query of every request, and whether it was conditional (If-None-Match / If-Modified-Since).</summary>
    public ConcurrentQueue<(string Path, bool Conditional)> Requests { get; } = new();
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>The User-Agent header of every request.</summary>
    public ConcurrentBag<string> UserAgents { get; } = [];

    private LoopbackServer(WebApplication app) => _app = app;

    /// <summary>Starts a server; <paramref name="gate"/> may answer a request before the routes (null: go on).</summary>
    public static async Task<LoopbackServer> StartAsync(Action<WebApplication> map, Func<HttpContext, IResult?>? gate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LoopbackServer(app);
        app.Use(async (context, next) =>
        {
            var conditional = context.Request.Headers.IfNoneMatch.Count > 0 || context.Request.Headers.IfModifiedSince.Count > 0;
            server.Requests.Enqueue((context.Request.Path + context.Request.QueryString, conditional));
            server.UserAgents.Add(context.Request.Headers.UserAgent.ToString());
            if (gate?.Invoke(context) is { } answer)
            {
                await answer.ExecuteAsync(context);
                return;
            }
            await next(context);
        });
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUri = new Uri(address);
        return server;
    }

    public string Url(string path) => new Uri(BaseUri, path).AbsoluteUri;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
