namespace SampleGenerator.Model;

public abstract record Block;
public sealed record Heading(string Text) : Block;
public sealed record SubHeading(string Text) : Block;
public sealed record Paragraph(string Text) : Block;
public sealed record Bullet(string Text) : Block;
public sealed record Table(IReadOnlyList<IReadOnlyList<string>> Rows, string? Note) : Block;
public sealed record Columns(IReadOnlyList<Block> Blocks) : Block;
public sealed record PageBreak : Block;

/// <summary>
/// The line-based markup of document bodies: "## " heading, "### " sub-heading, "- " bullet,
/// "| a | b |" table rows (first row is the header, a following "Source : …" line is the note),
/// "[[cols]]" … "[[/cols]]" a two-column section, "[[page]]" a page break; other lines are
/// paragraphs, consecutive lines joined, separated by blank lines.
/// </summary>
public static class Markup
{
    public static IReadOnlyList<Block> Parse(string text)
    {
        var root = new List<Block>();
        List<Block>? cols = null;
        var para = new List<string>();
        List<IReadOnlyList<string>>? rows = null;
        List<Block> Target() => cols ?? root;

        void FlushPara()
        {
            if (para.Count > 0) Target().Add(new Paragraph(string.Join(' ', para)));
            para.Clear();
        }
        void FlushTable(string? note)
        {
            if (rows is not null) Target().Add(new Table(rows, note));
            rows = null;
        }

        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (rows is not null && !line.StartsWith('|'))
            {
                var isNote = line.StartsWith("Source", StringComparison.Ordinal) || line.StartsWith("Champ", StringComparison.Ordinal) || line.StartsWith("Note", StringComparison.Ordinal);
                FlushTable(isNote ? line : null);
                if (isNote) continue;
            }
            if (line.Length == 0) { FlushPara(); continue; }
            if (line == "[[cols]]") { FlushPara(); cols = []; continue; }
            if (line == "[[/cols]]") { FlushPara(); root.Add(new Columns(cols!)); cols = null; continue; }
            if (line == "[[page]]") { FlushPara(); Target().Add(new PageBreak()); continue; }
            if (line.StartsWith("### ", StringComparison.Ordinal)) { FlushPara(); Target().Add(new SubHeading(line[4..])); continue; }
            if (line.StartsWith("## ", StringComparison.Ordinal)) { FlushPara(); Target().Add(new Heading(line[3..])); continue; }
            if (line.StartsWith("- ", StringComparison.Ordinal)) { FlushPara(); Target().Add(new Bullet(line[2..])); continue; }
            if (line.StartsWith('|'))
            {
                FlushPara();
                rows ??= [];
                rows.Add(line.Trim('|').Split('|').Select(c => c.Trim()).ToArray());
                continue;
            }
            para.Add(line);
        }
        FlushPara();
        FlushTable(null);
        if (cols is not null) throw new InvalidOperationException("Unclosed [[cols]] section.");
        return root;
    }

    /// <summary>Plain words of a body, for word counts.</summary>
    public static int CountWords(string text) =>
        text.Split([' ', '\n', '\r', '\t', '|'], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
}
