using System.Net;
using System.Text;
using System.Text.Json;
using Search.Core.Documents;
using Search.Host.Feeds;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Feeds;

/// <summary>/api/export read back: CSV (BOM, RFC 4180 escaping, formula-safe cells) and JSON.</summary>
[Collection(HostCollection.Name)]
public sealed class ExportTests(HostFixture host)
{
    private async Task<(byte[] Body, HttpResponseMessage Response)> Get(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await host.Client.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode} {Encoding.UTF8.GetString(body)}");
        return (body, response);
    }

    private async Task<(long Total, List<string> Ids)> Search(string query)
    {
        var ids = new List<string>();
        long total = 0;
        for (var page = 1; ; page++)
        {
            var json = JsonDocument.Parse(await host.Client.GetStringAsync($"/api/search{query}&size=100&page={page}")).RootElement;
            total = json.GetProperty("total").GetInt64();
            var hits = json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
            ids.AddRange(hits);
            if (hits.Count < 100) return (total, ids);
        }
    }

    /// <summary>RFC 4180, as a spreadsheet reads it.</summary>
    public static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"' && cell.Length == 0) quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString()); cell.Clear();
                rows.Add(row); row = [];
                i++;
            }
            else cell.Append(c);
        }
        Assert.False(quoted, "unterminated quoted cell");
        Assert.True(row.Count == 0 && cell.Length == 0, "the last row must end with CRLF");
        return rows;
    }

    [Fact]
    public async Task The_CSV_export_has_a_BOM_every_hit_of_the_search_in_order_and_a_file_name()
    {
        const string query = "?q=collectivit%C3%A9s&publisher=DGCL&publisher=INSEE";
        var (body, response) = await Get("/api/export" + query + "&format=csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches(@"^recherche-collectivites-\d{4}-\d{2}-\d{2}\.csv$", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(Encoding.UTF8.GetPreamble(), body[..3]);

        var rows = ParseCsv(Encoding.UTF8.GetString(body, 3, body.Length - 3));
        Assert.Equal(ResultsExport.CsvHeader.Split(','), rows[0]);
        var (total, ids) = await Search(query);
        Assert.True(total >= 2);
        Assert.Equal(ids, rows.Skip(1).Select(r => r[^1]).ToList());
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
        Assert.All(rows.Skip(1), r => Assert.Contains(r[2], new[] { "DGCL", "INSEE" }));
    }

    [Fact]
    public async Task The_JSON_export_says_the_total_and_holds_the_same_hits_as_the_CSV()
    {
        const string query = "?q=apprentis";
        var (json, response) = await Get("/api/export" + query + "&format=json");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var root = JsonDocument.Parse(json).RootElement;
        var hits = root.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ResultsExport.Cap, root.GetProperty("cap").GetInt32());
        Assert.Equal(root.GetProperty("total").GetInt64(), hits.Count);
        Assert.Equal(hits.Count, root.GetProperty("exported").GetInt32());
        Assert.False(root.GetProperty("partial").GetBoolean());
        Assert.False(response.Headers.Contains(ResultsExport.PartialHeader));
        var (csv, _) = await Get("/api/export" + query);
        Assert.Equal(hits, ParseCsv(Encoding.UTF8.GetString(csv, 3, csv.Length - 3)).Skip(1).Select(r => r[^1]).ToList());
    }

    [Theory]
    [InlineData("format=xml", "invalid-parameter")]
    [InlineData("format=csv&yearFrom=2024&yearTo=2020", "invalid-year-range")]
    public async Task A_bad_export_request_is_a_400_problem_with_a_code(string parameters, string code)
    {
        var (body, _) = await Get("/api/export?q=budget&" + parameters, HttpStatusCode.BadRequest);
        Assert.Equal(code, JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+33 1 23", "'+33 1 23")]
    [InlineData("-2 %", "'-2 %")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("Dette, communes", "Dette, communes")]
    [InlineData("Le « BIS » \"n° 170\"", "Le « BIS » \"n° 170\"")]
    [InlineData("deux\r\nlignes", "deux\r\nlignes")]
    [InlineData("", "")]
    public void A_cell_reads_back_as_its_value_made_formula_safe(string value, string read)
    {
        var csv = new StringBuilder().AppendRow(value, "fin").ToString();
        Assert.Equal([read, "fin"], ParseCsv(csv).Single());
    }
}
