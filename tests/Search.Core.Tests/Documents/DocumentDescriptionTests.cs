using Search.Core.Documents;
using Search.Core.Querying;
using Search.Core.Territories;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests.Documents;

/// <summary>What a document is, in a reader's words: its type's names, its kind of publication, its publisher's other names, the
/// level of the places it is about; searched in a field of its own.</summary>
public class DocumentDescriptionTests
{
    [Fact]
    public void An_audit_report_is_described_as_a_control_and_its_chamber_by_its_acronym()
    {
        var doc = Doc("html/rod.html", "La gestion de la commune de Sainte-Marie", "Examen de la gestion de la commune.",
            publisher: "Chambre régionale des comptes Occitanie", type: DocumentTypes.AuditReport);
        var description = DocumentDescription.Of(doc);
        Assert.Contains("rapport de contrôle", description);
        Assert.Contains("contrôle de la gestion", description);
        Assert.Contains("CRC", description);
        // The type's label and the publisher's canonical name are in the metadata field: not repeated, nor their words.
        Assert.DoesNotContain(DocumentTypes.AuditReport, description);
        Assert.DoesNotContain("comptes", description, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_publisher_by_its_other_names_of_one_word_not_a_place_by_its_level()
    {
        var doc = Doc("html/dgfip.html", "tableau des communes", "Les Comptes des Communes. ANALYSE DES EQUILIBRES FINANCIERS FONDAMENTAUX 2012",
            publisher: "Ministère de l'Économie et des Finances") with
        {
            Territories = new DocumentTerritories([new TerritoryRef(TerritoryLevels.Commune, "45003", "Aillant-sur-Milleron")], []),
        };
        var description = DocumentDescription.Of(doc);
        Assert.Contains("Bercy", description.Split(" . "));
        // Not its other full names: their words are subjects ("relance", "industrie").
        Assert.DoesNotContain("Relance", description);
        Assert.Contains("fiche financière", description);
        Assert.DoesNotContain("commune", description.Split(" . "));
        // Its kind's cue is in the text's first lines, not in the title: a page without it has no such name.
        Assert.DoesNotContain("fiche financière", DocumentDescription.Of(doc with { Pages = ["Les Comptes des Communes."] }));
    }

    [Fact]
    public void A_document_of_no_known_type_publisher_or_place_has_no_description() =>
        Assert.Equal("", DocumentDescription.Of(Doc("pdf/x.pdf", "Une note", "Un texte sans indice.", publisher: "Mairie de Nulle-Part")));

    [Fact]
    public void A_cue_of_two_parts_needs_both()
    {
        var letter = Doc("html/refere.html", "Objet : Fonds de coopération", "Cour des comptes. Le Premier président à Monsieur le ministre.");
        Assert.Contains("référé", DocumentDescription.Of(letter));
        var other = Doc("html/other.html", "Objet : Fonds de coopération", "Le Premier président du conseil d'administration.");
        Assert.DoesNotContain("référé", DocumentDescription.Of(other));
    }

    [Fact]
    public void Every_line_of_the_data_file_has_a_cue_and_names()
    {
        Assert.NotEmpty(DocumentDescription.Lines);
        Assert.All(DocumentDescription.Lines, line =>
        {
            Assert.NotEmpty(line.Cue);
            Assert.NotEmpty(line.Names);
            if (line.Where == "type") Assert.Contains(DocumentTypes.All, label => AuditKey(label) == line.Cue);
        });
    }

    [Fact]
    public void A_word_only_in_the_description_makes_a_match_below_one_that_prints_it_and_none_with_weight_0()
    {
        using var index = new TestIndex(
            Doc("html/dgfip.html", "tableau des communes", "Les Comptes des Communes. Analyse des équilibres financiers fondamentaux 2012. Loiret, 394 habitants.",
                publisher: "DGFiP"),
            Doc("pdf/guide.pdf", "Lire une fiche financière", "La fiche financière d'une commune de 394 habitants montre ses équilibres."),
            Doc("pdf/other.pdf", "Les communes du Loiret", "394 habitants dans une commune du Loiret."));
        // Two words: no partial match joins the answer (that needs three), so the hits are the complete matches.
        var found = index.Service.Search(new SearchRequest { Query = "fiche habitants" });
        Assert.Equal(["pdf/guide.pdf", "html/dgfip.html"], found.Hits.Select(h => h.Url));

        var off = new SearchService(index.Provider, limits: SearchLimits.Default with { Ranking = RankingParameters.Default.With("DescriptionWeight", "0") });
        Assert.Equal(["pdf/guide.pdf"], off.Search(new SearchRequest { Query = "fiche habitants" }).Hits.Select(h => h.Url));
    }

    private static string AuditKey(string text) =>
        string.Join(' ', new string(QueryText.Fold(text).Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
