using System.Text;
using System.Text.RegularExpressions;
using Search.Core.Territories;

namespace Search.Core.Tests.Territories;

/// <summary>
/// The scan that finds the départements' adjectives gives what the regex it replaced gave: the adjectives of the list
/// between look-arounds that refuse a letter or a hyphen on either side, with an optional "e" or "ne" and "s".
/// </summary>
public sealed class DepartementAdjectiveTests
{
    private static readonly IReadOnlyList<(string Code, string Adjective)> Adjectives = TerritoryRecognizer.DepartementAdjectiveList;

    /// <summary>The replaced regex, rebuilt from the same list.</summary>
    private static readonly Regex Reference = new(
        @"(?<![\p{L}-])(" + string.Join('|', Adjectives.Select(a => a.Adjective)) + @")(?:e|ne)?s?(?![\p{L}-])", RegexOptions.CultureInvariant);

    private static List<string> ByRegex(string text) =>
        Reference.Matches(text).Select(m => Adjectives.First(a => a.Adjective == m.Groups[1].Value).Code).ToList();

    private static List<string> ByScan(string text) => TerritoryRecognizer.DepartementCodesByAdjective(text).ToList();

    [Theory]
    [InlineData("Les collèges yvelinois et les lycées vendéens", new[] { "78", "85" })]
    [InlineData("la côte vendéenne, les plages vendéennes", new[] { "85", "85" })]
    [InlineData("Les Yvelinois (capitale) ne sont pas yvelinois-ouest ni ultrayvelinois", new string[0])]
    [InlineData("le haut-marnais et le marnais", new[] { "52", "51" })]
    [InlineData("marnais,haut-rhinoise;bas-rhinoises.", new[] { "51", "68", "67" })]
    [InlineData("-marnais marnais- marnaiss marnaisne marnaisnes marnaisse", new[] { "51", "51", "51" })]
    [InlineData("séquano-dionysiens\u00a0: les élus séquano-dionysiennes", new[] { "93", "93" })]
    [InlineData("", new string[0])]
    public void Finds_the_whole_words_the_regex_found(string text, string[] codes)
    {
        Assert.Equal(codes, ByScan(text));
        Assert.Equal(ByRegex(text), ByScan(text));
    }

    [Fact]
    public void Every_form_of_every_adjective_in_every_context_as_the_regex()
    {
        var endings = new[] { "", "e", "ne", "s", "es", "nes", "x", "ss", "-", "é" };
        var around = new[] { ("", ""), (" ", " "), ("a", ""), ("", "a"), ("-", ""), ("", "-"), ("(", ")"), ("É", ""), ("", "ç"), ("1", "2"), ("l'", "."), ("\u2019", "\u00a0") };
        var checkedTexts = 0;
        foreach (var (_, adjective) in Adjectives)
        {
            foreach (var ending in endings)
            {
                foreach (var (before, after) in around)
                {
                    var text = before + adjective + ending + after;
                    Assert.Equal(ByRegex(text), ByScan(text));
                    checkedTexts++;
                }
            }
        }
        Assert.Equal(Adjectives.Count * endings.Length * around.Length, checkedTexts);
    }

    [Fact]
    public void Random_texts_of_adjectives_pieces_letters_and_punctuation_as_the_regex()
    {
        var random = new Random(20261205);
        var pieces = Adjectives.Select(a => a.Adjective)
            .Concat(Adjectives.Select(a => a.Adjective[..(a.Adjective.Length / 2)]))
            .Concat(["e", "ne", "s", "es", "-", " ", "  ", ",", ".", "'", "\u2019", "É", "ç", "x", "1", "\n", "\u00a0", "haut", "bas", "et"])
            .ToArray();
        var found = 0;
        for (var k = 0; k < 3000; k++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(1, 12); n > 0; n--) text.Append(pieces[random.Next(pieces.Length)]);
            var s = text.ToString();
            var expected = ByRegex(s);
            Assert.Equal(expected, ByScan(s));
            found += expected.Count;
        }
        Assert.True(found > 200, $"only {found} adjectives in the random texts: the test would not compare much");
    }
}
