using Search.Core.Documents;
using Search.Pipeline.Extraction;
using Search.Pipeline.Metadata;

namespace Search.Pipeline.Tests.Metadata;

public class FrenchDatesTests
{
    private static readonly DateOnly Today = new(2024, 6, 1);

    [Theory]
    [InlineData("Insee Première n° 1925 — Paru le 29/11/2022", 2022, 11, 29)]
    [InlineData("Publié le 3 mars 2023 par la DGCL", 2023, 3, 3)]
    [InlineData("Publication : 14 mars 2023", 2023, 3, 14)]
    [InlineData("Mise à jour le 1er février 2024", 2024, 2, 1)]
    [InlineData("Bulletin d'information statistique — novembre 2022", 2022, 11, 1)]
    [InlineData("Situation au 1er janvier 2022", 2022, 1, 1)]
    [InlineData("publie le 5 aout 2021, decembre", 2021, 8, 5)]
    [InlineData("Édition du 7 décembre 2020", 2020, 12, 7)]
    public void FindsFrenchDateCues(string text, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), FrenchDates.FindPublicationDate(text, today: Today));

    [Fact]
    public void PrefersPublicationCuesOverOtherDates()
    {
        var text = "Données au 1er janvier 2021. Les résultats détaillés figurent en annexe. Paru le 15/06/2022.";
        Assert.Equal(new DateOnly(2022, 6, 15), FrenchDates.FindPublicationDate(text, today: Today));
    }

    [Fact]
    public void IgnoresFarFutureDatesAndYearsAlone()
    {
        Assert.Null(FrenchDates.FindPublicationDate("Objectif de neutralité carbone : 31 décembre 2050.", today: Today));
        Assert.Null(FrenchDates.FindPublicationDate("Les comptes des communes 2011", today: Today));
        Assert.Equal(2011, FrenchDates.FindYear("Les comptes des communes 2011"));
    }
}

public class MetadataInferrerTests
{
    private static ExtractedContent Content(string text, string format = "pdf", string? heading = null, string? declaredTitle = null,
        string? publisher = null, DateOnly? date = null, bool weakDate = false, string? description = null) => new()
    {
        Format = format,
        Pages = [text],
        HeadingTitle = heading,
        DeclaredTitles = declaredTitle is null ? [] : [declaredTitle],
        DeclaredPublishers = publisher is null ? [] : [publisher],
        DeclaredDate = date,
        DeclaredDateIsFileCreationDate = weakDate,
        Description = description,
    };

    [Theory]
    [InlineData("Direction générale des collectivités locales\nLes finances des communes", "DGCL")]
    [InlineData("Source : DGCL, comptes de gestion", "DGCL")]
    [InlineData("Insee Analyses Bretagne n° 112", "INSEE")]
    [InlineData("Observatoire des finances et de la gestion publique locales — Cap sur les communes", "OFGL")]
    [InlineData("Rapport de la chambre régionale des comptes Nouvelle-Aquitaine sur la commune de Manot", "Chambre régionale des comptes Nouvelle-Aquitaine")]
    [InlineData("La chambre régionale des comptes d'Auvergne, Rhône-Alpes a examiné la gestion", "Chambre régionale des comptes Auvergne-Rhône-Alpes")]
    [InlineData("Cour des comptes — Les finances publiques locales 2023", "Cour des comptes")]
    [InlineData("ADEME, Agence de la transition écologique", "ADEME")]
    [InlineData("Par l'Observatoire des territoires", "Observatoire des territoires")]
    [InlineData("Direction générale des finances publiques — Balances comptables", "DGFiP")]
    [InlineData("ANCT — Agence nationale de la cohésion des territoires", "ANCT")]
    [InlineData("DREES — Études et résultats", "DREES")]
    public void InfersPublisherFromCues(string text, string expected) =>
        Assert.Equal(expected, MetadataInferrer.Infer(Content(text), "doc.pdf").Publisher);

    /// <summary>
    /// The cues are read in the first 6,000 characters of the first pages. A first page one character short of that window
    /// used to make the next page's count negative, and the whole file failed (2 generated PDFs of the first 400 of a 1M
    /// corpus); 5,998 and 6,000 characters did not fail, and the cues of the first page must be found in every case.
    /// </summary>
    [Theory]
    [InlineData(5997)]
    [InlineData(5998)]
    [InlineData(5999)]
    [InlineData(6000)]
    [InlineData(6001)]
    public void ReadsTheCuesWhateverTheFirstPagesLength(int firstPageLength)
    {
        const string opening = "Rapport de la chambre régionale des comptes Occitanie sur le département du Tarn\n";
        var filler = string.Concat(Enumerable.Repeat("Les charges de personnel ont progressé sur la période. ", 120));
        var first = (opening + filler)[..firstPageLength];
        var content = new ExtractedContent { Format = "pdf", Pages = [first, "Deuxième page du rapport.", "Troisième page."] };

        var metadata = MetadataInferrer.Infer(content, "pdf/rapport.pdf");

        Assert.Equal("Chambre régionale des comptes Occitanie", metadata.Publisher);
    }

