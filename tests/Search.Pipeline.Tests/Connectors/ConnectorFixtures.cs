using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Search.Pipeline.Tests.Connectors;

/// <summary>SRU and OpenDataSoft answers written by us, shaped like the BNSP/Gallica and data.ofgl.fr ones.</summary>
public static class ConnectorFixtures
{
    public static readonly (string Id, string Title, string Date, string Subject)[] Bulletins =
    [
        ("bpt6k0000001a", "Bulletin d'information statistique n° 170 : les apprentis dans les collectivités locales", "2023", "Apprentissage -- Collectivités locales"),
        ("bpt6k0000002b", "Les finances des communes en 2021", "2022-07", "Finances locales -- France"),
        ("bpt6k0000003c", "Les polices municipales en 2022", "2023-03-15", "Police municipale"),
        ("bpt6k0000004d", "La fiscalité des groupements à fiscalité propre", "2022", "Intercommunalité"),
        ("bpt6k0000005e", "Les dépenses des départements par fonction", "2021", "Départements -- Finances"),
    ];

    /// <summary>A searchRetrieve answer holding the records [start, start + count) (1-based start).</summary>
    public static string Sru(int start, int count, string baseUrl = "https://gallica.bnf.fr")
    {
        var records = Bulletins.Skip(start - 1).Take(count).Select((b, i) => $"""
                <srw:record>
                    <srw:recordSchema>http://www.openarchives.org/OAI/2.0/oai_dc.xsd</srw:recordSchema>
                    <srw:recordPacking>xml</srw:recordPacking>
                    <srw:recordData>
                        <oai_dc:dc>
                            <dc:title>{WebUtility.HtmlEncode(b.Title)}</dc:title>
                            <dc:date>{b.Date}</dc:date>
                            <dc:subject>{WebUtility.HtmlEncode(b.Subject)}</dc:subject>
                            <dc:publisher>Direction générale des collectivités locales (DGCL)</dc:publisher>
                            <dc:description>Publication de la statistique publique sur les collectivités locales.</dc:description>
                            <dc:identifier>{baseUrl}/ark:/12148/{b.Id}</dc:identifier>
                            <dc:type>text</dc:type>
                        </oai_dc:dc>
                    </srw:recordData>
                    <srw:recordPosition>{start + i}</srw:recordPosition>
                </srw:record>
            """);
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <srw:searchRetrieveResponse xmlns:srw="http://www.loc.gov/zing/srw/" xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <srw:version>1.2</srw:version>
                <srw:numberOfRecords>{Bulletins.Length}</srw:numberOfRecords>
                <srw:records>{string.Concat(records)}</srw:records>
            </srw:searchRetrieveResponse>
            """;
    }

    public static readonly (string Id, string Title, string Modified)[] Datasets =
    [
        ("ofgl-base-communes", "Comptes individuels des communes", "2024-05-02T10:00:00+00:00"),
        ("ofgl-base-epci", "Comptes des groupements à fiscalité propre", "2023-11-20T08:30:00+00:00"),
        ("ofgl-base-departements", "Comptes des départements", "2024-06-10T12:00:00+00:00"),
    ];

    /// <summary>A catalogue v2 answer: the datasets [offset, offset + limit) modified on or after <paramref name="since"/>.</summary>
    public static string Ods(int offset, int limit, DateOnly? since = null)
    {
        var matching = Datasets.Where(d => since is null || DateOnly.FromDateTime(DateTimeOffset.Parse(d.Modified, CultureInfo.InvariantCulture).UtcDateTime) >= since).ToList();
        var page = matching.Skip(offset).Take(limit).Select(d => new
        {
            links = Array.Empty<object>(),
            dataset = new
            {
                dataset_id = d.Id,
                metas = new Dictionary<string, object>
                {
                    ["default"] = new Dictionary<string, object?>
                    {
                        ["title"] = d.Title,
                        ["description"] = "<p>Données issues des <b>comptes de gestion</b> : budget principal et budgets annexes.</p>",
                        ["modified"] = d.Modified,
                        ["publisher"] = "OFGL",
                        ["keyword"] = new[] { "finances locales", "comptes" },
                        ["theme"] = new[] { "Finances publiques" },
                    },
                },
            },
        });
        return JsonSerializer.Serialize(new { total_count = matching.Count, links = Array.Empty<object>(), datasets = page });
    }
}
