using System.Text;

namespace Search.Core.Documents;

/// <summary>A publishing body of <c>Data/publishers.tsv</c>: its canonical name, whether its names are cues in a text, its variants.</summary>
public sealed record PublisherBody(string Name, bool IsCue, IReadOnlyList<string> Variants)
{
    /// <summary>The canonical name and every variant.</summary>
    public IEnumerable<string> Names => Variants.Prepend(Name);
}

/// <summary>
/// One canonical name per publishing body, whatever the spelling a document, a sidecar, a source's configuration or a
/// filter uses: the bodies of <c>Data/publishers.tsv</c> (DGCL, "Direction générale des collectivités locales" and
/// "DGCL – DESL" are "DGCL") and the audit chambers of <see cref="AuditChambers"/> ("Chambre régionale des comptes
/// d'Auvergne, Rhône-Alpes" is "Chambre régionale des comptes Auvergne-Rhône-Alpes"). Names are compared by
/// <see cref="AuditChambers.Key"/>: case, accents and punctuation do not matter.
/// </summary>
public static class Publishers
{
    private const string ResourceName = "Search.Core.Documents.Data.publishers.tsv";

    public static IReadOnlyList<PublisherBody> Bodies { get; } = Load();

    /// <summary>What precedes a chamber's region in its names ("CRC Rhône-Alpes"), as keys.</summary>
    private static readonly string[] ChamberPrefixes =
        ["chambre regionale des comptes ", "chambre territoriale des comptes ", "crc ", "ctc "];

    private static readonly Dictionary<string, string> ByKey = BuildKeys();

    /// <summary>The canonical name of a known body named <paramref name="name"/> (as a whole), else null.</summary>
    public static string? Known(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var key = AuditChambers.Key(name);
        if (ByKey.TryGetValue(key, out var canonical)) return canonical;
        foreach (var prefix in ChamberPrefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && AuditChambers.Named(key[prefix.Length..]) is { } chamber)
                return chamber.Name;
        }
        return null;
    }

    /// <summary>
    /// The name to index, facet and filter on: the canonical name of a known body, else the name itself with its runs of
    /// white space made one space; null for a missing or blank name.
    /// </summary>
    public static string? Canonical(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : Known(name) ?? string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static Dictionary<string, string> BuildKeys()
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chamber in AuditChambers.All) keys[AuditChambers.Key(chamber.Name)] = chamber.Name;
        foreach (var body in Bodies)
        {
            foreach (var name in body.Names)
            {
                if (!keys.TryAdd(AuditChambers.Key(name), body.Name) && keys[AuditChambers.Key(name)] != body.Name)
                    throw new InvalidDataException($"{ResourceName}: '{name}' names two bodies");
            }
        }
        return keys;
    }

    private static PublisherBody[] Load()
    {
        using var stream = typeof(Publishers).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var bodies = new List<PublisherBody>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length != 3 || f[1] is not ("cue" or "name"))
                throw new InvalidDataException($"{ResourceName}: 3 tab-separated fields expected (name, cue|name, variants): {line}");
            bodies.Add(new PublisherBody(f[0], f[1] == "cue", f[2] == "-" ? [] : f[2].Split('|')));
        }
        return bodies.ToArray();
    }
}
