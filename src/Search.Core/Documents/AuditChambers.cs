using System.Text;
using Search.Core.Querying;

namespace Search.Core.Documents;

/// <summary>One financial jurisdiction: the Cour des comptes, a regional or a territorial audit chamber.</summary>
public sealed record AuditChamber(string Kind, string Name, string? Region, IReadOnlyList<string> Seats, IReadOnlyList<string> Departments, IReadOnlyList<string> FormerNames);

/// <summary>
/// The registry of the Cour des comptes and of the audit chambers (<c>Data/audit-chambers.tsv</c>, embedded): their
/// canonical names, regions, seats, departments and former names. Every spelling of a chamber found in a document
/// ("… d'Auvergne, Rhône-Alpes", "CRC Rhône-Alpes") resolves to one canonical name.
/// </summary>
public static class AuditChambers
{
    private const string ResourceName = "Search.Core.Documents.Data.audit-chambers.tsv";

    public static IReadOnlyList<AuditChamber> All { get; } = Load();

    /// <summary>The seats in the order they are tried (the registry's order), with their chamber.</summary>
    public static IReadOnlyList<(string City, AuditChamber Chamber)> Seats { get; } =
        All.SelectMany(c => c.Seats.Select(s => (s, c))).ToArray();

    private static readonly Dictionary<string, AuditChamber> ByDepartment =
        All.SelectMany(c => c.Departments.Select(d => (d, c))).ToDictionary(x => x.d, x => x.c);

    /// <summary>Region and former names, normalised (<see cref="Key"/>), longest first.</summary>
    private static readonly (string Key, AuditChamber Chamber)[] Names = All
        .SelectMany(c => (c.Region is null ? c.FormerNames : c.FormerNames.Prepend(c.Region)).Select(n => (Key(n), c)))
        .OrderByDescending(x => x.Item1.Length)
        .ToArray();

    /// <summary>The regional chamber of a department ("38" gives Auvergne-Rhône-Alpes), or null.</summary>
    public static AuditChamber? ForDepartment(string? code) => code is not null && ByDepartment.TryGetValue(code, out var c) ? c : null;

    /// <summary>
    /// The chamber whose region or former name starts <paramref name="text"/> (what follows "chambre régionale des
    /// comptes" or "CRC", a leading "de la", "d'"… ignored), the longest name winning; null when none does.
    /// </summary>
    public static AuditChamber? Named(string text)
    {
        var key = Key(text);
        foreach (var article in (ReadOnlySpan<string>)["de la ", "de l ", "d ", "de ", "du ", "des "])
        {
            if (!key.StartsWith(article, StringComparison.Ordinal)) continue;
            key = key[article.Length..];
            break;
        }
        foreach (var (name, chamber) in Names)
            if (key.StartsWith(name, StringComparison.Ordinal) && (key.Length == name.Length || key[name.Length] == ' ')) return chamber;
        return null;
    }

    /// <summary>Lower case, accents removed, every run of other characters than letters and digits one space.</summary>
    internal static string Key(string text)
    {
        var folded = QueryText.Fold(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        return sb.ToString().TrimEnd();
    }

    private static AuditChamber[] Load()
    {
        using var stream = typeof(AuditChambers).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var chambers = new List<AuditChamber>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length != 6) throw new InvalidDataException($"{ResourceName}: 6 tab-separated fields expected: {line}");
            static IReadOnlyList<string> List(string field) => field == "-" ? [] : field.Split('|');
            chambers.Add(new AuditChamber(f[0], f[1], f[2] == "-" ? null : f[2], List(f[3]), List(f[4]), List(f[5])));
        }
        return chambers.ToArray();
    }
}
