using System.Globalization;
using System.Text.Json;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Hosting;

/// <summary>
/// The environment <c>dotnet run --project src/SearchHost</c> gives the host (its launch profile): the garbage collector's
/// first generation at least 16 MB (<c>DOTNET_GCgen0size</c>; the Indexer 32 MB) and no call-counting delay (<c>DOTNET_TC_CallCountingDelayMs=0</c>),
/// two settings .NET reads from the environment only. Where the machine
/// reports no CPU cache sizes (virtual machines), .NET otherwise gave it a budget of a few MB and the host collected after
/// every search or two, faulting the memory it took back in each time (docs/BENCHMARKS.md, "Twenty-second session (perf22b)").
/// <c>dotnet run --project src/Indexer</c> (the README's way to run it) gives the Indexer the same two: an ingest collected
/// every few documents otherwise (docs/BENCHMARKS.md, "Twenty-third session (ingest23)").
/// </summary>
public sealed class LaunchProfileTests
{
    private static readonly string ProfilePath = ProfileOf("SearchHost");

    private static string ProfileOf(string project) => Path.Combine(RepoPaths.Root, "src", project, "Properties", "launchSettings.json");

    [Theory]
    [InlineData("SearchHost", 16)]
    [InlineData("Indexer", 32)]
    public void TheProjectProfileSetsTheFirstGenerationBudgetInHexadecimalBytes(string project, int megabytes)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(ProfileOf(project)));
        var profiles = document.RootElement.GetProperty("profiles").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("commandName", out var c) && c.GetString() == "Project")
            .ToList();
        var profile = Assert.Single(profiles);
        Assert.Equal(project, profile.Name);
        var value = profile.Value.GetProperty("environmentVariables").GetProperty("DOTNET_GCgen0size").GetString();
        // The runtime parses the value as hexadecimal (with or without 0x): "32000000" would mean 800 MB.
        Assert.NotNull(value);
        Assert.StartsWith("0x", value, StringComparison.Ordinal);
        var bytes = long.Parse(value.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        Assert.Equal(megabytes * 1024L * 1024, bytes);
    }

    [Theory]
    [InlineData("SearchHost")]
    [InlineData("Indexer")]
    public void TheProjectProfilePromotesHotMethodsWithoutTheCallCountingDelay(string project)
    {
        // Read from the environment only, like the first generation's budget: a fresh host, an ingest's first thousands of
        // documents, reach their optimised code sooner.
        using var document = JsonDocument.Parse(File.ReadAllText(ProfileOf(project)));
        var environment = document.RootElement.GetProperty("profiles").GetProperty(project).GetProperty("environmentVariables");
        Assert.Equal("0", environment.GetProperty("DOTNET_TC_CallCountingDelayMs").GetString());
    }

    [Fact]
    public void TheProfileSetsNoAddressNorEnvironmentName()
    {
        // The host's own defaults (127.0.0.1:5080, Production) stay those of `dotnet SearchHost.dll`: the profile only adds the runtime's setting.
        using var document = JsonDocument.Parse(File.ReadAllText(ProfilePath));
        var profile = document.RootElement.GetProperty("profiles").GetProperty("SearchHost");
        Assert.False(profile.TryGetProperty("applicationUrl", out _));
        Assert.False(profile.GetProperty("environmentVariables").TryGetProperty("ASPNETCORE_ENVIRONMENT", out _));
        Assert.Equal(["DOTNET_GCgen0size", "DOTNET_TC_CallCountingDelayMs"], profile.GetProperty("environmentVariables").EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public void TheHostsRuntimeConfigurationCapsTheFirstGenerationAtTheProfilesBudgetAndCompactsAtTheHighestLevel()
    {
        // The least budget comes from the environment (the profile), the most from runtimeconfig.json (SearchHost.csproj):
        // the two say the same 16 MB, or a collection would wait for more dead answers than the profile meant. Level 9 of
        // ConserveMemory compacts the fragmented gen-2 and large-object heaps that kept the host above 400 MB at 100k
        // (docs/BENCHMARKS.md, "Thirty-seventh session").
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SearchHost.runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        using var profile = JsonDocument.Parse(File.ReadAllText(ProfilePath));
        var least = profile.RootElement.GetProperty("profiles").GetProperty("SearchHost").GetProperty("environmentVariables")
            .GetProperty("DOTNET_GCgen0size").GetString()!;
        Assert.Equal(long.Parse(least.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture), properties.GetProperty("System.GC.Gen0MaxBudget").GetInt64());
        Assert.Equal(9, properties.GetProperty("System.GC.ConserveMemory").GetInt32());
        Assert.False(properties.GetProperty("System.GC.Server").GetBoolean());
    }

    [Fact]
    public void TheIndexerProfileSetsTheRuntimeOnly()
    {
        // An ingest's options stay its command line's: the profile gives no arguments and no working directory, only the
        // runtime's setting (a file reads from where the user runs `dotnet run`, as from `dotnet Indexer.dll`).
        using var document = JsonDocument.Parse(File.ReadAllText(ProfileOf("Indexer")));
        var profile = document.RootElement.GetProperty("profiles").GetProperty("Indexer");
        Assert.False(profile.TryGetProperty("commandLineArgs", out _));
        Assert.False(profile.TryGetProperty("workingDirectory", out _));
        Assert.Equal(["DOTNET_GCgen0size", "DOTNET_TC_CallCountingDelayMs"], profile.GetProperty("environmentVariables").EnumerateObject().Select(p => p.Name).ToArray());
    }
}
