using System.Text.Encodings.Web;
using System.Text.Json;
using SampleGenerator.Model;

namespace SampleGenerator.Output;

/// <summary>Writes <c>&lt;file&gt;.meta.json</c>: url, title, publisher, date, type, themes (in that order).</summary>
public static class SidecarWriter
{
    public static byte[] Serialize(SampleDocument doc)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };
        using (var w = new Utf8JsonWriter(stream, options))
        {
            w.WriteStartObject();
            w.WriteString("url", doc.Url);
            w.WriteString("title", doc.Title);
            w.WriteString("publisher", doc.Publisher);
            w.WriteString("date", doc.Date);
            w.WriteString("type", doc.Type);
            w.WriteStartArray("themes");
            foreach (var t in doc.Themes) w.WriteStringValue(t);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
