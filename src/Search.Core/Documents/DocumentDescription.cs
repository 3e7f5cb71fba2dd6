using System.Text;

namespace Search.Core.Documents;

/// <summary>
/// What a document is, in the words a reader uses for it: the names of its type ("Rapport d'observations définitives" is also
/// a "rapport de contrôle", an "audit"), of the kind of publication its title or first lines show (the DGFiP's "comptes
/// individuels" are the "fiches financières" the DGCL's notes describe), and its publisher's other names of one word (acronyms,
/// from <see cref="Publishers"/>; a chamber's acronym). Not the level of the places it is about: a report on a hospital of
/// Nîmes is about a commune's territory, not about the commune (docs/BENCHMARKS.md, "Seventeenth session (known17)"). Indexed in <see cref="Schema.Description"/>, a field of its own with its own weight
/// (<c>RankingParameters.DescriptionWeight</c>). The names come from <c>Data/descriptions.tsv</c>, each line justified there by
/// the documents that need it.
/// </summary>
public static class DocumentDescription
{
    private const string ResourceName = "Search.Core.Documents.Data.descriptions.tsv";

    /// <summary>How many characters of the text's start a cue is looked for in (after the title, the series and the summary).</summary>
    public const int HeadLength = 1500;

    /// <summary>One line of the data file: where the cue is looked for, the cue (a key: folded, punctuation as spaces), the names.</summary>
    public sealed record Line(string Where, string Cue, IReadOnlyList<string> Names);

    public static IReadOnlyList<Line> Lines { get; } = Load();

    /// <summary>The description of <paramref name="doc"/>: its names, " . " apart (as the metadata field's values), or "".</summary>
    public static string Of(SearchDocument doc)
    {
        var names = new List<string>();
        // The type's label and the publisher's canonical name are in the metadata field already.
        var seen = new HashSet<string>(StringComparer.Ordinal) { AuditChambers.Key(doc.Type ?? ""), AuditChambers.Key(doc.Publisher ?? "") };
        void Add(string name)
        {
            var key = AuditChambers.Key(name);
            if (key.Length > 0 && seen.Add(key)) names.Add(name.Trim());
        }

        var typeKey = doc.Type is null ? "" : AuditChambers.Key(doc.Type);
        var publisherKey = doc.Publisher is null ? "" : AuditChambers.Key(doc.Publisher);
        string? text = null;
        foreach (var line in Lines)
        {
            var matches = line.Where switch
            {
                "type" => typeKey == line.Cue,
                "publisher" => publisherKey == line.Cue,
                _ => Contains(text ??= " " + AuditChambers.Key(Head(doc)) + " ", line.Cue),
            };
            if (matches) foreach (var name in line.Names) Add(name);
        }

        // The publisher by the other names of one word it goes by (acronyms, "Bercy"). Its full names are not added: their
        // words are subjects ("énergie" in the ADEME's, "études" in the INSEE's), and a reader who types a full name reaches
        // the acronym through the synonyms (Analysis/Data/synonyms.txt).
        if (doc.Publisher is { } publisher)
        {
            if (Publishers.Bodies.FirstOrDefault(b => b.Name == publisher) is { } body)
                foreach (var name in body.Variants.Where(IsOneWord)) Add(name);
            else if (AuditChambers.All.FirstOrDefault(c => c.Name == publisher) is { } chamber)
                foreach (var name in ChamberNames(chamber)) Add(name);
        }

        return string.Join(" . ", names);
    }

    /// <summary>A chamber's acronym (its name, "Chambre régionale des comptes" and its region, is in the metadata field).</summary>
    private static IEnumerable<string> ChamberNames(AuditChamber chamber) => chamber.Kind switch
    {
        "court" => [],
        "territorial" => ["CTC"],
        _ => ["CRC"],
    };

    private static bool IsOneWord(string name) => AuditChambers.Key(name) is { Length: > 0 } key && !key.Contains(' ');

    /// <summary>The title, the series, the summary and the start of the text, where a kind of publication names itself.</summary>
    private static string Head(SearchDocument doc)
    {
        var sb = new StringBuilder(doc.Title.Length + HeadLength + 200);
        sb.Append(doc.Title).Append('\n').Append(doc.Series).Append('\n').Append(doc.Summary).Append('\n');
        foreach (var page in doc.Pages)
        {
            if (sb.Length >= HeadLength + doc.Title.Length) break;
            sb.Append(page.AsSpan(0, Math.Min(page.Length, HeadLength))).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>Whether the key <paramref name="text"/> (padded with spaces) holds the cue as whole words; "a+b" cues need both.</summary>
    private static bool Contains(string text, string cue)
    {
        foreach (var part in cue.Split('+'))
        {
            if (!text.Contains(" " + part + " ", StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private static Line[] Load()
    {
        using var stream = typeof(DocumentDescription).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<Line>();
        while (reader.ReadLine() is { } raw)
        {
            if (raw.Length == 0 || raw[0] == '#') continue;
            var f = raw.Split('\t');
            if (f.Length != 3 || f[0] is not ("type" or "publisher" or "text"))
                throw new InvalidDataException($"{ResourceName}: 3 tab-separated fields expected (type|publisher|text, cue, names): {raw}");
            var cue = string.Join('+', f[1].Split('+').Select(AuditChambers.Key));
            if (cue.Length == 0 || cue.Split('+').Any(p => p.Length == 0)) throw new InvalidDataException($"{ResourceName}: empty cue: {raw}");
            lines.Add(new Line(f[0], cue, f[2].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
        }
        return lines.ToArray();
    }
}
