using System.Text;
using Search.Core.Querying;

namespace Search.Core.Tests.Querying;

/// <summary>
/// <see cref="QueryText.Fold"/> folds most texts from a table; it must give exactly what its definition through Unicode's
/// case mapping and normalisations gives (<see cref="QueryText.FoldByUnicode"/>): the exact fields, prefixes, the
/// near-duplicate signature and the publisher keys all compare folded strings made by one or the other.
/// </summary>
public sealed class QueryTextFoldTests
{
    private static readonly char[] TableChars = Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(QueryText.InFoldTable).ToArray();

    [Fact]
    public void Every_character_and_every_pair_of_the_table_fold_as_by_unicode()
    {
        Assert.Contains('é', TableChars);
        Assert.Contains('\u2019', TableChars);
        Assert.DoesNotContain('\u0301', TableChars); // a combining mark is never folded from the table
        var pair = new char[2];
        foreach (var a in TableChars)
        {
            Assert.Equal(QueryText.FoldByUnicode(a.ToString()), QueryText.Fold(a.ToString()));
            pair[0] = a;
            foreach (var b in TableChars)
            {
                pair[1] = b;
                var text = new string(pair);
                var expected = QueryText.FoldByUnicode(text);
                var actual = QueryText.Fold(text);
                if (!string.Equals(expected, actual, StringComparison.Ordinal))
                    Assert.Fail($"U+{(int)a:X4} U+{(int)b:X4}: \"{expected}\" by Unicode, \"{actual}\" from the table");
            }
        }
    }

    [Theory]
    [InlineData("Élus ŒUVRE Cœur Æsop", "elus oeuvre coeur aesop")]
    [InlineData("Saint-Étienne — 2024 : l’État", "saint-etienne — 2024 : l’etat")]
    [InlineData("déjà folded", "deja folded")]
    [InlineData("already folded", "already folded")]
    [InlineData("", "")]
    [InlineData("e\u0301cole", "ecole")]           // a detached accent: through Unicode
    [InlineData("Ελληνικά Ωμέγα", "ελληνικα ωμεγα")] // outside the table: through Unicode
    public void Known_texts(string text, string folded)
    {
        Assert.Equal(folded, QueryText.Fold(text));
        Assert.Equal(QueryText.FoldByUnicode(text), QueryText.Fold(text));
    }

    [Fact]
    public void Random_texts_fold_as_by_unicode()
    {
        var random = new Random(20261204);
        // Mostly table characters, with combining marks, Greek, CJK, Hangul jamo and surrogates now and then.
        // (A lone surrogate makes both throw: Unicode normalisation refuses it.)
        string[] others = ["\u0301", "\u0308", "\u0327", "\u0391", "\u03C3", "\u4E2D", "\u1100", "\u1161", "\u11A8", "\uD83D\uDE00", "\u212B", "\u2126", "\uFB01", "\u0130", "\u212A"];
        for (var n = 0; n < 20_000; n++)
        {
            var sb = new StringBuilder();
            var length = random.Next(0, 40);
            for (var k = 0; k < length; k++)
            {
                if (random.Next(10) == 0) sb.Append(others[random.Next(others.Length)]);
                else sb.Append(TableChars[random.Next(TableChars.Length)]);
            }
            var text = sb.ToString();
            Assert.Equal(QueryText.FoldByUnicode(text), QueryText.Fold(text));
        }
        Assert.Throws<ArgumentException>(() => QueryText.Fold("caf\uD83D"));
    }
}
