using System.Diagnostics;

namespace SearchHost.Tests.Infrastructure;

/// <summary>Runs the Indexer CLI as a real process.</summary>
public static class IndexerProcess
{
    /// <summary>src/Indexer's own build output, in the configuration of these tests.</summary>
    public static string Dll { get; } = Path.Combine(RepoPaths.Root, "src", "Indexer", "bin",
        typeof(IndexerProcess).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .Cast<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration,
        "net10.0", "Indexer.dll");

    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        return info;
    }

    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) => RunAsync(StartInfo(args));

    /// <summary>Runs the process <paramref name="info"/> describes (<see cref="StartInfo"/>, its environment changed, say) to its end.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(ProcessStartInfo info)
    {
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
