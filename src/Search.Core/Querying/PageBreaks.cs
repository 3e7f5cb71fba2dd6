using ICU4N.Support.Text;
using ICU4N.Text;

namespace Search.Core.Querying;

/// <summary>
/// Page boundaries of a document's body (its pages joined by <see cref="SnippetBuilder.PageSeparator"/>): each
/// passage of the highlighter is then a whole page.
/// </summary>
public sealed class PageBreaks : BreakIterator
{
    private string _text = "";
    private int _current;
    private CharacterIterator? _iterator;

    public override int Current => _current;

    public override CharacterIterator Text => _iterator ??= new StringCharacterIterator(_text);

    public override void SetText(CharacterIterator newText)
    {
        var chars = new System.Text.StringBuilder();
        for (var c = newText.First(); c != CharacterIterator.Done; c = newText.Next()) chars.Append(c);
        SetText(chars.ToString());
    }

    public override void SetText(string newText)
    {
        _text = newText ?? "";
        _iterator = null;
        _current = 0;
    }

    public override int First() => _current = 0;

    public override int Last() => _current = _text.Length;

    public override int Next()
    {
        if (_current >= _text.Length) return Done;
        return _current = NextBoundary(_current + 1);
    }

    public override int Next(int n)
    {
        var result = _current;
        for (; n > 0 && result != Done; n--) result = Next();
        for (; n < 0 && result != Done; n++) result = Previous();
        return result;
    }

    public override int Previous()
    {
        if (_current <= 0) return Done;
        return _current = PreviousBoundary(_current - 1);
    }

    public override int Following(int offset)
    {
        if (offset >= _text.Length)
        {
            _current = _text.Length;
            return Done;
        }
        return _current = NextBoundary(Math.Max(0, offset) + 1);
    }

    public override int Preceding(int offset)
    {
        if (offset <= 0) return Done;
        return _current = PreviousBoundary(Math.Min(offset, _text.Length) - 1);
    }

    public override bool IsBoundary(int offset) => offset == 0 || offset == _text.Length || (offset > 0 && offset < _text.Length && IsBoundaryAt(offset));

    /// <summary>The first boundary at or after <paramref name="from"/>.</summary>
    private int NextBoundary(int from)
    {
        if (from >= _text.Length) return _text.Length;
        var separator = _text.IndexOf(SnippetBuilder.PageSeparator, Math.Max(0, from - 1));
        return separator < 0 ? _text.Length : separator + 1;
    }

    /// <summary>The last boundary at or before <paramref name="from"/>.</summary>
    private int PreviousBoundary(int from)
    {
        if (from <= 0) return 0;
        var separator = _text.LastIndexOf(SnippetBuilder.PageSeparator, Math.Min(from, _text.Length) - 1);
        return separator < 0 ? 0 : separator + 1;
    }

    private bool IsBoundaryAt(int p) => _text[p - 1] == SnippetBuilder.PageSeparator;
}
