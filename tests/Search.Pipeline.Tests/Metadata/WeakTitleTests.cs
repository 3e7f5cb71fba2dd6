using Search.Pipeline.Extraction;
using Search.Pipeline.Metadata;

namespace Search.Pipeline.Tests.Metadata;

/// <summary>
/// Weak titles of ../shared/corpus (issue 14, point 3), each reduced to the shape that caused it (texts written by us):
/// a table's header row or one of its rows as the heading, a journal's name as the declared title, a title wrapped over
/// several lines, a generic page label ("tableau des departements").
/// </summary>
public class WeakTitleTests
{
    private static ExtractedContent Doc(string text, string format = "pdf", string? declaredTitle = null, string? heading = null) => new()
    {
        Format = format,
        Pages = [text],
        DeclaredTitles = declaredTitle is null ? [] : [declaredTitle],
        HeadingTitle = heading,
    };

    /// <summary>A list of names: an opening sentence wrapped over three lines, then one short line per cell.</summary>
    private static string SenateList(string opening)
    {
        var rows = string.Join("\n", Enumerable.Range(0, 40).Select(i => $"NOM{i}\nPrénom{i}\nLes Républicains\nUnion centriste"));
        return opening + "\nNom\nPrénom\nGroupe politique du Sénat\nParti ou groupement politique de\nrattachement\n" + rows;
    }

    private const string Opening =
        "Au cours de sa réunion du 13 décembre 2017, le Bureau du Sénat a pris acte des déclarations de rattachement\n" +
        "des Sénatrices et des Sénateurs à un parti ou un groupement politique pour 2018,\n" +
        "dans le cadre de la législation sur le financement de la vie politique, établies comme suit :";

    [Theory]
    [InlineData("Nom Prénom Groupe politique du Sénat")]
    [InlineData("Libellé du département")]
    [InlineData("En Les Marche Républicains ! Les Républicains Union centriste")]
    public void A_table_header_or_row_taken_as_heading_gives_way_to_the_opening_sentence(string heading)
    {
        var title = MetadataInferrer.Infer(Doc(SenateList(Opening), heading: heading), "pdf/liste.pdf").Title;
        // The meeting's date is not the subject: "Au cours de sa réunion du 13 décembre 2017," is dropped.
        Assert.StartsWith("Le Bureau du Sénat a pris acte des déclarations de rattachement des Sénatrices", title);
        Assert.Contains("pour 2018", title);
        Assert.DoesNotContain("comme suit", title);
        Assert.True(title.Length <= 200, title);
    }

    [Theory]
    [InlineData("Nom Prénom Groupe politique du Sénat", true)]
    [InlineData("Libellé du département", true)]
    [InlineData("Rattachement des députés à un parti ou un groupement politique", false)]
    [InlineData("Les Républicains et l'Union centriste au Sénat", false)]
    public void Table_rows_are_told_from_titles(string line, bool row)
    {
        Assert.Equal(row, TitleRule.IsTableRow(line, SenateList(Opening).Replace("Les Républicains\n", "")));
        // In a report (long lines of prose), frequent words do not make a row.
        var report = string.Join("\n", Enumerable.Range(0, 50).Select(_ => "Les Républicains et l'Union centriste ont voté le budget primitif de la commune en séance publique."));
        Assert.False(TitleRule.IsTableRow("Les Républicains et l'Union centriste", report));
    }

