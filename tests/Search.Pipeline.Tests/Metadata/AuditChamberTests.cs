using Search.Core.Documents;
using Search.Pipeline.Extraction;
using Search.Pipeline.Metadata;

namespace Search.Pipeline.Tests.Metadata;

/// <summary>The audit chambers' registry and the publisher names it merges.</summary>
public class AuditChamberTests
{
    [Fact]
    public void Every_department_of_metropolitan_France_has_exactly_one_regional_chamber()
    {
        var departments = AuditChambers.All.SelectMany(c => c.Departments).ToList();
        Assert.Equal(departments.Distinct().Count(), departments.Count);
        var expected = Enumerable.Range(1, 95).Where(d => d != 20).Select(d => d.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).Append("20");
        Assert.Equal(expected.Order(), departments.Order());
        Assert.Equal("Chambre régionale des comptes Auvergne-Rhône-Alpes", AuditChambers.ForDepartment("38")?.Name);
        Assert.Single(AuditChambers.All, c => c.Kind == "court");
    }

    [Theory]
    [InlineData("Chambre régionale des comptes Auvergne-Rhône-Alpes", "Chambre régionale des comptes Auvergne-Rhône-Alpes")]
    [InlineData("Chambre régionale des comptes d'Auvergne, Rhône-Alpes", "Chambre régionale des comptes Auvergne-Rhône-Alpes")]
    [InlineData("CHAMBRE RÉGIONALE DES COMPTES AUVERGNE-RHÔNE-ALPES", "Chambre régionale des comptes Auvergne-Rhône-Alpes")]
    [InlineData("Chambre régionale des comptes Rhône-Alpes", "Chambre régionale des comptes Auvergne-Rhône-Alpes")]
    [InlineData("Chambre régionale des comptes de Languedoc-Roussillon", "Chambre régionale des comptes Occitanie")]
    [InlineData("Chambre régionale des comptes d'Alsace, Champagne-Ardenne, Lorraine", "Chambre régionale des comptes Grand Est")]
    [InlineData("Chambre régionale des comptes d'Aquitaine, Limousin, Poitou-Charentes", "Chambre régionale des comptes Nouvelle-Aquitaine")]
    [InlineData("Chambre régionale des comptes de Provence-Alpes-Côte d'Azur", "Chambre régionale des comptes Provence-Alpes-Côte d'Azur")]
    public void Spellings_of_a_chamber_merge_into_its_canonical_name(string declared, string expected) =>
        Assert.Equal(expected, PublisherRule.CanonicalPublisher(declared));

    [Fact]
    public void Pays_de_la_Loire_is_read_whole()
    {
        Assert.Equal("Chambre régionale des comptes Pays de la Loire", PublisherRule.CanonicalPublisher("Chambre régionale des comptes Pays de la Loire"));
        Assert.Equal("Chambre régionale des comptes Pays de la Loire",
            PublisherRule.InferPublisher("Rapport de la chambre régionale des comptes Pays de la Loire sur la gestion de la commune.", "doc.pdf"));
    }

    [Fact]
    public void A_chamber_name_does_not_run_across_a_line_break()
    {
        // The words on the next line are not part of the chamber's name...
        Assert.Null(PublisherRule.CanonicalPublisher("les observations de la chambre régionale des comptes\nDélibéré le 3 mai 2019"));
        Assert.Equal("Chambre régionale des comptes Normandie",
            PublisherRule.InferPublisher("Rapport de la chambre régionale des comptes Normandie\nCommune de Caen\nExercices 2015 et suivants", "doc.pdf"));
        // ...unless the chamber's name is all of the next line (a letterhead).
        Assert.Equal("Chambre régionale des comptes Bretagne", PublisherRule.CanonicalPublisher("CHAMBRE RÉGIONALE DES COMPTES\nBRETAGNE"));
    }

    [Fact]
    public void A_publisher_suffix_is_dropped_from_an_html_title()
    {
        var content = new ExtractedContent
        {
            Format = "html",
            Pages = ["La chambre a examiné la gestion de la commune de Vienne pour les exercices 2015 et suivants."],
            PageTitle = "Commune de Vienne : rapport d'observations définitives | Chambre régionale des comptes Auvergne-Rhône-Alpes",
        };
        Assert.Equal("Commune de Vienne : rapport d'observations définitives", MetadataInferrer.Infer(content, "vienne.html").Title);
        var declared = content with { PageTitle = null, DeclaredTitles = ["Les finances des communes en 2022 | Observatoire des finances et de la gestion publique locales"] };
        Assert.Equal("Les finances des communes en 2022", MetadataInferrer.Infer(declared, "finances.html").Title);
        // A part after "|" that names no publisher stays.
        var kept = content with { PageTitle = "Budget 2023 | Dépenses de fonctionnement et d'investissement des communes" };
        Assert.Equal("Budget 2023 | Dépenses de fonctionnement et d'investissement des communes", MetadataInferrer.Infer(kept, "budget.html").Title);
    }
}
