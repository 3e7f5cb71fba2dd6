using System.Diagnostics;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Cli;

/// <summary>
/// <c>index</c> on a folder of at most 500 files relaunches itself (the same process, execve) without tiered
/// recompilation, which a short ingest does not repay; a larger folder, or a user's own setting of the runtime's switch,
/// keeps the process as started. The relaunched process says so in its summary (it is the only one that can).
/// </summary>
[Trait("Category", "Slow")]
public sealed class ShortIngestTests : IDisposable
{
    private const string RuntimeLine = "runtime:    short ingest";
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "short-ingest-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(_temp, recursive: true); } catch (IOException) { }
    }

    private string Corpus(int pages)
    {
        var corpus = Path.Combine(_temp, $"corpus-{pages}");
        Directory.CreateDirectory(corpus);
        for (var i = 0; i < pages; i++)
        {
            File.WriteAllText(Path.Combine(corpus, $"page-{i:D4}.html"),
                $"<html lang=\"fr\"><head><title>Budget de la commune n° {i}</title></head><body><p>Les dépenses de fonctionnement de la commune n° {i} en 2022.</p></body></html>");
        }
        return corpus;
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> Index(string corpus, string index, string? tiering = null)
    {
        var info = IndexerProcess.StartInfo("index", corpus, "--index", index, "--ocr", "false");
        if (tiering is not null) info.Environment["DOTNET_TieredCompilation"] = tiering;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task A_small_folder_is_indexed_by_the_relaunched_process_with_its_streams_and_exit_code()
    {
        if (!OperatingSystem.IsLinux()) return; // execve: elsewhere the ingest runs in the process as started
        var run = await Index(Corpus(3), Path.Combine(_temp, "index"));
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains(RuntimeLine, run.Stdout);
        Assert.Contains("added:      3", run.Stdout);
        Assert.Contains("[3/3]", run.Stderr); // the progress, on the stream the caller reads
    }

    [Fact]
    public async Task A_users_own_setting_of_the_switch_is_kept()
    {
        var run = await Index(Corpus(3), Path.Combine(_temp, "index"), tiering: "1");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.DoesNotContain(RuntimeLine, run.Stdout);
        Assert.Contains("added:      3", run.Stdout);
    }

    [Fact]
    public async Task A_folder_of_more_than_500_files_keeps_tiered_recompilation()
    {
        var run = await Index(Corpus(501), Path.Combine(_temp, "index"));
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.DoesNotContain(RuntimeLine, run.Stdout);
        Assert.Contains("added:      501", run.Stdout);
    }
}
