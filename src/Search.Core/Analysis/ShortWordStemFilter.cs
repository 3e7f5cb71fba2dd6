using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// Runs after FrenchMinimalStem, which leaves words under six letters alone: for words of three to five
/// letters (accents already folded), drops the plural "s" (four letters or more), then a feminine "e" after a vowel, so that
/// "élues", "élue", "élus" and "élu" meet ("elu"), as "aides" and "aide" do. Keyword-marked tokens are kept.
/// </summary>
public sealed class ShortWordStemFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public ShortWordStemFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (_keyword.IsKeyword) return true;
        var length = _term.Length;
        if (length is < 3 or > 5) return true;
        var b = _term.Buffer;
        if (!IsLetters(b, length)) return true;
        if (length >= 4 && b[length - 1] == 's') length--;
        // "rue" as well as "rues": three-letter words lose the feminine e too, so that both forms meet.
        if (length >= 3 && b[length - 1] == 'e' && b[length - 2] is 'u' or 'i' or 'e') length--;
        _term.Length = length;
        return true;
    }

    private static bool IsLetters(char[] b, int length)
    {
        for (var i = 0; i < length; i++)
            if (b[i] is < 'a' or > 'z') return false;
        return true;
    }
}
