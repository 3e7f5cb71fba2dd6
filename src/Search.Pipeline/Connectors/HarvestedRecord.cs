namespace Search.Pipeline.Connectors;

/// <summary>One catalogue record (an SRU Dublin Core record, an OpenDataSoft dataset) about to become a document.</summary>
public sealed record HarvestedRecord
{
    /// <summary>The record's link (dc:identifier, the dataset's page): the document's URL and identity.</summary>
    public required string Url { get; init; }
    public required string Title { get; init; }
    public DateOnly? Date { get; init; }
    public string? Publisher { get; init; }
    public IReadOnlyList<string> Subjects { get; init; } = [];
    public string? Description { get; init; }
    public string? Type { get; init; }
    /// <summary>Hash of what the record says: an unchanged record is not written again.</summary>
    public required string ContentHash { get; init; }
}

/// <summary>A page of records and the total the server announces.</summary>
public sealed record RecordPage(int Total, IReadOnlyList<HarvestedRecord> Records);

/// <summary>A catalogue API read page by page: SRU 1.2 or OpenDataSoft's catalogue API v2.</summary>
public interface IRecordConnector
{
    /// <summary>The URL of the page of records starting at <paramref name="offset"/> (0-based).</summary>
    Uri PageUrl(int offset, DateTimeOffset? modifiedSince);

    RecordPage Parse(string body);

    int PageSize { get; }
    int MaxRecords { get; }
}

/// <summary>A catalogue answer that cannot be read (not the expected format, a diagnostic from the server).</summary>
public sealed class ConnectorException(string message, Exception? inner = null) : Exception(message, inner);

internal static class RecordHashing
{
    public static string Hash(params object?[] parts)
    {
        var text = string.Join("\u001f", parts.Select(p => p switch
        {
            null => "",
            IEnumerable<string> list => string.Join("\u001e", list),
            _ => Convert.ToString(p, System.Globalization.CultureInfo.InvariantCulture),
        }));
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }
}
