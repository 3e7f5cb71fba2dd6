using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Search.Core.Documents;

namespace Search.Core.Territories;

/// <summary>
/// How a document's territories are indexed (field names come from <see cref="Schema"/>):
/// <list type="bullet">
/// <item><see cref="Schema.TerritoryTree"/>: the "level:code" keys of the territories the document is
/// about and of all their ancestors (StringField to filter, SortedSetDocValues to count), so a filter
/// on Isère finds the report on Villard-de-Lans, and the facet counts every level at once;</item>
/// <item><see cref="Schema.TerritoryAbout"/> and <see cref="Schema.TerritoryMentioned"/>: the exact keys;</item>
/// <item><see cref="Schema.TerritoriesJson"/>: the stored JSON shown with hits and documents.</item>
/// </list>
/// </summary>
public static class TerritoryFields
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void AddTo(Document d, DocumentTerritories territories, Gazetteer? gazetteer = null)
    {
        if (territories.About.Count == 0 && territories.Mentioned.Count == 0) return;
        gazetteer ??= Gazetteer.Default;
        var tree = new HashSet<string>(StringComparer.Ordinal);
        foreach (var about in territories.About)
        {
            d.Add(new StringField(Schema.TerritoryAbout, about.Key, Field.Store.NO));
            if (gazetteer.FindKey(about.Key) is { } t) tree.UnionWith(gazetteer.SelfAndAncestors(t).Select(a => a.Key));
            else tree.Add(about.Key);
        }
        foreach (var key in tree.Order(StringComparer.Ordinal))
        {
            d.Add(new StringField(Schema.TerritoryTree, key, Field.Store.NO));
            d.Add(new SortedSetDocValuesField(Schema.TerritoryTree, new BytesRef(key)));
        }
        var mentionedTree = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mentioned in territories.Mentioned)
        {
            d.Add(new StringField(Schema.TerritoryMentioned, mentioned.Key, Field.Store.NO));
            if (gazetteer.FindKey(mentioned.Key) is { } t) mentionedTree.UnionWith(gazetteer.SelfAndAncestors(t).Select(a => a.Key));
        }
        foreach (var key in mentionedTree.Except(tree).Order(StringComparer.Ordinal)) d.Add(new StringField(Schema.TerritoryMentionedTree, key, Field.Store.NO));
        d.Add(new StoredField(Schema.TerritoriesJson, JsonSerializer.Serialize(territories, Json)));
    }

    public static DocumentTerritories Read(Document d)
    {
        var json = d.Get(Schema.TerritoriesJson);
        if (string.IsNullOrEmpty(json)) return DocumentTerritories.Empty;
        try
        {
            return JsonSerializer.Deserialize<DocumentTerritories>(json, Json) ?? DocumentTerritories.Empty;
        }
        catch (JsonException)
        {
            return DocumentTerritories.Empty;
        }
    }
}
