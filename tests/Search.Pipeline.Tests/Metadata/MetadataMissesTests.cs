using Search.Core.Analysis;
using Search.Pipeline.Extraction;
using Search.Pipeline.Metadata;

namespace Search.Pipeline.Tests.Metadata;

/// <summary>Metadata misses found on ../shared/corpus, each reduced to the text that caused it (written by us).</summary>
public class MetadataMissesTests
{
    private static ExtractedContent Doc(string text, string format = "pdf", string? declaredTitle = null, string? heading = null, DateOnly? creation = null) => new()
    {
        Format = format,
        Pages = [text],
        DeclaredTitles = declaredTitle is null ? [] : [declaredTitle],
        HeadingTitle = heading,
        DeclaredDate = creation,
        DeclaredDateIsFileCreationDate = creation is not null,
    };

    [Theory]
    [InlineData("Liste Deputes Rattachements partis gpements pol 2013x", true)]
    [InlineData("2014 TAB Rattachementsx", true)]
    [InlineData("Annexe Réserve parlementaire AN - P122 - v1909", true)]
    [InlineData("2016 tableau rattachement partis", true)]
    [InlineData("Les finances des communes en 2022", false)]
    [InlineData("Situation au 1er janvier 2023", false)]
    [InlineData("Le 2e rapport de l'Observatoire des territoires", false)]
    [InlineData("BIS n° 170", false)]
    public void Editor_file_names_kept_as_titles_are_recognised(string title, bool fileName) =>
        Assert.Equal(fileName, TitleRule.LooksLikeFileName(title));

    [Fact]
    public void The_heading_outranks_a_declared_title_that_is_a_file_name()
    {
        var content = Doc("NOM PRENOM GROUPE\nAbad Damien UMP", declaredTitle: "2014 TAB Rattachementsx",
            heading: "Rattachement des députés à un parti ou un groupement politique");
        Assert.Equal("Rattachement des députés à un parti ou un groupement politique", MetadataInferrer.Infer(content, "jo/liste.pdf").Title);
        // Without a heading, the file name is still better than nothing.
        Assert.Equal("2014 TAB Rattachementsx", MetadataInferrer.Infer(Doc("12 | 14 | 16", declaredTitle: "2014 TAB Rattachementsx"), "jo/liste.pdf").Title);
    }

    [Theory]
    [InlineData("PRESENTATION GENERALE")]
    [InlineData("LES FAITS :")]
    [InlineData("1. Synthèse")]
    [InlineData("présentation de la commune")]
    [InlineData("Table des matières")]
    public void Section_headings_are_not_titles(string heading) => Assert.True(TitleRule.IsSectionHeading(heading));

    [Fact]
    public void An_audit_report_titled_by_a_section_heading_is_titled_by_the_audited_body()
    {
        var text = """
            Les observations définitives présentées dans ce rapport ont été arrêtées
            par la Chambre régionale des comptes de Lorraine lors de sa séance du 3 février 2016
            SYNTHESE
            La Communauté de communes du Val Brûlé dispose de compétences étendues. Elle n'exerce pas toutes ses compétences.
            """;
        var m = MetadataInferrer.Infer(Doc(text, "html", heading: "PRESENTATION GENERALE"), "crc/1.html");
        Assert.Equal("Rapport d'observations définitives – Communauté de communes du Val Brûlé", m.Title);
    }

    [Fact]
    public void A_chamber_letter_subject_split_across_lines_is_read()
    {
        var text = """
            Lyon, le 7 juillet 2016
            Monsieur le Maire,
            Par lettre citée en référence, je vous ai communiqué le rapport d'observations définitives de la chambre régionale des comptes concernant la gestion de la commune de
            Saint-Brieux-les-Monts au cours des exercices 2009 à 2014.
            """;
        var m = MetadataInferrer.Infer(Doc(text, "html", heading: "présentation de la commune"), "crc/2.html");
        Assert.Equal("Rapport d'observations définitives – La gestion de la commune de Saint-Brieux-les-Monts", m.Title);
        Assert.Equal(new DateOnly(2016, 7, 7), m.Date);
    }

    [Fact]
    public void A_referee_of_the_cour_without_its_name_in_the_text_is_titled_by_its_object_and_dated_by_its_reference()
    {
        var text = """
            Le Premier président
            à | Madame la ministre
            Réf. : S 2016-1842 | Objet : le fonds de soutien aux communes rurales
            En application des dispositions du code des juridictions financières, la Cour a examiné les comptes du fonds.
            Ce dispositif pouvait paraître légitime avant la réforme du 1er janvier 2006 ; il l'est moins désormais.
            """;
        var m = MetadataInferrer.Infer(Doc(text, "html"), "crc/3.html");
        Assert.Equal("Le fonds de soutien aux communes rurales", m.Title);
        Assert.Equal(2016, m.Year);
        Assert.Null(m.Date); // the 2006 of the text is a cited date, ten years before the reference
    }

    [Fact]
    public void A_birth_date_in_a_table_is_not_a_publication_date()
    {
        var text = "Département | Circonscription | Nom | Date de naissance\nAin | 1ère | MARTIN Jeanne | 15/06/1972 | PARTI";
        var m = MetadataInferrer.Infer(Doc(text, creation: new DateOnly(2017, 6, 7)), "jo_1706-candidats-lg2017.pdf");
        Assert.Equal(new DateOnly(2017, 6, 7), m.Date);
        // A recent uncued date is still taken.
        var recent = MetadataInferrer.Infer(Doc("Note de synthèse\n12/05/2017\nLes effectifs ont progressé.", creation: new DateOnly(2017, 6, 7)), "note-2017.pdf");
        Assert.Equal(new DateOnly(2017, 5, 12), recent.Date);
    }

