using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Search.Pipeline.Metadata;

/// <summary>A sidecar file (<c>&lt;file&gt;.meta.json</c>) that cannot be used; the message says why.</summary>
public sealed class SidecarFormatException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Metadata given next to a file, as a publisher's site would: <c>&lt;file&gt;.meta.json</c> with
/// { url, title, publisher, date ("yyyy-MM-dd", "yyyy-MM" or "yyyy"), type, themes[], summary? }.
/// Every field is optional; unknown fields are ignored.
/// </summary>
public sealed partial record SidecarMetadata
{
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Publisher { get; init; }
    /// <summary>Full date; "yyyy-MM" gives the first day of the month; a year alone gives null (see <see cref="Year"/>).</summary>
    public DateOnly? Date { get; init; }
    /// <summary>The year of the date, also when only a year was given.</summary>
    public int? Year { get; init; }
    /// <summary>The date exactly as written in the sidecar.</summary>
    public string? RawDate { get; init; }
    public string? Type { get; init; }
    public IReadOnlyList<string> Themes { get; init; } = [];
    public string? Summary { get; init; }

    /// <summary>Where the sidecar of a file is: the file path + ".meta.json".</summary>
    public static string PathFor(string file) => file + ".meta.json";

    /// <summary>Reads the sidecar of a file; null when there is none. Throws <see cref="SidecarFormatException"/> when it is malformed.</summary>
    public static SidecarMetadata? TryLoad(string file)
    {
        var path = PathFor(file);
        return File.Exists(path) ? Load(path) : null;
    }

    /// <summary>Reads a sidecar file; throws <see cref="SidecarFormatException"/> when it is malformed or unreadable.</summary>
    public static SidecarMetadata Load(string sidecarPath)
    {
        string json;
        try { json = File.ReadAllText(sidecarPath); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SidecarFormatException($"Sidecar {Path.GetFileName(sidecarPath)} cannot be read: {ex.Message}", ex);
        }
        return Parse(json, Path.GetFileName(sidecarPath));
    }

    /// <summary>Parses sidecar JSON; <paramref name="source"/> names it in error messages.</summary>
    public static SidecarMetadata Parse(string json, string source = "sidecar")
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new SidecarFormatException($"Malformed sidecar {source}: invalid JSON ({ex.Message})", ex);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new SidecarFormatException($"Malformed sidecar {source}: a JSON object {{ url, title, publisher, date, type, themes, summary }} is expected, found {root.ValueKind}");

            string? Str(string name)
            {
                foreach (var p in root.EnumerateObject())
                {
                    if (!string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) continue;
                    return p.Value.ValueKind switch
                    {
                        JsonValueKind.String => string.IsNullOrWhiteSpace(p.Value.GetString()) ? null : p.Value.GetString()!.Trim(),
                        JsonValueKind.Null => null,
                        JsonValueKind.Number when name == "date" => p.Value.GetRawText(),
                        _ => throw new SidecarFormatException($"Malformed sidecar {source}: \"{name}\" must be a string, found {p.Value.ValueKind}"),
                    };
                }
                return null;
            }

            var themes = new List<string>();
            foreach (var p in root.EnumerateObject())
            {
                if (!string.Equals(p.Name, "themes", StringComparison.OrdinalIgnoreCase)) continue;
                switch (p.Value.ValueKind)
                {
                    case JsonValueKind.Array:
                        foreach (var t in p.Value.EnumerateArray())
                        {
                            if (t.ValueKind != JsonValueKind.String)
                                throw new SidecarFormatException($"Malformed sidecar {source}: \"themes\" must be an array of strings, found a {t.ValueKind}");
                            var s = t.GetString()?.Trim();
                            if (!string.IsNullOrEmpty(s) && !themes.Contains(s, StringComparer.OrdinalIgnoreCase)) themes.Add(s);
                        }
                        break;
                    case JsonValueKind.String:
                        themes.AddRange(p.Value.GetString()!.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                        break;
                    case JsonValueKind.Null:
                        break;
                    default:
                        throw new SidecarFormatException($"Malformed sidecar {source}: \"themes\" must be an array of strings, found {p.Value.ValueKind}");
                }
            }

            var rawDate = Str("date");
            DateOnly? date = null;
            int? year = null;
            if (rawDate is not null)
            {
                (date, year) = ParseDate(rawDate)
                    ?? throw new SidecarFormatException($"Malformed sidecar {source}: \"date\" must be \"yyyy-MM-dd\", \"yyyy-MM\" or \"yyyy\", found \"{rawDate}\"");
            }

            return new SidecarMetadata
            {
                Url = Str("url"),
                Title = Str("title"),
                Publisher = Str("publisher"),
                Date = date,
                Year = year,
                RawDate = rawDate,
                Type = Str("type"),
                Themes = themes,
                Summary = Str("summary"),
            };
        }
    }

    /// <summary>"yyyy-MM-dd" -> (date, year); "yyyy-MM" -> (first of month, year); "yyyy" -> (null, year); else null.</summary>
    public static (DateOnly? Date, int? Year)? ParseDate(string value)
    {
        var m = DatePattern().Match(value.Trim());
        if (!m.Success) return null;
        var y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        if (y is < 1800 or > 2200) return null;
        if (!m.Groups[2].Success) return (null, y);
        var mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        if (mo is < 1 or > 12) return null;
        var d = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : 1;
        if (d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
        return (new DateOnly(y, mo, d), y);
    }

    [GeneratedRegex(@"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")]
    private static partial Regex DatePattern();
}
