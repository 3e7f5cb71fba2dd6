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
/// <para>
/// The boundaries travel with the text. The analyzer's <c>InitReader</c> (<see cref="Prepare"/>) hands the chain a
/// <see cref="RowsReader"/> holding a body text and its boundaries; the chain's components give the filter every reader
/// they give the tokenizer (<see cref="Components"/>: at creation and at each <c>SetReader</c>), and the filter takes the
/// boundaries of that reader at its reset, as the tokenizer takes the reader itself. So each stream gets its own text's
/// rows whatever the order in which streams are taken, reset and read (one pending reader per components, as Lucene's
/// tokenizer has; a second stream from the same components before the first is closed is refused by the tokenizer).
/// </para>
/// </summary>
public sealed class TableRowGapFilter : TokenFilter
{
    /// <summary>The cell separator of a table row in an extracted text (<c>HtmlExtractor</c>).</summary>
    public const string CellSeparator = " | ";

    /// <summary>Positions added before a row: more than the widest passage (<see cref="Querying.RankingParameters.PassageWidth"/>).</summary>
    public const int RowGap = 1000;

    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    /// <summary>The boundaries of the reader the components last handed the tokenizer (taken at <see cref="Reset"/>).</summary>
    private int[] _pending = [];
    private int[] _boundaries = [];
    private int _next;
    private bool _first;

    public TableRowGapFilter(TokenStream input) : base(input)
    {
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>
    /// The reader an analyzer reads a field's value from (its <c>InitReader</c>): a body text is read whole (a string
    /// given to the analyzer comes back as itself, not copied) and, when it holds a table, returned with its row
    /// boundaries (a <see cref="RowsReader"/>; a plain <see cref="StringReader"/> when it has none); any other field's
    /// reader is returned as it is.
    /// </summary>
    public static TextReader Prepare(string fieldName, TextReader reader)
    {
        if (fieldName is not (Documents.Schema.Body or Documents.Schema.BodyExact) || reader is RowsReader) return reader;
        var text = reader.ReadToEnd() ?? "";
        var boundaries = Boundaries(text);
        return boundaries.Length == 0 ? new StringReader(text) : new RowsReader(text, boundaries);
    }

    /// <summary>What the components hand the tokenizer: the filter will use its boundaries from its next reset.</summary>
    private void Take(TextReader reader) => _pending = reader is RowsReader rows ? rows.Boundaries : [];

    public override void Reset()
    {
        base.Reset();
        _boundaries = _pending;
        _next = 0;
        _first = true;
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (_next < _boundaries.Length)
        {
            var crossed = false;
            while (_next < _boundaries.Length && _offset.StartOffset >= _boundaries[_next])
            {
                _next++;
                crossed = true;
            }
            if (crossed && !_first) _increment.PositionIncrement += RowGap;
        }
        _first = false;
        return true;
    }

    /// <summary>
    /// The character offsets where a table row starts, and where the text after a table starts: a row is a line holding
    /// <see cref="CellSeparator"/>. Sorted; empty for a text without tables. One pass: the text is searched for the
    /// separator, and only the line around each one found, and the start of the text after a table, are looked at.
    /// </summary>
    public static int[] Boundaries(string text)
    {
        var separator = text.IndexOf(CellSeparator, StringComparison.Ordinal);
        if (separator < 0) return [];
        var boundaries = new List<int>();
        var tableEnd = -1; // where the last row's line ends (its '\n'), once a table has begun
        while (separator >= 0)
        {
            var start = text.LastIndexOf('\n', separator) + 1;
            if (tableEnd >= 0) AfterTable(text, tableEnd + 1, start, boundaries);
            boundaries.Add(start);
            tableEnd = text.IndexOf('\n', separator);
            if (tableEnd < 0) return [.. boundaries];
            separator = text.IndexOf(CellSeparator, tableEnd + 1, StringComparison.Ordinal);
        }
        AfterTable(text, tableEnd + 1, text.Length, boundaries);
        return [.. boundaries];
    }

    /// <summary>The start of the first line of <c>[from, to)</c> (whole lines after a row) that is not blank, if any.</summary>
    private static void AfterTable(string text, int from, int to, List<int> boundaries)
    {
        var i = from;
        while (i < to && char.IsWhiteSpace(text[i])) i++;
        if (i < to) boundaries.Add(text.LastIndexOf('\n', i) + 1);
    }

    /// <summary>A body text and its row boundaries, read by the tokenizer like any string.</summary>
    public sealed class RowsReader(string text, int[] boundaries) : StringReader(text)
    {
        public int[] Boundaries { get; } = boundaries;
    }

    /// <summary>
    /// The components of a chain holding the filter: every reader given to the tokenizer (after <c>InitReader</c>) is
    /// given to the filter too, so the rows travel with the text instead of through any state outside the chain.
    /// </summary>
    public sealed class Components : TokenStreamComponents
    {
        private readonly TableRowGapFilter _rows;

        public Components(Tokenizer source, TokenStream result, TableRowGapFilter rows, TextReader reader) : base(source, result)
        {
            _rows = rows;
            rows.Take(reader);
        }

        protected override void SetReader(TextReader reader)
        {
            _rows.Take(reader);
            base.SetReader(reader);
        }
    }
}
