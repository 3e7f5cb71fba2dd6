using Lucene.Net.Documents;
using Search.Core.Documents;

namespace Search.Core.Tests.Documents;

/// <summary>When a document was indexed survives its stored fields, to the tick and with its offset.</summary>
public sealed class IndexedAtTests
{
    [Theory]
    [InlineData(0L, 0)]
    [InlineData(639_000_000_000_123_457L, 0)]
    [InlineData(639_000_000_000_123_457L, 120)]
    [InlineData(639_000_000_000_000_001L, -330)]
    [InlineData(3_155_378_975_999_999_999L, 0)]
    public void Stored_and_read_back(long ticks, int offsetMinutes)
    {
        var at = new DateTimeOffset(ticks, TimeSpan.FromMinutes(offsetMinutes));
        var read = Schema.FromLucene(Schema.ToLucene(new SearchDocument { Id = "a", Url = "a.html", Title = "T", IndexedAt = at }));
        Assert.Equal(at.UtcTicks, read.IndexedAt.UtcTicks);
        Assert.Equal(at.Offset, read.IndexedAt.Offset);
    }

    [Theory]
    [InlineData("2021-03-04T05:06:07+01:00", 2021, 60)]
    [InlineData("2021-03-04", 2021, null)]
    public void Other_forms_are_still_read(string stored, int year, int? offsetMinutes)
    {
        var read = Schema.FromLucene(new Document { new StringField(Schema.Id, "a", Field.Store.YES), new StoredField(Schema.IndexedAt, stored) });
        Assert.Equal(DateTimeOffset.Parse(stored, System.Globalization.CultureInfo.InvariantCulture), read.IndexedAt);
        Assert.Equal(year, read.IndexedAt.Year);
        if (offsetMinutes is { } m) Assert.Equal(TimeSpan.FromMinutes(m), read.IndexedAt.Offset);
    }

    [Fact]
    public void Nothing_stored_reads_as_default() =>
        Assert.Equal(default, Schema.FromLucene(new Document { new StringField(Schema.Id, "a", Field.Store.YES) }).IndexedAt);
}