    [Fact]
    public void A_heading_repeated_on_every_page_is_a_table_header()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 5).Select(i => $"Parti ou groupement politique de rattachement\nDUPONT{i}\nJean"));
        Assert.True(TitleRule.IsTableRow("Parti ou groupement politique de rattachement", text));
        Assert.False(TitleRule.IsTableRow("Parti ou groupement politique de rattachement", "Parti ou groupement politique de rattachement\nDUPONT\nJean"));
    }

    /// <summary>
    /// <see cref="TitleRule.LineShape"/> counts what splitting the text gives (trimmed non-empty lines, and those of four
    /// space-separated words or fewer), on texts of the pieces that decide it: tabs, carriage returns, no-break and other
    /// Unicode spaces at a line's ends or between words, blank lines, runs of spaces, a last line with or without newline.
    /// </summary>
    [Fact]
    public void The_lines_shape_is_what_splitting_the_text_counts()
    {
        string[] pieces = ["mot", "Élu", "a", "1.", " ", "  ", "\t", "\r", "\u00A0", "\u2009", "\u3000", "\n", "\n\n", " \n ", "\u200B", "\f", "x\ty"];
        var random = new Random(17);
        var texts = new List<string> { "", "\n", " ", "a", "a b c d", "a b c d e", " a b c d e \n", "\t\n\r\n" };
        for (var i = 0; i < 5000; i++)
            texts.Add(string.Concat(Enumerable.Range(0, random.Next(0, 60)).Select(_ => pieces[random.Next(pieces.Length)])));
        foreach (var text in texts)
        {
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var expected = (lines.Length, lines.Count(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4));
            Assert.Equal(expected, TitleRule.LineShape(text));
        }
        Assert.Contains(texts, t => TitleRule.LineShape(t) is { Lines: > 3 } shape && shape.Short < shape.Lines);
    }

    [Fact]
    public void A_title_wrapped_over_lines_is_read_whole()
    {
        var text = "Rattachement des sénatrices et des sénateurs à un parti ou un groupement politique pour 2014 dans le cadre\n" +
                   "de la législation sur le financement de la vie politique (déclarations recueillies au mois de novembre 2013)\nNoms\nPrénoms\nADNOT\nPhilippe";
        var title = TitleRule.FirstMeaningfulLine(text);
        Assert.StartsWith("Rattachement des sénatrices et des sénateurs à un parti ou un groupement politique pour 2014 dans le cadre de la " +
                          "législation sur le financement de la vie politique", title);
        Assert.True(title!.Length <= 200, title);
        // A list of names is never read whole, however its lines go on.
        Assert.Null(TitleRule.FirstMeaningfulLine("ADNOT Philippe NI AÏCHI Leila ECOLO ALLIZARD Pascal UMP AMIEL Michel RDSE ANDRÉ Michèle SOC ANTISTE Maurice SOC\n(suite) ARCHIMBAUD Aline ECOLO"));
    }

    [Fact]
    public void An_opening_sentence_on_one_line_is_read_and_a_header_row_is_never_a_title()
    {
        var text = Opening.Replace("\n", " ") + "\nNom Prénom Groupe politique du Sénat\nADNOT Philippe";
        var title = TitleRule.FirstMeaningfulLine(text);
        Assert.StartsWith("Le Bureau du Sénat a pris acte des déclarations de rattachement", title);
        Assert.Null(TitleRule.FirstMeaningfulLine("Nom Prénom Groupe politique du Sénat\n12 | 14"));
        // A sentence with a circumstance but nothing after it is left whole.
        Assert.Equal("Au cours de sa réunion du 13 décembre 2017, le Bureau a siégé", TitleRule.WithoutCircumstance("Au cours de sa réunion du 13 décembre 2017, le Bureau a siégé"));
    }

    [Fact]
    public void A_journal_name_as_declared_title_gives_way_to_the_extract_subject()
    {
        var text = "19 décembre 2018\nJOURNAL OFFICIEL DE LA RÉPUBLIQUE FRANÇAISE\nTexte 133 sur 157\nInformations parlementaires\nASSEMBLÉE NATIONALE\n" +
                   "Session ordinaire de 2018-2019\nINFORMATIONS DIVERSES\nNOR : INPX1802901X\n" +
                   "Rattachement des députés à un parti ou un groupement politique dans le cadre de la législation sur le\n" +
                   "financement de la vie politique (déclarations parvenues en novembre 2018) :\nNOM\nPRÉNOM\nAbad\nDamien";
        var m = MetadataInferrer.Infer(Doc(text, declaredTitle: "Journal officiel de la République française - N° 293 du 19 décembre 2018"), "pdf/jo.pdf");
        Assert.Equal("Rattachement des députés à un parti ou un groupement politique dans le cadre de la législation sur le financement " +
                     "de la vie politique (déclarations parvenues en novembre 2018)", m.Title);
        Assert.True(TitleRule.IsMasthead("JOURNAL OFFICIEL DE LA RÉPUBLIQUE FRANÇAISE"));
        Assert.False(TitleRule.IsMasthead("Les publications au Journal officiel en 2018"));
        // With nothing else to say, the journal's name stays.
        Assert.Equal("Journal officiel de la République française - N° 293 du 19 décembre 2018",
            MetadataInferrer.Infer(Doc("12 | 14", declaredTitle: "Journal officiel de la République française - N° 293 du 19 décembre 2018"), "pdf/jo.pdf").Title);
    }

    [Fact]
    public void A_generic_page_label_is_completed_by_the_caption_that_names_the_year()
    {
        var text = "tableau des departements\nLes Comptes des départements\nDonnées exprimées en euros\nRetour - Retour menu\n" +
                   "SITUATION FINANCIERE du DEPARTEMENT de AISNE 2011\nPopulation : 538 790\nFONCTIONNEMENT";
        Assert.Equal("Tableau des departements – Situation financiere du departement de AISNE 2011",
            MetadataInferrer.Infer(Doc(text, "html", declaredTitle: "tableau des departements"), "html/t.html").Title);
        Assert.Equal("Tableau des gfp – Analyse des equilibres financiers fondamentaux 2013 – CC Vallée Haute (Allier)",
            TitleRule.CompleteGenericLabel("tableau des gfp", "Retour Menu\nANALYSE DES EQUILIBRES FINANCIERS FONDAMENTAUX 2013 DEPARTEMENT : ALLIER GFP : CC VALLÉE HAUTE"));
        // A title that names something is left alone; so is a label without a caption.
        Assert.Equal("Référentiel Economie Circulaire", TitleRule.CompleteGenericLabel("Référentiel Economie Circulaire", text));
        Assert.Equal("tableau des communes", TitleRule.CompleteGenericLabel("tableau des communes", "Les comptes des communes\nPopulation : 12"));
    }

    [Fact]
    public void A_caption_whose_year_or_body_sits_on_the_next_lines_completes_the_label()
    {
        // The year in a cell of its own, under the caption; the table's cells " | "-separated.
        Assert.Equal("Détail comptes des régions – Situation financiere de la region basse-normandie 2014",
            TitleRule.CompleteGenericLabel("Détail comptes des régions", "Les Comptes des régions\nRetour\nSITUATION FINANCIERE de la REGION BASSE-NORMANDIE\n2014\nPopulation : 1 475 684"));
        // The commune named on the line under the département's label.
        Assert.Equal("Tableau des communes – Analyse des equilibres financiers fondamentaux 2000 – Orleans (Loiret)",
            TitleRule.CompleteGenericLabel("tableau des communes", "Retour Menu\nANALYSE DES EQUILIBRES FINANCIERS FONDAMENTAUX | 2000\nDEPARTEMENT : LOIRET\nORLEANS\nPopulation légale : 116 559 habitants"));
        // A figure under the label is not a name.
        Assert.Equal("Tableau des communes – Analyse des equilibres financiers fondamentaux 2000",
            TitleRule.CompleteGenericLabel("tableau des communes", "ANALYSE DES EQUILIBRES FINANCIERS FONDAMENTAUX | 2000\nPopulation : 116 559\nDEPARTEMENT : LOIRET\n154 756"));
    }

    [Theory]
    [InlineData("Liste au 30 novembre 2019 pour publication", true)]
    [InlineData("Version définitive du 12 mars 2021", true)]
    [InlineData("Liste rattachements site internet 2013", false)]
    [InlineData("Liste des candidats aux élections législatives", false)]
    public void A_declared_title_without_a_subject_is_told(string title, bool subjectless) =>
        Assert.Equal(subjectless, TitleRule.IsSubjectless(title));

    [Fact]
    public void A_declared_title_without_a_subject_gives_way_to_the_opening_sentence()
    {
        var m = MetadataInferrer.Infer(Doc(SenateList(Opening), declaredTitle: "Liste au 30 novembre 2017 pour publication", heading: "Nom Prénom Groupe politique du Sénat"), "pdf/l.pdf");
        Assert.StartsWith("Le Bureau du Sénat a pris acte des déclarations de rattachement", m.Title);
        // With nothing better, it stays.
        Assert.Equal("Liste au 30 novembre 2017 pour publication",
            MetadataInferrer.Infer(Doc("12 | 14", declaredTitle: "Liste au 30 novembre 2017 pour publication"), "pdf/l.pdf").Title);
    }

    [Fact]
    public void A_journal_extract_is_titled_by_the_list_it_introduces_not_by_its_rubric_nor_an_earlier_notice()
    {
        var text = "11 décembre 2014\nJOURNAL OFFICIEL DE LA RÉPUBLIQUE FRANÇAISE\nTexte 85 sur 101\nInformations parlementaires\nSÉNAT\n" +
                   "INFORMATIONS DIVERSES\nAvis d'une commission sur une nomination\nLa commission a émis un avis favorable à la nomination d'un directeur.\n*\n" +
                   "Au cours de sa réunion du 10 décembre 2014, le bureau du Sénat a pris acte des déclarations de rattachement des\n" +
                   "sénatrices et des sénateurs à un parti ou un groupement politique pour 2015 dans le cadre de la législation sur le\n" +
                   "financement de la vie politique, établies comme suit :\nNOM\nPRÉNOM\nDUPONT\nJean";
        var m = MetadataInferrer.Infer(Doc(text, declaredTitle: "Journal officiel de la République française - N° 286 du 11 décembre 2014",
            heading: "Informations parlementaires"), "pdf/jo.pdf");
        Assert.StartsWith("Le bureau du Sénat a pris acte des déclarations de rattachement des sénatrices et des sénateurs", m.Title);
        Assert.Contains("pour 2015", m.Title);
        Assert.Null(TitleRule.ListIntroduction("Avis d'une commission sur une nomination\nNOM :"));
        // Paragraphs joined into one line: a reference label before, the column labels after the colon.
        Assert.Equal("Rattachement des députés à un parti ou un groupement politique dans le cadre de la législation sur le financement " +
                     "de la vie politique (déclarations parvenues en novembre 2018)",
            TitleRule.ListIntroduction("INFORMATIONS DIVERSES\n\nNOR : INPX1802901X Rattachement des députés à un parti ou un groupement politique dans le " +
                                       "cadre de la législation sur le financement de la vie politique (déclarations parvenues en novembre 2018) : PRÉNOM\n\nNOM"));
        Assert.StartsWith("Le bureau du Sénat a pris acte",
            TitleRule.ListIntroduction("Au cours de sa réunion du 10 décembre 2014, le bureau du Sénat a pris acte des déclarations de rattachement des " +
                                       "sénateurs pour 2015, établies comme suit : GROUPE POLITIQUE du Sénat\n\nNOM PRÉNOM"));
        // A colon inside a sentence, followed by figures or prose, introduces no list.
        Assert.Null(TitleRule.ListIntroduction("La commission a émis un avis favorable sur la nomination du directeur général : 28 voix pour"));
        Assert.Null(TitleRule.ListIntroduction("La commission a émis un avis favorable sur la nomination du directeur général : elle a voté"));
    }

    [Theory]
    [InlineData("Annexe 13-")]
    [InlineData("ANNEXE N° 2")]
    [InlineData("Annexe II")]
    public void A_numbered_annex_is_a_place_not_a_title(string heading)
    {
        Assert.True(TitleRule.IsSectionHeading(heading));
        var m = MetadataInferrer.Infer(Doc(heading + "\nLes comptes des communes 2011\nFoire aux questions\nComment les comparaisons sont-elles faites ?",
            heading: heading), "pdf/faq.pdf");
        Assert.Equal("Les comptes des communes 2011", m.Title);
        Assert.False(TitleRule.IsSectionHeading("Annexe budgétaire de la commune"));
    }

    [Fact]
    public void A_list_whose_title_is_read_after_its_first_rows_takes_it()
    {
        // Reading order put the centred title after the first block of rows.
        var rows = string.Join("\n", Enumerable.Range(0, 30).Select(i => $"Durand{i} Damien UMP Union pour un mouvement populaire"));
        var page = rows + "\n\nRattachement des députés à un parti ou un groupement politique (déclarations parvenues en novembre 2014)\nSRC\n" + rows;
        Assert.Equal("Rattachement des députés à un parti ou un groupement politique (déclarations parvenues en novembre 2014)",
            MetadataInferrer.Infer(Doc(page), "pdf/liste.pdf").Title);
        // A title in capitals after the column labels, the first meaningful line being one of them.
        var candidates = "Libellé du département\n\nSexe candidat\n\nNom candidat\n" + string.Join("\n", Enumerable.Range(0, 30).Select(i => $"Ain {i}e circonscription M DURAND Jean 15/06/1972 MOUVEMENT")) +
                         "\n\nLISTE DES CANDIDATS PRESENTES PAR LES PARTIS OU GROUPEMENTS POLITIQUES EN VUE DES AIDES\nSexe candidat";
        Assert.Equal("Liste des candidats presentes par les partis ou groupements politiques en vue des aides",
            MetadataInferrer.Infer(Doc(candidates), "pdf/c.pdf").Title);
        // An opening sentence of its own stays; a report (long lines of prose) is no list.
        Assert.StartsWith("Le Bureau du Sénat a pris acte", MetadataInferrer.Infer(Doc(SenateList(Opening)), "pdf/s.pdf").Title);
        var report = "Rapport sur la gestion de la commune\n" + string.Join("\n", Enumerable.Range(0, 40).Select(_ =>
            "La commune a augmenté ses dépenses de fonctionnement de trois pour cent par an sur la période examinée par la chambre régionale."));
        Assert.Equal("Rapport sur la gestion de la commune", TitleRule.ListTitle(report, "Rapport sur la gestion de la commune"));
        // OCR text comes in short fragments: a poster read by OCR keeps its first line.
        var poster = "GUADELOUPE\nPORTRAIT RÉGIONAL\n" + string.Join("\n", Enumerable.Range(0, 30).Select(i => $"{i} hab/km²")) +
                     "\n\nUne très forte part du secteur tertiaire marchand dans la valeur ajoutée de la région";
        var scanned = new ExtractedContent { Format = "pdf", Pages = [poster], OcrPages = [1] };
        Assert.Equal("Guadeloupe – Portrait régional", MetadataInferrer.Infer(scanned, "pdf/p.pdf").Title);
    }
}