    [Theory]
    [InlineData("Bulletin d'information statistique de la DGCL n° 170", DocumentTypes.StatisticalBulletin)]
    [InlineData("BIS n°185 — Les finances des communes", DocumentTypes.StatisticalBulletin)]
    [InlineData("Rapport d’observations définitives — Commune de Manot", DocumentTypes.AuditReport)]
    [InlineData("Note méthodologique : fiches financières", DocumentTypes.MethodologyNote)]
    [InlineData("Jeu de données des comptes des communes", DocumentTypes.Dataset)]
    [InlineData("Insee Première n° 1925 — Les communes nouvelles", DocumentTypes.Study)]
    public void InfersTypeFromCues(string text, string expected) =>
        Assert.Equal(expected, MetadataInferrer.Infer(Content(text), "doc.pdf").Type);

    [Fact]
    public void GuideOnlyFromTitleAndHtmlDefault()
    {
        Assert.Equal(DocumentTypes.Guide, MetadataInferrer.Infer(Content("Les règles budgétaires.", heading: "Guide pratique de la M57"), "doc.pdf").Type);
        Assert.Null(MetadataInferrer.Infer(Content("Les règles budgétaires des communes\nCe guide n'est pas le titre."), "doc.pdf").Type);
        Assert.Equal(DocumentTypes.StatisticalPublication, MetadataInferrer.Infer(Content("Les règles budgétaires.", format: "html"), "page.html").Type);
    }

    [Fact]
    public void TitleFallsBackFromHeadingToFirstLineToFileName()
    {
        Assert.Equal("Les finances locales", MetadataInferrer.Infer(Content("x", heading: "Les finances locales"), "a.pdf").Title);
        Assert.Equal("Les comptes des communes en 2022", MetadataInferrer.Infer(Content("12\nLes comptes des communes en 2022\nSuite"), "a.pdf").Title);
        Assert.Equal("Dgcl methodo commune 2013", MetadataInferrer.Infer(Content(""), "docs/dgcl_methodo-commune_2013.pdf").Title);
    }

    [Theory]
    [InlineData("Microsoft Word - x.doc")]
    [InlineData("methodo_comm.doc")]
    [InlineData("(Microsoft Word - m\\351thodo_comm.doc)")]
    [InlineData("KM_C224e_MAIRIE_CONTREVOZ-20200313104658")]
    [InlineData("Document1")]
    [InlineData("untitled")]
    public void RejectsJunkTitles(string title) => Assert.True(MetadataFilters.IsJunkTitle(title, "methodo_comm.pdf"));

    [Theory]
    [InlineData("Les finances des communes en 2022")]
    [InlineData("Microsoft Word - Les finances des communes.doc", "Les finances des communes")]
    public void KeepsRealTitles(string title, string? expected = null) =>
        Assert.Equal(expected ?? title, MetadataFilters.CleanTitle(title, "x.pdf"));

    [Fact]
    public void SiteNameAsHtmlTitleIsIgnored() =>
        Assert.Equal("Présentation de la commune", MetadataInferrer.Infer(Content("texte", "html", heading: "Présentation de la commune", declaredTitle: "Cour des comptes"), "a.html").Title);

    [Fact]
    public void A_law_cited_by_the_title_does_not_date_the_document()
    {
        // A list whose title cites the law it applies: the law's date is not the list's; the file's own year stands.
        var cited = Content("Ain\nAisne", heading: "Liste des candidats présentés par les partis en vue de bénéficier des aides prévues à l'article 8 de la loi n° 88-227 du 11 mars 1988 modifiée",
            date: new DateOnly(2017, 6, 2), weakDate: true);
        var m = MetadataInferrer.Infer(cited, "listes/candidats-legislatives-2017.pdf");
        Assert.Equal(new DateOnly(2017, 6, 2), m.Date);
        Assert.Equal(2017, m.Year);

        // A dated title that cites nothing still dates the document.
        var gazette = Content("Sommaire", heading: "Journal officiel de la République française du 11 décembre 2014", date: new DateOnly(2015, 1, 5), weakDate: true);
        Assert.Equal(new DateOnly(2014, 12, 11), MetadataInferrer.Infer(gazette, "jo.pdf").Date);
    }