    [Fact]
    public void Dates_with_dashes_are_read()
    {
        Assert.Equal(new DateOnly(2016, 3, 9), FrenchDates.FindAll("Extrait ROD 2016-07 du 09-03-2016").Single(c => c.HasDay).Date);
        Assert.DoesNotContain(FrenchDates.FindAll("référence 12-34-5678-2016"), c => c.HasDay);
    }

    [Theory]
    [InlineData("Au cours de sa réunion du 13 décembre 2018, le Bureau du Sénat a pris acte des déclarations de rattachement des sénateurs", "Sénat")]
    [InlineData("Rattachement des députés à un parti ou un groupement politique\nAbad Damien UMP", "Assemblée nationale")]
    public void Parliament_lists_are_published_by_their_chamber(string text, string publisher) =>
        Assert.Equal(publisher, MetadataInferrer.Infer(Doc(text), "jo/liste.pdf").Publisher);

    [Fact]
    public void Another_publisher_cue_or_the_path_outranks_a_mention_of_parliament()
    {
        Assert.Equal("Ministère de l'Économie et des Finances",
            MetadataInferrer.Infer(Doc("Réserve parlementaire Sénat : subventions versées aux communes"), "minfi_1409-senat-reserve.pdf").Publisher);
        Assert.Equal("DGCL", MetadataInferrer.Infer(Doc("Rapport au Sénat de la DGCL sur les finances locales"), "rapport.pdf").Publisher);
    }

    [Theory]
    [InlineData("Assemblée Nationale", "Assemblée nationale")]
    [InlineData("SENAT", "Sénat")]
    public void Declared_parliament_publishers_are_spelt_canonically(string declared, string expected) =>
        Assert.Equal(expected, PublisherRule.CanonicalPublisher(declared));

    [Fact]
    public void A_municipal_deliberation_is_published_by_its_commune()
    {
        var text = "DE_2021_14\nRépublique française\nDépartement de la Lozère\nCOMMUNE DE SAINT-JULIEN-DU-TOURNEL\nEXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL\nSéance du 4 mars 2021";
        Assert.Equal("Commune de Saint-Julien-du-Tournel", MetadataInferrer.Infer(Doc(text), "acte.pdf").Publisher);
        var withObject = text + "\nPrésents : …\nOBJET : Vote du budget primitif 2021\nLe conseil municipal, après en avoir délibéré…";
        Assert.Equal("Délibération – Vote du budget primitif 2021", MetadataInferrer.Infer(Doc(withObject), "acte.pdf").Title);
        var elided = "COMMUNE D'AIZAC\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL";
        Assert.Equal("Commune d'Aizac", MetadataInferrer.Infer(Doc(elided), "acte.pdf").Publisher);
        // Not an act: a commune named at the start of a study is not its publisher.
        Assert.Null(LocalActRule.LocalAuthorityPublisher("Commune de Lunel\nPortrait démographique et social"));
    }

    private static ExtractedContent Ocr(string text) => new() { Format = "pdf", Pages = [text], OcrPages = [1] };

    [SkippableFact]
    public void Ocr_noise_is_never_a_title_and_a_poster_title_keeps_its_territory()
    {
        Skip.If(FrenchLexicon.Default.Count == 0, "Debian's French word list (wfrench) is not installed");
        var noisy = ": . Sr e AT] Dibupie se Poules Precrrnité\nRÉDLBLIOLE FRANÇAISE\nFiche de situation financière des communes\nNote méthodologique";
        Assert.Equal("Fiche de situation financière des communes", MetadataInferrer.Infer(Ocr(noisy), "scan.pdf").Title);
        Assert.True(TitleRule.IsPlausibleOcrLine("PORTRAIT REGIONAL")); // accents lost by OCR
        Assert.False(TitleRule.IsPlausibleOcrLine("ee rénaten AA C2} 22"));

        var poster = "GUADELOUPE\nPORTRAIT RÉGIONAL\nUne densité démographique deux fois et demie supérieure à celle de la France";
        Assert.Equal("Guadeloupe – Portrait régional", MetadataInferrer.Infer(Ocr(poster), "portrait.pdf").Title);
    }

    [SkippableFact]
    public void A_scanned_arrete_is_titled_typed_and_published_from_its_own_lines()
    {
        Skip.If(FrenchLexicon.Default.Count == 0, "Debian's French word list (wfrench) is not installed");
        var text = "COLLECTIVITE : MAIRIE DE SAINT-ALBAN\nARRETE DE MISE EN DISPONIBILITE D'UN AGENT AFFILIE A LA CNRACL\nMme Jeanne MARTIN\nGrade : Adjoint administratif";
        var m = MetadataInferrer.Infer(Ocr(text), "scan.pdf");
        Assert.Equal("Arrete de mise en disponibilite d'un agent affilie a la CNRACL", m.Title);
        Assert.Equal("Commune de Saint-Alban", m.Publisher);
        Assert.Equal(Search.Core.Documents.DocumentTypes.AdministrativeAct, m.Type);
    }

    [Fact]
    public void An_upper_case_label_line_is_not_a_title() =>
        Assert.Equal("Les effectifs des services techniques", TitleRule.FirstMeaningfulLine("DESTINATAIRE : SERVICE DES ARCHIVES\nLes effectifs des services techniques"));
}
