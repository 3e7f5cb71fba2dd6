using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Cli;

/// <summary>
/// <c>index</c> relaunches itself (the same process, execve) with the runtime settings .NET reads from the environment
/// only: the first generation's budget and no call-counting delay always, no tiered recompilation on a folder of at most
/// 1,000 files; each one the user set is kept. The relaunched process says so in its summary (it is the only one that can).
/// </summary>
[Trait("Category", "Slow")]
public sealed class IngestRuntimeTests : IDisposable
{
    private const string ShortLine = "tiered recompilation off (short ingest: at most 1000 files)";
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "ingest-runtime-tests-" + Guid.NewGuid().ToString("N"));

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

    private static Task<(int ExitCode, string Stdout, string Stderr)> Index(string corpus, string index, params (string Name, string Value)[] environment)
    {
        var info = IndexerProcess.StartInfo("index", corpus, "--index", index, "--ocr", "false");
        foreach (var name in new[] { "DOTNET_GCgen0size", "DOTNET_TC_CallCountingDelayMs", "DOTNET_TieredCompilation" }) info.Environment.Remove(name);
        foreach (var (name, value) in environment) info.Environment[name] = value;
        return IndexerProcess.RunAsync(info);
    }

    [Fact]
    public async Task A_small_folder_is_indexed_by_the_relaunched_process_with_its_streams_and_exit_code()
    {
        if (!OperatingSystem.IsLinux()) return; // execve: elsewhere the ingest runs in the process as started
        var run = await Index(Corpus(3), Path.Combine(_temp, "index"));
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("runtime:    first generation 0x2000000, call-counting delay 0 ms, " + ShortLine, run.Stdout);
        Assert.Contains("added:      3", run.Stdout);
        Assert.Contains("[3/3]", run.Stderr); // the progress, on the stream the caller reads
        // The run's CPU and the runtime's fixed part of it: some methods are always compiled (those ReadyToRun code lacks).
        var cpu = System.Text.RegularExpressions.Regex.Match(run.Stdout,
            @"cpu:\s+(\d+\.\d) s; compiling (\d+) methods took (\d+\.\d) s, the collector paused the threads (\d+\.\d) s");
        Assert.True(cpu.Success, run.Stdout);
        Assert.True(int.Parse(cpu.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) > 0, cpu.Value);
    }

    [Fact]
    public async Task A_users_own_settings_are_kept()
    {
        if (!OperatingSystem.IsLinux()) return;
        var run = await Index(Corpus(3), Path.Combine(_temp, "index"), ("DOTNET_TieredCompilation", "1"), ("DOTNET_GCgen0size", "0x4000000"));
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("runtime:    first generation 0x4000000, call-counting delay 0 ms, tiered recompilation on", run.Stdout);
        Assert.Contains("added:      3", run.Stdout);
        // Every setting given: nothing to add, the process is not relaunched.
        var all = await Index(Corpus(3), Path.Combine(_temp, "index-2"), ("DOTNET_TieredCompilation", "1"), ("DOTNET_GCgen0size", "0x4000000"),
            ("DOTNET_TC_CallCountingDelayMs", "0"));
        Assert.True(all.ExitCode == 0, all.Stderr);
        Assert.DoesNotContain("runtime:", all.Stdout);
    }

    [Fact]
    public async Task A_folder_of_more_than_1000_files_keeps_tiered_recompilation()
    {
        if (!OperatingSystem.IsLinux()) return;
        var run = await Index(Corpus(1001), Path.Combine(_temp, "index"));
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("runtime:    first generation 0x2000000, call-counting delay 0 ms, tiered recompilation on", run.Stdout);
        Assert.Contains("added:      1001", run.Stdout);
    }
}
