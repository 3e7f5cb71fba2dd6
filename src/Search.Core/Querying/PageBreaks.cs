namespace Search.Core.Querying;

/// <summary>
/// Page boundaries of a document's body (its pages joined by <see cref="SnippetBuilder.PageSeparator"/>): each
/// passage of the highlighter is then a whole page.
/// </summary>
public sealed class PageBreaks : ScanningBreakIterator
{
    protected override int NextBoundary(int from)
    {
        if (from >= Chars.Length) return Chars.Length;
        var separator = Chars.IndexOf(SnippetBuilder.PageSeparator, Math.Max(0, from - 1));
        return separator < 0 ? Chars.Length : separator + 1;
    }

    protected override int PreviousBoundary(int from)
    {
        if (from <= 0) return 0;
        var separator = Chars.LastIndexOf(SnippetBuilder.PageSeparator, Math.Min(from, Chars.Length) - 1);
        return separator < 0 ? 0 : separator + 1;
    }

    protected override bool IsBoundaryAt(int p) => Chars[p - 1] == SnippetBuilder.PageSeparator;
}
