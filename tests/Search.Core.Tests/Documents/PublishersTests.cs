using Search.Core.Documents;

namespace Search.Core.Tests.Documents;

/// <summary>One canonical name per publishing body (<c>Data/publishers.tsv</c> and the audit chambers' registry).</summary>
public class PublishersTests
{
    [Theory]
    [InlineData("DGCL", "DGCL")]
    [InlineData("dgcl", "DGCL")]
    [InlineData("Direction générale des collectivités locales", "DGCL")]
    [InlineData("DIRECTION GENERALE DES COLLECTIVITES LOCALES", "DGCL")]
    [InlineData("DGCL – DESL", "DGCL")]
    [InlineData("DGCL/DESL", "DGCL")]
    [InlineData("Direction générale des finances publiques", "DGFiP")]
    [InlineData("SENAT", "Sénat")]
    [InlineData("l'Assemblée Nationale", "Assemblée nationale")]
    [InlineData("Chambre régionale des comptes Auvergne-Rhône-Alpes", "Chambre régionale des comptes Auvergne-Rhône-Alpes")]
    [InlineData("Chambre régionale des comptes d'Auvergne, Rhône-Alpes", "Chambre régionale des comptes Auvergne-Rhône-Alpes")]
    [InlineData("CRC Rhône-Alpes", "Chambre régionale des comptes Auvergne-Rhône-Alpes")]
    [InlineData("chambre regionale des comptes de Languedoc-Roussillon", "Chambre régionale des comptes Occitanie")]
    [InlineData("Chambre territoriale des comptes de la Polynésie française", "Chambre territoriale des comptes de la Polynésie française")]
    public void Every_variant_of_a_body_is_its_canonical_name(string variant, string canonical)
    {
        Assert.Equal(canonical, Publishers.Known(variant));
        Assert.Equal(canonical, Publishers.Canonical(variant));
    }

    [Fact]
    public void An_unknown_name_is_kept_with_its_spaces_squashed_and_a_blank_one_is_no_name()
    {
        Assert.Null(Publishers.Known("Commune d'Aizac"));
        Assert.Equal("Commune d'Aizac", Publishers.Canonical("  Commune   d'Aizac "));
        // A bare chamber names no body: it stays as it is (the indexing stage locates it from the territories).
        Assert.Equal("Chambre régionale des comptes", Publishers.Canonical("Chambre régionale des comptes"));
        Assert.Null(Publishers.Canonical("  "));
        Assert.Null(Publishers.Canonical(null));
    }

    [Fact]
    public void The_data_file_names_each_body_once()
    {
        Assert.Contains(Publishers.Bodies, b => b.Name == "DGCL" && b.IsCue && b.Variants.Contains("DGCL – DESL"));
        Assert.Equal(Publishers.Bodies.Count, Publishers.Bodies.Select(b => b.Name).Distinct().Count());
        Assert.All(Publishers.Bodies, b => Assert.Equal(b.Name, Publishers.Known(b.Name)));
    }
}
