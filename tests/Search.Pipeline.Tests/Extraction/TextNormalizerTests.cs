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
