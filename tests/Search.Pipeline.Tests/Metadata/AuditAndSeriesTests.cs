using Search.Core.Documents;
using Search.Pipeline.Extraction;
using Search.Pipeline.Metadata;

namespace Search.Pipeline.Tests.Metadata;

/// <summary>Rules fixed after checking the real corpus: Cour des comptes / CRC letters, cited dates, series, language.</summary>
public class AuditAndSeriesTests
{
    private static ExtractedContent Html(string text, string? declaredTitle = "Cour des comptes", string? heading = null) => new()
    {
        Format = "html",
        Pages = [text],
        DeclaredTitles = declaredTitle is null ? [] : [declaredTitle],
        HeadingTitle = heading,
    };

    [Fact]
    public void CrcNotificationLetterGetsTheReportSubjectAndTheChamberOfItsSeat()
    {
        var text = "Cour des comptes\nLyon, le 6 juin 2016\nLa présidente\nN° D162377\nMonsieur le Président,\n"
                   + "Par lettre citée en référence, je vous ai communiqué le rapport d'observations définitives de la chambre régionale des comptes "
                   + "relatives à la gestion de la région Rhône-Alpes au cours des exercices 2010 à 2014 ainsi qu'à la construction du nouvel hôtel de région. "
                   + "A l'issue du délai d'un mois fixé par la loi du 21 mars 1988, je vous notifie à nouveau ce rapport.";
        var m = MetadataInferrer.Infer(Html(text, heading: "Le contexte régional"), "html/ccomptes_crc_391355.html");
        Assert.Equal("Rapport d'observations définitives – La gestion de la région Rhône-Alpes", m.Title);
        Assert.Equal("Chambre régionale des comptes Auvergne-Rhône-Alpes", m.Publisher);
        Assert.Equal(new DateOnly(2016, 6, 6), m.Date);
        Assert.Equal(DocumentTypes.AuditReport, m.Type);
    }

    [Fact]
    public void ChamberIsFoundFromTheAddresseesDepartment()
    {
        var text = "Cour des comptes\nLe président\nLe 29 août 2016\nà Monsieur le Président du conseil départemental des Deux-Sèvres\n"
                   + "Mail Lucie Aubrac CS 58880 79028 NIORT CEDEX\nJe vous prie de trouver ci-joint le rapport comportant les observations définitives "
                   + "de la chambre sur la gestion du département des Deux-Sèvres pour les exercices 2009 et suivants.";
        var m = MetadataInferrer.Infer(Html(text), "html/ccomptes_crc_392092.html");
        Assert.Equal("Chambre régionale des comptes Nouvelle-Aquitaine", m.Publisher);
        Assert.Equal("Rapport d'observations définitives – La gestion du département des Deux-Sèvres", m.Title);
    }

    [Fact]
    public void ObjectLineTitlesAReferéAndTheCourPublishesIt()
    {
        var text = "Cour des comptes\nLe Premier président\nà Monsieur le ministre\nRéf. : S2016-2671\n"
                   + "Objet : Fonds de coopération de la jeunesse et de l'éducation populaire (Fonjep)\n"
                   + "À la suite du contrôle des comptes, en application de la loi n° 61-825 du 28 juillet 1961, la Cour a examiné…";
        var m = MetadataInferrer.Infer(Html(text), "html/ccomptes_crc_391574.html");
        Assert.Equal("Fonds de coopération de la jeunesse et de l'éducation populaire (Fonjep)", m.Title);
        Assert.Equal("Cour des comptes", m.Publisher);
        Assert.Null(m.Date); // the 1961 law's date is a citation, not the publication date
    }

    [Fact]
    public void TerritorialChamberAndUpperCaseRodHeading()
    {
        var text = "RAPPORT D'OBSERVATIONS DEFINITIVES\nCOMMUNE DE PIRAE\nExercices 2010 et suivants\n"
                   + "la chambre territoriale des comptes de la Polynésie française a procédé à l'examen de la gestion de la commune.";
        var m = MetadataInferrer.Infer(Html(text), "html/ccomptes_crc_391382.html");
        Assert.Equal("Rapport d'observations définitives – Commune de Pirae", m.Title);
        Assert.Equal("Chambre territoriale des comptes de la Polynésie française", m.Publisher);
    }

    [Theory]
    [InlineData("Bulletin d'information statistique n° 170 — novembre 2023", "BIS n° 170")]
    [InlineData("BIS n°162 — Les EPCI à fiscalité propre", "BIS n° 162")]
    [InlineData("Insee Première n° 1925 — Paru le 29/11/2022", "Insee Première n° 1925")]
    [InlineData("Insee Analyses Bretagne n° 118 — juin 2023", "Insee Analyses Bretagne n° 118")]
    [InlineData("Études et résultats n° 1267, DREES", "Études et résultats n° 1267")]
    [InlineData("Les dépenses des départements en 2021", null)]
    public void SeriesAndNumber(string text, string? series) =>
        Assert.Equal(series, SeriesRule.Infer(null, text));

    [Fact]
    public void LanguageFromTheTextOverridesAWrongDeclaration()
    {
        var fr = string.Concat(Enumerable.Repeat("Les dépenses des communes et des départements sont en hausse dans la région. ", 5));
        var en = string.Concat(Enumerable.Repeat("The expenditure of the municipalities is rising in the region and this is new. ", 5));
        Assert.Equal("fr", LanguageRule.Detect("en", fr));
        Assert.Equal("en", LanguageRule.Detect("fr", en));
        Assert.Equal("fr", LanguageRule.Detect("fr-FR", "Bonjour"));
        Assert.Null(LanguageRule.Detect(null, ""));
        var m = MetadataInferrer.Infer(new ExtractedContent { Format = "pdf", Pages = [fr] }, "pdf/x.pdf");
        Assert.Equal("fr", m.Language);
    }
}
