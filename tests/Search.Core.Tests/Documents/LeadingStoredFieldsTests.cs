using Search.Core.Documents;

namespace Search.Core.Tests.Documents;

/// <summary>
/// <see cref="Schema.LeadingStoredFields"/> gives the values a whole stored document gives for its fields, for documents
/// whose pages fit in one stored chunk and for long ones compressed in slices, and null for a field a document lacks.
/// </summary>
public sealed class LeadingStoredFieldsTests
{
    [Fact]
    public void The_leading_fields_are_those_of_the_whole_document()
    {
        string Text(int words, int seed)
        {
            var random = new Random(seed);
            return string.Join(' ', Enumerable.Range(0, words).Select(_ => "mot" + random.Next(9000) + (random.Next(7) == 0 ? "é." : "")));
        }
        var docs = new[] { 5, 300, 900, 2_000, 6_000 }
            .Select((words, i) => TestIndex.Doc($"https://example.org/doc{i}.pdf", $"Rapport {i} sur les finances", Text(words, i) + "\f" + Text(words / 2, i + 50),
                summary: i % 2 == 0 ? "Un résumé" : null))
            .ToArray();
        using var index = new TestIndex(docs);
        using var lease = index.Provider.Acquire()!;
        var searcher = lease.Searcher;
        Assert.Equal(docs.Length, searcher.IndexReader.MaxDoc);
        for (var doc = 0; doc < searcher.IndexReader.MaxDoc; doc++)
        {
            var whole = searcher.Doc(doc);
            var title = new Schema.LeadingStoredFields(Schema.Title);
            searcher.Doc(doc, title);
            Assert.Equal(whole.Get(Schema.Title), title[Schema.Title]);
            Assert.Null(title[Schema.Id]); // not asked for

            var three = new Schema.LeadingStoredFields(Schema.Id, Schema.Url, Schema.Title);
            searcher.Doc(doc, three);
            Assert.Equal(whole.Get(Schema.Id), three[Schema.Id]);
            Assert.Equal(whole.Get(Schema.Url), three[Schema.Url]);
            Assert.StartsWith("Rapport ", three[Schema.Title]);

            // A field stored after the pages, or missing: read through to the end, as the whole document is.
            var late = new Schema.LeadingStoredFields(Schema.Summary, Schema.TerritoriesJson);
            searcher.Doc(doc, late);
            Assert.Equal(whole.Get(Schema.Summary), late[Schema.Summary]);
            Assert.Equal(whole.Get(Schema.TerritoriesJson), late[Schema.TerritoriesJson]);
        }
    }
}
