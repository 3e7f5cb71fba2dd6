using System.Buffers;
using System.Text;
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
        return ReadWritten(json) ?? Deserialize(json);
    }

    /// <summary>What the serializer reads from <paramref name="json"/> (<see cref="DocumentTerritories.Empty"/> when it is not JSON).</summary>
    private static DocumentTerritories Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<DocumentTerritories>(json, Json) ?? DocumentTerritories.Empty;
        }
        catch (JsonException)
        {
            return DocumentTerritories.Empty;
        }
    }

    /// <summary>
    /// The territories of JSON of exactly the shape <see cref="AddTo"/> writes (an object with "about" and then
    /// "mentioned", arrays of objects with "level", "code", "name" and "key" strings), read without the serializer,
    /// which was most of the cost of turning a hit's stored fields into a document (a record built through its
    /// constructor). Null for anything else (another order, another name or case, a null, a duplicate), which the
    /// serializer reads instead: the result is the serializer's either way.
    /// </summary>
    private static DocumentTerritories? ReadWritten(string json)
    {
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var reader = new Utf8JsonReader(rented.AsSpan(0, Encoding.UTF8.GetBytes(json, rented)));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("about"u8)) return null;
            var about = ReadList(ref reader);
            if (about is null) return null;
            if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("mentioned"u8)) return null;
            var mentioned = ReadList(ref reader);
            if (mentioned is null) return null;
            if (!reader.Read() || reader.TokenType != JsonTokenType.EndObject || reader.Read()) return null;
            return new DocumentTerritories(about, mentioned);
        }
        catch (JsonException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>An array of territories, the reader left on its end; null when it is not exactly that.</summary>
    private static List<TerritoryRef>? ReadList(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray) return null;
        var list = new List<TerritoryRef>();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            string? level = null, code = null, name = null;
            var key = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var which = reader.ValueTextEquals("level"u8) ? 0 : reader.ValueTextEquals("code"u8) ? 1 : reader.ValueTextEquals("name"u8) ? 2
                    : reader.ValueTextEquals("key"u8) ? 3 : -1;
                if (!reader.Read() || reader.TokenType != JsonTokenType.String) return null;
                switch (which)
                {
                    case 0 when level is null: level = reader.GetString(); break;
                    case 1 when code is null: code = reader.GetString(); break;
                    case 2 when name is null: name = reader.GetString(); break;
                    case 3 when !key: key = true; break; // a computed property: the serializer does not read it either
                    default: return null;
                }
            }
            if (reader.TokenType != JsonTokenType.EndObject || level is null || code is null || name is null) return null;
            list.Add(new TerritoryRef(level, code, name));
        }
        return reader.TokenType == JsonTokenType.EndArray ? list : null;
    }
}