    [Fact]
    public void DatePrecedence()
    {
        var text = "Paru le 29/11/2022\nLes finances des communes.";
        // A declared (non-weak) date beats the text; the text beats a PDF creation date.
        Assert.Equal(new DateOnly(2023, 1, 2), MetadataInferrer.Infer(Content(text, date: new DateOnly(2023, 1, 2)), "a.pdf").Date);
        Assert.Equal(new DateOnly(2022, 11, 29), MetadataInferrer.Infer(Content(text, date: new DateOnly(2023, 1, 2), weakDate: true), "a.pdf").Date);
        Assert.Equal(new DateOnly(2023, 1, 2), MetadataInferrer.Infer(Content("Sans date.", date: new DateOnly(2023, 1, 2), weakDate: true), "a.pdf").Date);
    }

    [Fact]
    public void SidecarWinsOverDeclaredAndInferred()
    {
        var content = Content("Bulletin d'information statistique. Paru le 29/11/2022. Direction générale des collectivités locales.",
            declaredTitle: "Titre déclaré", publisher: "INSEE", date: new DateOnly(2020, 1, 1), description: "Résumé déclaré.");
        var sidecar = SidecarMetadata.Parse("""
            { "url": "https://example.gouv.fr/bis-170", "title": "BIS n° 170", "publisher": "DGCL", "date": "2022-11",
              "type": "etude", "themes": ["Finances locales", "Communes"], "summary": "Résumé du sidecar." }
            """);

        var m = MetadataInferrer.Infer(content, "bis.pdf", sidecar);

        Assert.Equal("BIS n° 170", m.Title);
        Assert.Equal("DGCL", m.Publisher);
        Assert.Equal(DocumentTypes.Study, m.Type);
        Assert.Equal(new DateOnly(2022, 11, 1), m.Date);
        Assert.Equal(["Finances locales", "Communes"], m.Themes);
        Assert.Equal("Résumé du sidecar.", m.Summary);
        Assert.Equal("https://example.gouv.fr/bis-170", m.Url);

        var without = MetadataInferrer.Infer(content, "bis.pdf");
        Assert.Equal("Titre déclaré", without.Title);
        Assert.Equal("INSEE", without.Publisher);
        Assert.Equal(DocumentTypes.StatisticalBulletin, without.Type);
        Assert.Equal("Résumé déclaré.", without.Summary);
    }

    [Fact]
    public void SummaryIsFirstSubstantialSentences()
    {
        var text = "Les finances des communes\n\nAin | 12 | 13\n\nLes dépenses de fonctionnement des communes ont progressé de 2,3 % en 2022. Les recettes ont augmenté plus vite. " + new string('x', 400);
        var summary = MetadataInferrer.Infer(Content(text), "a.pdf").Summary;
        Assert.NotNull(summary);
        Assert.StartsWith("Les dépenses de fonctionnement des communes ont progressé de 2,3 % en 2022.", summary);
        Assert.Equal("Les dépenses de fonctionnement des communes ont progressé de 2,3 % en 2022. Les recettes ont augmenté plus vite.",
            SummaryRule.FirstSentences("Titre\n\nLes dépenses de fonctionnement des communes ont progressé de 2,3 % en 2022. Les recettes ont augmenté plus vite."));
        Assert.True(summary.Length <= 300);
    }
}

public class SidecarMetadataTests
{
    [Fact]
    public void ReadsSidecarNextToFile()
    {
        var dir = Directory.CreateTempSubdirectory("sidecar-tests-");
        try
        {
            var file = Path.Combine(dir.FullName, "bis.pdf");
            Assert.Null(SidecarMetadata.TryLoad(file));
            File.WriteAllText(SidecarMetadata.PathFor(file), """{ "title": "BIS", "date": "2022-11-29", "type": "bulletin", "themes": [] }""");
            var s = SidecarMetadata.TryLoad(file);
            Assert.NotNull(s);
            Assert.Equal("BIS", s.Title);
            Assert.Equal(new DateOnly(2022, 11, 29), s.Date);
            Assert.Equal("bulletin", s.Type);
            Assert.Equal(file + ".meta.json", SidecarMetadata.PathFor(file));
        }
        finally { dir.Delete(true); }
    }

    [Theory]
    [InlineData("{ not json", "invalid JSON")]
    [InlineData("[1, 2]", "JSON object")]
    [InlineData("""{ "title": 42 }""", "\"title\" must be a string")]
    [InlineData("""{ "date": "29/11/2022" }""", "\"date\" must be")]
    [InlineData("""{ "date": "2022-13-01" }""", "\"date\" must be")]
    [InlineData("""{ "themes": [1, 2] }""", "\"themes\" must be an array of strings")]
    public void MalformedSidecarGivesClearError(string json, string expected)
    {
        var ex = Assert.Throws<SidecarFormatException>(() => SidecarMetadata.Parse(json, "bis.pdf.meta.json"));
        Assert.Contains(expected, ex.Message);
        Assert.Contains("bis.pdf.meta.json", ex.Message);
    }
}
