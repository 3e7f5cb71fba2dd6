using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Search.Host;

namespace Search.Bench;

/// <summary>
/// A SearchHost started in this process on 127.0.0.1 (a free port), with the shipped settings, over a copy of
/// <c>index</c> or else an index built from <c>corpus</c> (default corpus-samples); ready when returned. Deleted at dispose.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "search-benchhost-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public Uri Address { get; private set; } = null!;

    public static async Task<BenchHost> StartAsync(string? index, string? corpus, ILoggerProvider? log = null)
    {
        var host = new BenchHost();
        try
        {
            if (index is not null) Copy(index, Path.Combine(host._work, "index"));
            host._app = SearchHostApp.Build(["--urls", "http://127.0.0.1:0", "--Data:Path", host._work, "--Data:Corpus", Path.GetFullPath(corpus ?? "corpus-samples")], builder =>
            {
                builder.Logging.ClearProviders();
                if (log is null) return;
                builder.Logging.AddProvider(log);
                builder.Logging.AddFilter(log.GetType().FullName, LogLevel.Warning);
            });
            await host._app.StartAsync();
            host.Address = new Uri(host._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            await WaitReadyAsync(host.Address);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Polls /health until the index is ready (or its build failed).</summary>
    public static async Task WaitReadyAsync(Uri address)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        while (true)
        {
            using var health = await client.GetAsync("/health");
            var body = await health.Content.ReadAsStringAsync();
            if (body.Contains("\"ready\"", StringComparison.Ordinal)) return;
            if (body.Contains("\"failed\"", StringComparison.Ordinal)) throw new InvalidOperationException("The index build failed: " + body);
            await Task.Delay(200);
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { }
    }
}
