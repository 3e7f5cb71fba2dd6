namespace Search.Core.Documents;

/// <summary>
/// The controlled vocabulary of document types, as shown in the type facet (French labels).
/// Sidecar files and inference map onto these labels; anything else is kept as given.
/// </summary>
public static class DocumentTypes
{
    public const string StatisticalBulletin = "Bulletin d'information statistique";
    public const string StatisticalPublication = "Publication statistique";
    public const string Study = "Étude";
    public const string AuditReport = "Rapport d'observations définitives";
    public const string Report = "Rapport";
    public const string MethodologyNote = "Note méthodologique";
    public const string Dataset = "Jeu de données";
    public const string Guide = "Guide";
    public const string AdministrativeAct = "Acte administratif";
    public const string WebPage = "Page d'information";

    public static readonly IReadOnlyList<string> All =
    [
        StatisticalBulletin, StatisticalPublication, Study, AuditReport, Report,
        MethodologyNote, Dataset, Guide, AdministrativeAct, WebPage,
    ];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bulletin"] = StatisticalBulletin,
        ["bis"] = StatisticalBulletin,
        ["bulletin statistique"] = StatisticalBulletin,
        ["publication"] = StatisticalPublication,
        ["publication statistique"] = StatisticalPublication,
        ["etude"] = Study,
        ["étude"] = Study,
        ["study"] = Study,
        ["rod"] = AuditReport,
        ["rapport d'observations definitives"] = AuditReport,
        ["audit"] = AuditReport,
        ["rapport"] = Report,
        ["report"] = Report,
        ["note methodologique"] = MethodologyNote,
        ["methodologie"] = MethodologyNote,
        ["methodology"] = MethodologyNote,
        ["jeu de donnees"] = Dataset,
        ["dataset"] = Dataset,
        ["guide"] = Guide,
        ["acte"] = AdministrativeAct,
        ["page"] = WebPage,
    };

    /// <summary>Maps a label or a short alias ("bulletin", "rod", "etude"…) to the vocabulary; unknown values are returned trimmed.</summary>
    public static string Normalize(string value)
    {
        var trimmed = value.Trim();
        foreach (var label in All)
        {
            if (string.Equals(label, trimmed, StringComparison.OrdinalIgnoreCase)) return label;
        }
        return Aliases.TryGetValue(trimmed.Replace('’', '\''), out var mapped) ? mapped : trimmed;
    }
}
