namespace Search.Core.Territories;

/// <summary>The levels of the hierarchy commune -> EPCI -> département -> région -> France, as the API names them.</summary>
public static class TerritoryLevels
{
    public const string Commune = "commune";
    public const string Epci = "epci";
    public const string Departement = "departement";
    public const string Region = "region";
    public const string France = "france";

    public static readonly IReadOnlyList<string> All = [Commune, Epci, Departement, Region, France];

    /// <summary>0 for communes up to 4 for France: smaller is more specific.</summary>
    public static int Rank(string level) => level switch
    {
        Commune => 0, Epci => 1, Departement => 2, Region => 3, France => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown territory level"),
    };

    /// <summary>French word for the UI ("département", "intercommunalité"); France is its own name.</summary>
    public static string Label(string level) => level switch
    {
        Commune => "commune", Epci => "intercommunalité", Departement => "département", Region => "région", France => "France",
        _ => level,
    };

    public static bool IsKnown(string level) => All.Contains(level);
}

/// <summary>
/// A current territory of the official gazetteer. <see cref="Code"/> is the INSEE code (communes,
/// départements, régions), the SIREN (EPCI), or "FR".
/// </summary>
public sealed class Territory
{
    public required string Level { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    /// <summary>Population (INSEE); France's is the sum of its régions'.</summary>
    public long Population { get; internal set; }
    /// <summary>SIREN of a commune (EPCI codes are SIREN already).</summary>
    public string? Siren { get; init; }
    /// <summary>EPCI type: CC, CA, CU, METRO, MET69.</summary>
    public string? EpciType { get; init; }
    public IReadOnlyList<string> Postcodes { get; init; } = [];
    public string? DepartementCode { get; init; }
    public string? RegionCode { get; init; }
    public string? EpciCode { get; init; }

    /// <summary>"level:code", the form used in filters and index fields.</summary>
    public string Key => _key ??= KeyOf(Level, Code);
    private string? _key;

    /// <summary>Parents, nearest first (a commune: its EPCI, département, région, France; an EPCI: its départements...).</summary>
    public IReadOnlyList<Territory> Parents { get; internal set; } = [];

    public static string KeyOf(string level, string code) => level + ":" + code;

    public override string ToString() => $"{Name} ({Level} {Code})";
}

/// <summary>A territory as the API shows it.</summary>
public sealed record TerritoryRef(string Level, string Code, string Name)
{
    public static TerritoryRef Of(Territory t) => new(t.Level, t.Code, t.Name);

    public string Key => Territory.KeyOf(Level, Code);
}
