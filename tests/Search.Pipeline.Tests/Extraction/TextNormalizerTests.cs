using Search.Pipeline.Extraction;

namespace Search.Pipeline.Tests.Extraction;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("les ﬁnances", "les finances")]
    [InlineData("un eﬀet", "un effet")]
    [InlineData("le cœur des œuvres", "le cœur des œuvres")]
    [InlineData("Universite ´ de Lyon", "Université de Lyon")]
    [InlineData("d´epartement", "département")]
    [InlineData("Fran¸cais", "Français")]
    [InlineData("pe`re et me`re", "père et mère")]
    [InlineData("  trop   d'espaces\u00A0ici ", "trop d'espaces ici")]
    [InlineData("Les collectivite\u0301s", "Les collectivités")]
    public void Normalizes(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void KeepsParagraphBreaksAndDropsControlCharacters()
    {
        var text = TextNormalizer.Normalize("Premier\u0001 paragraphe\n\n\n\nSecond \uE000paragraphe");
        Assert.Equal("Premier paragraphe\n\nSecond paragraphe", text);
    }

    [Fact]
    public void Characters_taken_as_already_normalised_are_their_own_nfkc_form()
    {
        var stable = Enumerable.Range(0, 65536).Select(c => (char)c).Where(c => !char.IsSurrogate(c) && TextNormalizer.IsNfkcStable(c.ToString())).ToArray();
        Assert.Contains('é', stable);
        Assert.DoesNotContain('\u00A0', stable);   // NBSP: NFKC makes it a space
        Assert.DoesNotContain('…', stable);         // NFKC makes it "..."
        foreach (var c in stable) Assert.Equal(c.ToString(), c.ToString().Normalize(System.Text.NormalizationForm.FormKC));
        var random = new Random(3);
        for (var n = 0; n < 20_000; n++)
        {
            var s = new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => stable[random.Next(stable.Length)]).ToArray());
            Assert.True(TextNormalizer.IsNfkcStable(s));
            Assert.Equal(s, s.Normalize(System.Text.NormalizationForm.FormKC));
        }
    }

    /// <summary>The whitespace collapsing as it was written with a regex, line by line.</summary>
    private static string CollapseSpacesReference(string text)
    {
        var sb = new System.Text.StringBuilder();
        var blank = 0;
        foreach (var raw in text.Split('\n'))
        {
            var line = System.Text.RegularExpressions.Regex.Replace(raw, "[ \\t\\r\\f\\v\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+", " ").Trim();
            if (line.Length == 0) { blank++; continue; }
            if (sb.Length > 0) sb.Append(blank > 0 ? "\n\n" : "\n");
            blank = 0;
            sb.Append(line);
        }
        return sb.ToString();
    }

    [Fact]
    public void Collapsing_spaces_gives_what_the_regex_gave()
    {
        const string pool = "ab é\t\r\f\v\n\u00A0\u2000\u2005\u200A\u200B\u202F\u205F\u3000\u2028\u0085\u1680x  \n\n";
        var random = new Random(5);
        foreach (var text in new[] { "", " ", "\n", "\n\n\n", "a\n", "\na", " a  b \n\n\n c " })
            Assert.Equal(CollapseSpacesReference(text), TextNormalizer.CollapseSpaces(text));
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pool[random.Next(pool.Length)]).ToArray());
            Assert.Equal(CollapseSpacesReference(text), TextNormalizer.CollapseSpaces(text));
        }
    }
}

public class TextQualityHeuristicsTests
{
    [Fact]
    public void FrenchProseIsUsable() =>
        Assert.True(TextQualityHeuristics.IsUsable("Les dépenses de fonctionnement des communes ont augmenté de 2,3 % en 2022 selon la DGCL."));

    [Fact]
    public void FinancialTableIsUsable() =>
        Assert.True(TextQualityHeuristics.IsUsable("Ain 1 234 567 € 12,5 % Aisne 2 345 678 € 13,1 % Allier 987 654 € 9,8 % Total 4 567 899 €"));

    [Fact]
    public void TableOfContentsWithLeadersIsUsable() =>
        Assert.True(TextQualityHeuristics.IsUsable("Sommaire ........................................ 3\nIntroduction .................................... 5\nMéthodologie ..................................... 7"));

    [Theory]
    [InlineData("")]
    [InlineData("   12  ")]
    [InlineData("\uE001\uE002\uE003\uE004 \uE005\uE006\uE007 \uE008\uE009\uE00A\uE00B")]
    [InlineData("\u0003\u0011\u0004\u0015\u0003 \u0012\u0013\u0014 \u0016\u0017\u0018\u0019 \u001A\u001B ab")]
    [InlineData("Xqzkrtv Bvcxwpl Mnbvcxz Qwrtzpk Lkjhgfd Zxcvbnm Pqrstvw Hgfdskl Trzpqxw Kvbnmlr")]
    public void GarbageIsNotUsable(string text) => Assert.False(TextQualityHeuristics.IsUsable(text));
}
