using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Territories;
using Search.Pipeline.Indexing;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Ui;

/// <summary>
/// A SearchHost over a small index written here, document by document, so that the UI tests can
/// rely on content the sample corpus does not have: text full of markup, a PDF without text.
/// The host uses an existing index as is, so no corpus is read.
/// </summary>
public sealed class SeededHostFixture : TestHost
{
    public const string MarkupId = "ui-test-markup";
    public const string ScannedId = "ui-test-scanned";
    public const string OcrId = "ui-test-ocr";
    public const string HostileUrlId = "ui-test-hostile-url";
    public const string ScatteredId = "ui-test-scattered";
    public const string LongReportId = "ui-test-long-report";
    public const string LongReportUrl = "https://exemple.gouv.fr/crc/rapport-rennes.pdf";
    public const int LongReportPages = 12;

    /// <summary>Staff come through a reverse proxy that sets this header (so the staff pages can be seen in a browser).</summary>
    public const string StaffHeader = "X-Staff-User";

    protected override void Configure(WebApplicationBuilder builder) =>
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Staff:ProxyHeader"] = StaffHeader });

    /// <summary>An empty folder: the host uses the index written in <see cref="Prepare"/> as is.</summary>
    protected override string CorpusPath => Directory.CreateDirectory(Path.Combine(DataPath, "corpus")).FullName;

    protected override void Prepare() => WriteIndex(DataPath);

    /// <summary>Writes the index of these documents in a host's data folder, as this version writes it (served as is).</summary>
    public static void WriteIndex(string dataPath)
    {
        using var writer = DocumentIndexWriter.Open(Path.Combine(dataPath, "index"));
        foreach (var doc in Documents()) writer.Upsert(doc);
        // Written by this version: served as is, not rebuilt.
        writer.Commit(new Dictionary<string, string> { [IndexingSession.VersionKey] = IndexingSession.PipelineVersion });
    }

    private static IEnumerable<SearchDocument> Documents()
    {
        yield return new SearchDocument
        {
            Id = MarkupId,
            Url = "https://exemple.gouv.fr/apprentis-balises.pdf",
            Title = "Les apprentis <b>et</b> les <script>alert('titre')</script> balises",
            Publisher = "DGCL",
            Type = DocumentTypes.StatisticalBulletin,
            Date = new DateOnly(2023, 11, 29),
            Themes = ["Emploi public"],
            Summary = "Résumé avec <img src=x onerror=alert('resume')> une image.",
            Pages =
            [
                "Première page sans le mot.",
                "Les apprentis recrutés <script>alert('xss')</script> par les communes & les EPCI <img src=x onerror=alert(1)>.",
            ],
            Format = "pdf",
            TextStatus = TextStatuses.Ok,
        };
        yield return new SearchDocument
        {
            Id = ScannedId,
            Url = "archives/apprentis-scan.pdf",
            Title = "Apprentis : registre scanné",
            Publisher = "Chambre régionale des comptes Bretagne",
            Type = DocumentTypes.AuditReport,
            Date = new DateOnly(2021, 3, 1),
            Summary = "Apprentis des communes bretonnes, document numérisé.",
            Pages = [""],
            Format = "pdf",
            TextStatus = TextStatuses.None,
        };
        // A long report: shown page by page. "communes" is on page 3 once and on page 9 three times (singular and
        // plural: the same stem), "trésorerie" on page 11 only; no type, no theme.
        yield return new SearchDocument
        {
            Id = LongReportId,
            Url = LongReportUrl,
            Title = "Rapport d'observations définitives sur la gestion de Rennes",
            Publisher = "Chambre régionale des comptes Bretagne",
            Date = new DateOnly(2024, 6, 5),
            Pages = Enumerable.Range(1, LongReportPages).Select(n => n switch
            {
                1 => "Rapport sur la gestion de Rennes, sans le mot cherché.",
                3 => "Page trois. Les communes du territoire ont été consultées.",
                9 => "Page neuf. La commune centre porte les investissements.\nLes autres communes suivent ; chaque commune contribue.",
                11 => "Page onze. La trésorerie reste tendue en fin d'exercice.",
                _ => $"Page {n} du rapport, sans le mot cherché.",
            }).ToArray(),
            Format = "pdf",
            TextStatus = TextStatuses.Ok,
            Territories = new DocumentTerritories(
                [new TerritoryRef(TerritoryLevels.Commune, "35238", "Rennes")],
                [new TerritoryRef(TerritoryLevels.Departement, "35", "Ille-et-Vilaine"), new TerritoryRef(TerritoryLevels.Region, "53", "Bretagne")]),
        };
        // A URL that today's ingest refuses, as an index written before could hold it: never to become an href.
        yield return new SearchDocument
        {
            Id = HostileUrlId,
            Url = "javascript:alert('adresse')",
            Title = "Les cormorans du littoral, adresse piégée",
            Publisher = "OFB",
            Pages = ["Les cormorans nichent sur le littoral breton.", "Deuxième page sur les cormorans."],
            Format = "pdf",
            TextStatus = TextStatuses.Ok,
        };
        // A long report whose words only occur pages apart: a partial match, not a hit. (Long: more words than a short text,
        // which is one passage, RankingParameters.ShortTextLength.)
        yield return new SearchDocument
        {
            Id = ScatteredId,
            Url = "rapports/rapport-long.pdf",
            Title = "Rapport d'observations définitives",
            Publisher = "Chambre régionale des comptes Bretagne",
            Pages = ["L'incendie du gymnase. " + string.Join(' ', Enumerable.Repeat("tableau", 300)), string.Join(' ', Enumerable.Repeat("tableau", 100)) + " La piscine.",
                string.Join(' ', Enumerable.Repeat("tableau", 1000))],
            Format = "pdf",
            TextStatus = TextStatuses.Ok,
        };
        yield return new SearchDocument
        {
            Id = OcrId,
            Url = "archives/portrait-regional-ocr.pdf",
            Title = "Portrait régional numérisé de la Corse",
            Publisher = "ANCT",
            Date = new DateOnly(2019, 1, 14),
            Pages = ["Une faible densité démographique : 37 habitants par kilomètre carré.", "Des politiques en faveur des territoires fragiles.", "Annexe lue depuis le texte du fichier."],
            Format = "pdf",
            TextStatus = TextStatuses.Ok,
            OcrPages = [1, 2],
        };
    }

}

[CollectionDefinition(Name)]
public sealed class SeededHostCollection : ICollectionFixture<SeededHostFixture>
{
    public const string Name = "SearchHost on a seeded index (UI)";
}
