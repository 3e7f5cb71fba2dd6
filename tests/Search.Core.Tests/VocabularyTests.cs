using Search.Core.Analysis;
using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests;

/// <summary>Words kept apart by the stem exceptions, and the generic words of the synonym data.</summary>
public class VocabularyTests
{
    private static IReadOnlyList<string> Stem(string text) => FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, text);

    [Theory]
    [InlineData("année", "Anne")]
    [InlineData("années", "Anne")]
    [InlineData("Savoie", "savoir")]
    [InlineData("cours", "Cour")]
    [InlineData("partir", "partis")]
    [InlineData("Landes", "land")]
    [InlineData("Gard", "gardes")]
    [InlineData("Gard", "garder")]
    [InlineData("commune", "commun")]
    [InlineData("communes", "communs")]
    public void Harmful_collisions_are_split(string word, string other) => Assert.NotEqual(Stem(word), Stem(other));

    [Theory]
    [InlineData("années", "année")]
    [InlineData("Annees", "année")]
    [InlineData("portes", "porte")]
    [InlineData("Landes", "lande")]
    [InlineData("gardes", "garde")]
    [InlineData("communes", "commune")]
    [InlineData("communs", "commun")]
    [InlineData("communne", "commune")]
    [InlineData("communnes", "communes")]
    public void Split_words_still_meet_their_own_forms(string a, string b) => Assert.Equal(Stem(a), Stem(b));

    [Fact]
    public void Every_exception_is_indexed_as_its_term_and_the_exact_chain_is_untouched()
    {
        Assert.NotEmpty(StemExceptions.Pairs);
        foreach (var (form, term) in StemExceptions.Pairs)
        {
            Assert.Equal([term], Stem(form));
            Assert.Equal([form], FrenchAnalyzers.Terms(FrenchAnalyzers.Exact, form));
        }
    }

    [Fact]
    public void The_adjective_commun_no_longer_matches_every_document_about_communes()
    {
        using var index = new TestIndex(
            Doc("transports.html", "Mobilité", "Le réseau de transports en commun dessert la ville."),
            Doc("communes.html", "Mobilité", "Les transports scolaires des communes rurales."));
        // Before the split, "commun" and "communes" were one term: the second page matched the words one by one.
        Assert.Equal(["transports.html"], index.Service.Search(new SearchRequest { Query = "transports en commun" }).Hits.Select(h => h.Url));
        Assert.Equal(["communes.html"], index.Service.Search(new SearchRequest { Query = "transports communes" }).Hits.Select(h => h.Url));
    }

    [Fact]
    public void A_malformed_exception_line_is_refused_with_its_number()
    {
        var e = Assert.Throws<FormatException>(() => StemExceptions.Parse("# comment\nannée => année\ncour des comptes => cour"));
        Assert.Contains("line 3", e.Message);
        Assert.Throws<FormatException>(() => StemExceptions.Parse("année, années"));
    }

    [Fact]
    public void A_generic_word_expands_to_the_specific_ones_never_the_reverse()
    {
        var synonyms = Synonyms.Parse("parlementaires > députés, sénateurs");
        Assert.Contains("sénateurs", QueryPlan.Create("parlementaires 2016", null, synonyms).Units[0].Expression);
        Assert.DoesNotContain("sénateurs", QueryPlan.Create("députés 2016", null, synonyms).Units[0].Expression);
        Assert.Throws<FormatException>(() => Synonyms.Parse("a > b > c"));
        Assert.Throws<FormatException>(() => Synonyms.Parse("parlementaires >"));
    }

    [Fact]
    public void The_groups_naming_a_term_sequence_are_those_with_such_an_expression_in_order()
    {
        var synonyms = Synonyms.Parse("finances > comptes\nfinances, financier, financière\nfinancier > financement\ncentre communal d'action sociale, ccas");
        Assert.Equal([0, 1], synonyms.GroupsNaming(Stem("finances")));
        Assert.Equal([1, 2], synonyms.GroupsNaming(Stem("financier")));
        Assert.Empty(synonyms.GroupsNaming(Stem("comptes")));        // a narrower expression names no group
        Assert.Equal([3], synonyms.GroupsNaming(Stem("centre communal d'action sociale")));
        Assert.Empty(synonyms.GroupsNaming(Stem("centre communal")));
        Assert.Empty(synonyms.GroupsNaming([]));
        // Over production's data, the same groups as comparing the sequence with every expression of every group.
        var data = Synonyms.Default;
        foreach (var sequence in data.Groups.SelectMany(g => g).Select(e => e.Terms).Append(Stem("budget")).Append(Stem("zzz")))
        {
            var scanned = Enumerable.Range(0, data.Groups.Count)
                .Where(g => data.Groups[g].Any(e => !e.Narrower && e.Terms.SequenceEqual(sequence, StringComparer.Ordinal)));
            Assert.Equal(scanned, data.GroupsNaming(sequence));
        }
    }

    [Fact]
    public void An_expression_of_two_groups_reaches_the_expressions_of_both()
    {
        var synonyms = Synonyms.Parse("finances > comptes\nfinances, financier, financière\nfinancier > financement");
        var finances = QueryPlan.Create("finances 2016", null, synonyms).Units[0].Expression;
        Assert.Contains("comptes", finances);
        Assert.Contains("financière", finances);
        Assert.DoesNotContain("financement", finances);   // not transitive: "financier" reaches it, "finances" does not
        var financier = QueryPlan.Create("financier 2016", null, synonyms).Units[0].Expression;
        Assert.Contains("finances", financier);
        Assert.Contains("financement", financier);
        Assert.DoesNotContain("comptes", financier);
        // A specific expression of one group and an equivalent of another: only the group where it is not specific expands.
        var comptes = QueryPlan.Create("comptes", null, Synonyms.Parse("finances > comptes\ncomptes, comptabilité")).Units[0].Expression;
        Assert.Contains("comptabilité", comptes);
        Assert.DoesNotContain("finances", comptes);
    }

    [Fact]
    public void A_search_plans_its_queries_with_the_synonym_data_of_its_limits()
    {
        using var index = new TestIndex(
            Doc("dette.html", "Rapport", "La dette de la commune a baissé."),
            Doc("endettement.html", "Rapport", "L'endettement de la commune a baissé."));
        // Production's data: the two words meet (vocab12).
        Assert.Equal(["dette.html", "endettement.html"], index.Service.Search(new SearchRequest { Query = "endettement commune" }).Hits.Select(h => h.Url).Order());
        // Another data file, without that group (what `Indexer eval --synonyms` does): the word alone.
        var without = new SearchService(index.Provider, limits: SearchLimits.Default with { Synonyms = Synonyms.Parse("ccas, centre communal d'action sociale") });
        Assert.Equal(["endettement.html"], without.Search(new SearchRequest { Query = "endettement commune" }).Hits.Select(h => h.Url));
        var other = new SearchService(index.Provider, limits: SearchLimits.Default with { Synonyms = Synonyms.Parse("endettement > dette") });
        Assert.Equal(["dette.html", "endettement.html"], other.Search(new SearchRequest { Query = "endettement commune" }).Hits.Select(h => h.Url).Order());
        Assert.Equal(["dette.html"], other.Search(new SearchRequest { Query = "dette commune" }).Hits.Select(h => h.Url));
    }

    [Fact]
    public void Documents_found_through_a_synonym_rank_below_those_with_the_words_as_typed()
    {
        using var index = new TestIndex(
            // The specific word is repeated: on the words alone, these would score first.
            Doc("deputes.pdf", "Rattachement financier", "Liste des députés, députés et députés rattachés en 2016."),
            Doc("senateurs.pdf", "Rattachement financier", "Liste des sénateurs, sénateurs et sénateurs rattachés en 2016."),
            Doc("parlementaires.pdf", "Rattachement financier", "Liste des parlementaires rattachés en 2016, avec leurs partis, leurs groupes et leurs circonscriptions."),
            Doc("autre.pdf", "Rattachement financier", "Liste des partis en 2016."));
        var r = index.Service.Search(new SearchRequest { Query = "parlementaires rattachement" });
        Assert.Equal("parlementaires.pdf", r.Hits[0].Url);
        Assert.Equal(["deputes.pdf", "senateurs.pdf"], r.Hits.Skip(1).Select(h => h.Url).Order());
        Assert.Equal(["deputes.pdf"], index.Service.Search(new SearchRequest { Query = "députés rattachement" }).Hits.Select(h => h.Url));
    }

    [Theory]
    // The public's adjective finds the publishers' noun, in any gender and number; the noun does not widen to the adjective.
    [InlineData("rattachement financier", "financement", true)]
    [InlineData("situation financière", "financement", true)]
    [InlineData("financiers", "financement", true)]
    [InlineData("financement", "financier", false)]
    [InlineData("poubelles", "ordures ménagères", true)]
    [InlineData("ordures ménagères", "poubelles", false)]
    [InlineData("élus nationaux", "sénateurs", true)]
    [InlineData("les élus nationaux du Rhône", "députés", true)]
    [InlineData("députés", "élus nationaux", false)]
    // A member's tie to a party: the public's words reach the lists' "rattachement"; the lists' word does not widen back.
    [InlineData("à quel parti politique sont affiliés les sénateurs", "rattachement", true)]
    [InlineData("appartenance politique des députés", "rattachement", true)]
    [InlineData("rattachement des députés", "appartenance", false)]
    // Moving house: the verb's forms meet the noun's, and both reach the statisticians' term; that term does not widen back.
    [InlineData("Français ayant déménagé en 2014", "mobilité résidentielle", true)]
    [InlineData("déménagements", "déménagent", true)]
    [InlineData("déménagent", "déménagements", true)]
    [InlineData("mobilité résidentielle", "déménagement", false)]
    // The DGFiP's acronym of the groupement à fiscalité propre, both ways (an acronym group).
    [InlineData("comptes du groupement à fiscalité propre 2008", "gfp", true)]
    [InlineData("gfp", "groupement à fiscalité propre", true)]
    // The public's word for the institutions the reports name by their status; the status does not widen back.
    [InlineData("finances des hôpitaux", "centre hospitalier", true)]
    [InlineData("hôpital Calvados", "chu", true)]
    [InlineData("centre hospitalier de Lisieux", "hôpital", false)]
    // A fall in the public's word and in the publishers' (equivalents: every way).
    [InlineData("objectif de baisse des émissions de CO2", "réduction", true)]
    [InlineData("réduction des dépenses", "baisse", true)]
    [InlineData("diminution de la population", "réduction", true)]
    // The domain's vocabulary, read from the documents (vocab12). Acronyms and names, both ways.
    [InlineData("budget du CCAS", "centre communal d'action sociale", true)]
    [InlineData("centre communal d'action sociale", "ccas", true)]
    [InlineData("taxe sur les surfaces commerciales", "tascom", true)]
    [InlineData("ETP de la commune", "équivalent temps plein", true)]
    // The accounts' words and the budget's, every way.
    [InlineData("épargne brute des départements", "caf brute", true)]
    [InlineData("produits de fonctionnement", "recettes de fonctionnement", true)]
    [InlineData("charges de fonctionnement", "dépenses de fonctionnement", true)]
    [InlineData("endettement de la commune", "dette", true)]
    [InlineData("conseil général de l'Isère", "conseil départemental", true)]
    // Derivations the stemmer keeps apart.
    [InlineData("apprentissage dans les collectivités", "apprentis", true)]
    [InlineData("policiers municipaux", "police municipale", true)]
    // Generic > specific: the generic word reaches the specific ones, never the reverse.
    [InlineData("impôts locaux des communes", "taxe d'habitation", true)]
    [InlineData("taxe d'habitation", "impôts locaux", false)]
    [InlineData("dépenses d'investissement", "dépenses d'équipement", true)]
    [InlineData("dépenses d'équipement", "dépenses d'investissement", false)]
    [InlineData("frais de personnel", "masse salariale", true)]
    [InlineData("masse salariale", "frais de personnel", false)]
    [InlineData("aide sociale", "rsa", true)]
    [InlineData("budget de la mairie", "commune", true)]
    [InlineData("commune de Contrevoz", "mairie", false)]
    [InlineData("dépenses des départements pour les pompiers", "sdis", true)]
    [InlineData("budget du SDIS", "pompiers", false)]
    [InlineData("émissions de CO2 des intercommunalités", "gaz à effet de serre", true)]
    [InlineData("émissions de gaz à effet de serre", "co2", true)]
    [InlineData("CO2 par habitant", "gaz à effet de serre", false)]
    // A relational adjective reaches its noun (relev19), one way: the noun does not widen to the adjective.
    [InlineData("dépenses communales", "commune", true)]
    [InlineData("dépenses des communes", "communal", false)]
    [InlineData("aides régionales", "région", true)]
    [InlineData("comptes communes région Centre", "régional", false)]
    [InlineData("transports scolaires", "école", true)]
    // "financière" is in two groups: it reaches the noun of its adjective and the financing of the lists.
    [InlineData("situation financière", "finances", true)]
    [InlineData("finances des communes", "financière", false)]
    // Acronyms the documents write in one form only (relev19), both ways.
    [InlineData("taux de TVA", "taxe sur la valeur ajoutée", true)]
    [InlineData("code général des collectivités territoriales", "cgct", true)]
    [InlineData("produit de la TIPP", "taxe intérieure sur les produits pétroliers", true)]
    [InlineData("TFNB", "taxe foncière sur les propriétés non bâties", true)]
    public void The_public_words_of_the_synonym_data_reach_the_publishers_words(string query, string expected, bool expands)
    {
        var expressions = string.Join(" ", QueryPlan.Create(query, null, Synonyms.Default).Units.Select(u => u.Expression));
        Assert.Equal(expands, expressions.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_declared_for_the_financing_of_political_life_is_found_by_a_financial_attachment_query()
    {
        using var index = new TestIndex(
            Doc("liste.pdf", "Rattachement des députés à un parti", "Rattachement des députés dans le cadre de la législation sur le financement de la vie politique."),
            Doc("bilan.pdf", "Rattachement financier des députés", "Le rattachement financier des députés à un parti politique."),
            Doc("budget.pdf", "Budget", "Le budget de la commune."));
        var r = index.Service.Search(new SearchRequest { Query = "rattachement financier députés" });
        // The words as typed first, then the document that says "financement".
        Assert.Equal(["bilan.pdf", "liste.pdf"], r.Hits.Select(h => h.Url));
    }

    [Fact]
    public void A_generic_tax_word_finds_the_tables_that_name_the_taxes_after_the_documents_with_the_words_as_typed()
    {
        using var index = new TestIndex(
            // Written for this test: the table names the taxes, never "impôts locaux"; the specific word is repeated.
            Doc("table.html", "Comptes de la commune", "Taxe d'habitation, taxe d'habitation et taxe foncière de la commune en 2013."),
            Doc("note.html", "Note sur la commune", "Les impôts locaux de la commune ont augmenté en 2013."),
            Doc("autre.html", "Comptes de la commune", "Les dotations de la commune en 2013."));
        var r = index.Service.Search(new SearchRequest { Query = "impôts locaux commune" });
        Assert.Equal(["note.html", "table.html"], r.Hits.Select(h => h.Url));
        // The specific word does not widen to the generic one.
        Assert.Equal(["table.html"], index.Service.Search(new SearchRequest { Query = "taxe d'habitation commune" }).Hits.Select(h => h.Url));
    }

    [Fact]
    public void A_report_that_only_spells_an_acronym_out_is_found_by_the_acronym()
    {
        using var index = new TestIndex(
            Doc("rod.html", "Rapport d'observations", "Le centre communal d'action sociale de la commune verse des aides."),
            Doc("ccas.html", "Rapport d'observations", "Le CCAS de la commune verse des aides."),
            Doc("autre.html", "Rapport d'observations", "La commune verse des subventions."));
        // Both ways; the order is not asserted: a name of several words found as a phrase can outscore the acronym as typed
        // (docs/BENCHMARKS.md, "Fourteenth session (vocab12)").
        Assert.Equal(["ccas.html", "rod.html"], index.Service.Search(new SearchRequest { Query = "CCAS aides" }).Hits.Select(h => h.Url).Order());
        Assert.Equal(["ccas.html", "rod.html"], index.Service.Search(new SearchRequest { Query = "centre communal d'action sociale aides" }).Hits.Select(h => h.Url).Order());
    }

    [Fact]
    public void A_query_on_moving_house_finds_the_report_on_residential_mobility()
    {
        using var index = new TestIndex(
            // Written for this test: the statisticians' report never says "déménagé", the verb's other forms differ in stem.
            Doc("mobilites.pdf", "Rapport de l'observatoire", "Chaque année, des Français déménagent : la mobilité résidentielle des ménages varie avec l'âge."),
            Doc("synthese.html", "Rapport de l'observatoire", "En 2014, un Français sur dix a déménagé, souvent dans le même département."),
            Doc("bureaux.html", "Rapport sur la région", "Le déménagement des services de la région vers le nouvel hôtel de région."),
            Doc("autre.html", "Finances", "Les Français et leurs impôts locaux."));
        var r = index.Service.Search(new SearchRequest { Query = "Français ayant déménagé" });
        // The document with the words as typed and the one using another form and the statisticians' term; a report on
        // moving offices that never names the Français is not an answer, nor a document without any form of the verb.
        Assert.Equal(["mobilites.pdf", "synthese.html"], r.Hits.Select(h => h.Url).Order());
        // The statisticians' term alone stays narrow: the report on moving offices is not a residential mobility.
        Assert.DoesNotContain("bureaux.html", index.Service.Search(new SearchRequest { Query = "mobilité résidentielle" }).Hits.Select(h => h.Url));
    }
}
