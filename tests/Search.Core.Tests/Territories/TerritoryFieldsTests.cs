using System.Text.Json;
using Lucene.Net.Documents;
using Search.Core.Documents;
using Search.Core.Territories;

namespace Search.Core.Tests.Territories;

/// <summary>A document's stored territories read back (<see cref="TerritoryFields.Read"/>) are what the JSON serializer reads.</summary>
public sealed class TerritoryFieldsTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static DocumentTerritories Stored(string json) => TerritoryFields.Read(new Document { new StoredField(Schema.TerritoriesJson, json) });

    private static void AssertSame(DocumentTerritories expected, DocumentTerritories actual)
    {
        Assert.Equal(expected.About?.ToList(), actual.About?.ToList());
        Assert.Equal(expected.Mentioned?.ToList(), actual.Mentioned?.ToList());
    }

    [Fact]
    public void What_AddTo_writes_comes_back_as_written()
    {
        var g = Gazetteer.Default;
        var cases = new List<DocumentTerritories>
        {
            new([TerritoryRef.Of(g.Find("commune", "38548")!)], []),
            new([], [TerritoryRef.Of(g.Find("departement", "2A")!), TerritoryRef.Of(g.Find("region", "84")!)]),
            new(g.All.Where(t => t.Level == "commune").Take(40).Select(TerritoryRef.Of).ToList(),
                g.All.Where(t => t.Level == "epci").Take(7).Select(TerritoryRef.Of).ToList()),
            // Names the encoder escapes: accents, quotes, a backslash, an apostrophe, a surrogate pair, HTML characters.
            new([new TerritoryRef("commune", "99\"1", "Saint-Étienne-de-l'Œuvre \\ « <b>&</b> » 𝔸")], [new TerritoryRef("", "", "")]),
        };
        foreach (var territories in cases)
        {
            var d = new Document();
            TerritoryFields.AddTo(d, territories);
            var json = d.Get(Schema.TerritoriesJson);
            Assert.NotNull(json);
            var read = TerritoryFields.Read(d);
            AssertSame(territories, read);
            AssertSame(JsonSerializer.Deserialize<DocumentTerritories>(json, Web)!, read);
        }
    }

    [Theory]
    [InlineData("""{"mentioned":[],"about":[{"level":"commune","code":"38548","name":"Villard-de-Lans"}]}""")]
    [InlineData("""{"About":[{"Level":"commune","code":"38548","NAME":"Villard"}],"mentioned":[]}""")]
    [InlineData("""{"about":[{"level":"commune","code":"38548"}],"mentioned":[]}""")]
    [InlineData("""{"about":[{"level":"commune","code":"38548","name":null}],"mentioned":[]}""")]
    [InlineData("""{"about":null,"mentioned":[]}""")]
    [InlineData("""{"about":[]}""")]
    [InlineData("""{"about":[],"mentioned":[],"other":1}""")]
    [InlineData("""{"about":[{"level":"a","code":"b","name":"c","level":"d"}],"mentioned":[]}""")]
    [InlineData("""{"about":[{"name":"c","key":"x:y","code":"b","level":"a"}],"mentioned":[ ]} """)]
    public void Other_shapes_are_read_as_the_serializer_reads_them(string json) =>
        AssertSame(JsonSerializer.Deserialize<DocumentTerritories>(json, Web)!, Stored(json));

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"about":[],"mentioned":[]} trailing""")]
    [InlineData("""{"about":[{"level":1,"code":"b","name":"c"}],"mentioned":[]}""")]
    public void What_is_not_their_JSON_reads_as_no_territory(string json) => Assert.Same(DocumentTerritories.Empty, Stored(json));
}
