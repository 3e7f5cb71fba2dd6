using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// A table row is a passage of its own (issue 14, point 5). The extractors write a table as one line per row, its cells
/// joined by <see cref="CellSeparator"/>; a row is a record ("Victimes accidents de la route | 27 - Eure | 2 000 €"),
/// not a passage about the words of its neighbours, of its column headers or of the prose around the table. The first
/// token of each row, and the first token after a table, is moved <see cref="RowGap"/> positions further, more than any
/// passage of <see cref="Querying.PassageCoverage"/> spans: a query's words count as together in a table only when one
/// row holds them (phrases never span two rows either). A column header row is a row like the others: a header names
/// what the columns hold, not what a row is about. The positions only move: every word keeps its terms and offsets.
/// </summary>
public sealed class TableRowGapFilter : TokenFilter
{
    /// <summary>The cell separator of a table row in an extracted text (<c>HtmlExtractor</c>).</summary>
    public const string CellSeparator = " | ";

    /// <summary>Positions added before a row: more than the widest passage (<see cref="Querying.RankingParameters.PassageWidth"/>).</summary>
    public const int RowGap = 1000;

    /// <summary>The boundaries of the text the analyzer is about to read on this thread (set by its reader, taken by <see cref="Reset"/>).</summary>
    [ThreadStatic] private static int[]? _pending;

    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private int[] _boundaries = [];
    private int _next;
    private bool _first;

    public TableRowGapFilter(TokenStream input) : base(input)
    {
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>
    /// The reader an analyzer reads a field's value from (its <c>InitReader</c>): a body text is read whole and its row
    /// boundaries recorded for the filter of this thread's chain, which takes them at its reset; any other field has none.
    /// </summary>
    public static TextReader Prepare(string fieldName, TextReader reader)
    {
        if (fieldName is not (Documents.Schema.Body or Documents.Schema.BodyExact))
        {
            _pending = null;
            return reader;
        }
        var text = reader.ReadToEnd() ?? "";
        _pending = Boundaries(text);
        return new StringReader(text);
    }

    public override void Reset()
    {
        base.Reset();
        _boundaries = _pending ?? [];
        _pending = null;
        _next = 0;
        _first = true;
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var crossed = false;
        while (_next < _boundaries.Length && _offset.StartOffset >= _boundaries[_next])
        {
            _next++;
            crossed = true;
        }
        if (crossed && !_first) _increment.PositionIncrement += RowGap;
        _first = false;
        return true;
    }

    /// <summary>
    /// The character offsets where a table row starts, and where the text after a table starts: a row is a line holding
    /// <see cref="CellSeparator"/>. Sorted; empty for a text without tables.
    /// </summary>
    public static int[] Boundaries(string text)
    {
        if (!text.Contains(CellSeparator, StringComparison.Ordinal)) return [];
        var boundaries = new List<int>();
        var inTable = false;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(start, end - start);
            if (line.Contains(CellSeparator, StringComparison.Ordinal))
            {
                boundaries.Add(start);
                inTable = true;
            }
            else if (inTable && !line.IsWhiteSpace())
            {
                boundaries.Add(start);
                inTable = false;
            }
            start = end + 1;
        }
        return [.. boundaries];
    }
}
