using System.Text;

namespace Search.Core.Documents;

/// <summary>
/// CSV for spreadsheet users (RFC 4180: comma-separated, CRLF, quoted when needed), safe to open: a cell that a
/// spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage return) is prefixed with an
/// apostrophe. Files are written in UTF-8 with a byte order mark (<see cref="Encode"/>) so that accents survive.
/// </summary>
public static class Csv
{
    public static string Cell(string? value)
    {
        value ??= "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    /// <summary>Appends one row (cells escaped, CRLF-terminated).</summary>
    public static StringBuilder AppendRow(this StringBuilder sb, params IEnumerable<string?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first) sb.Append(',');
            sb.Append(Cell(cell));
            first = false;
        }
        return sb.Append("\r\n");
    }

    /// <summary>The bytes of a CSV file: UTF-8 with a byte order mark.</summary>
    public static byte[] Encode(string csv) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)];
}
