using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// Joins dotted acronyms: the token "E.P.C.I" (single letters separated by dots, as the
/// StandardTokenizer leaves them) becomes "EPCI", so both spellings match.
/// </summary>
public sealed class AcronymDotFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public AcronymDotFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = _term.Buffer;
        var length = _term.Length;
        if (length >= 3 && IsDottedAcronym(buffer, length))
        {
            var w = 0;
            for (var r = 0; r < length; r++)
            {
                if (buffer[r] != '.') buffer[w++] = buffer[r];
            }
            _term.Length = w;
        }
        return true;
    }

    private static bool IsDottedAcronym(char[] buffer, int length)
    {
        // letter (. letter)+ with an optional final dot
        for (var i = 0; i < length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsLetter(buffer[i]) : buffer[i] != '.') return false;
        }
        return true;
    }
}
