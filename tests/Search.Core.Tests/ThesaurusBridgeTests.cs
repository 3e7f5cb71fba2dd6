using Search.Core.Analysis;
using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests;

/// <summary>
/// The vocabulary gap bridged by a general thesaurus (issue 14, points 1 and 4; <see cref="ThesaurusBridge"/>): a query no
/// document answers with every word has its rarest word searched also as the thesaurus's alternatives that a document holds
/// with every other word in one passage, next to the word's neighbour in the query; the answer says which word was replaced.
/// The thesaurus here is a small file in the MyThes format written by the test (the tests do not need mythes-fr).
/// </summary>
public sealed class ThesaurusBridgeTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "thes-tests-" + Guid.NewGuid().ToString("N") + ".dat");

    public ThesaurusBridgeTests() => File.WriteAllLines(_file,
    [
        "UTF-8",
        "querelle|2",
        "(Nom)|mot|dispute|différend|terme",
        "(Nom)|fête|conflit",
        "licenciement|1",
        "(Nom)|congé|départ",
    ]);

    public void Dispose() => File.Delete(_file);

    private static string Filler(int words) => string.Join(' ', Enumerable.Repeat("tableau", words));

    /// <summary>Written for these tests: an Ehpad report saying "différends entre les personnels" (never "querelles"), a report
    /// holding "un différend oppose le personnel" pages away from "camping", a centre social's note holding "personnel", "social" and
    /// "différend" in one passage but "différend" a sentence away from "personnel", a report using "mot" (a general alternative)
    /// next to "personnel", and notes that hold none of the alternatives; with <paramref name="typed"/>, a note holding the
    /// query's words as typed.</summary>
    private static TestIndex Reports(bool typed = false) => new(
    [
        Doc("https://crc.example/ehpad.html", "Rapport sur l'Ehpad des Tilleuls",
            "Les différends entre les personnels de l'Ehpad ont conduit à des arrêts de travail.", "CRC"),
        Doc("https://crc.example/rapport-7.pdf", "Rapport sur le tourisme à Vals",
            "Le camping compte douze emplacements. " + Filler(700) + "\f" + Filler(700) + " Un différend oppose le personnel au prestataire.", "CRC"),
        Doc("https://crc.example/rapport-8.html", "Rapport sur le centre social de Vals",
            "Le personnel du centre social compte douze agents et accueille les familles du quartier chaque semaine depuis 2015. "
            + "Le conseil a réglé un différend sur les horaires.", "CRC"),
        Doc("https://crc.example/foyer.html", "Rapport sur le foyer de Vals", "Le mot du personnel du foyer ouvre le rapport.", "CRC"),
        Doc("https://dgcl.example/communes.html", "Les dépenses des communes en 2021", "Les dépenses de fonctionnement des communes ont augmenté."),
        Doc("https://dgcl.example/departements.html", "Les dépenses des départements", "Les dépenses sociales des départements."),
        Doc("https://dgcl.example/regions.html", "Les finances des régions", "Les dépenses et les recettes des régions."),
        Doc("https://dgcl.example/transport.html", "Le transport des élèves", "Les dépenses de transport des départements pour les élèves."),
        Doc("https://dgcl.example/eau.html", "Le prix de l'eau", "Le prix de l'eau potable dans les communes."),
        Doc("https://dgcl.example/dette.html", "La dette des communes", "L'encours de la dette des communes en 2021."),
        Doc("https://dgcl.example/fiscalite.html", "La fiscalité locale", "Les impôts locaux des ménages et des entreprises."),
        Doc("https://dgcl.example/intercommunalite.html", "Les intercommunalités", "Les compétences des communautés de communes."),
        Doc("https://dgcl.example/elus.html", "Les élus locaux", "Les conseillers municipaux élus en 2020."),
        .. typed ? [Doc("https://crc.example/typed.html", "Rapport sur l'Ehpad des Lilas", "Des querelles entre le personnel de l'Ehpad.", "CRC")]
            : Array.Empty<Search.Core.Documents.SearchDocument>(),
    ]);

    private SearchService Service(TestIndex index, int alternatives = 16) => new(index.Provider, limits: SearchLimits.Default with
    {
        Thesaurus = Thesaurus.FromFile(_file),
        Ranking = RankingParameters.Default.With(nameof(RankingParameters.ThesaurusAlternatives), alternatives.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    });

    [Fact]
    public void A_word_no_document_holds_is_bridged_by_an_alternative_held_with_the_others_in_a_passage()
    {
        using var index = Reports();
        var request = new SearchRequest { Query = "querelles personnel ehpad" };
        var r = Service(index).Search(request);
        Assert.Equal("https://crc.example/ehpad.html", r.Hits[0].Url);
        // Notes holding "différend" and "personnel" without "ehpad" may follow, as partial answers of the bridged query labelled with
        // the word they lack (LooseMatches.Answering), never before it.
        Assert.All(r.Hits.Skip(1), h => Assert.Equal(["ehpad"], h.Missing));
        // The answer says which word was searched as which: "différend" only ("mot" is too short, "dispute" and "conflit" are in no
        // document).
        var replaced = Assert.Single(r.Thesaurus!);
        Assert.Equal("querelles", replaced.Word);
        Assert.Equal(["différend"], replaced.SearchedAs);
        Assert.Contains("<mark>", r.Hits[0].Snippet);
        // Off: no hit, the partial matches only.
        var off = Service(index, alternatives: 0).Search(request);
        Assert.Empty(off.Hits);
        Assert.Null(off.Thesaurus);
        Assert.NotNull(off.Relaxed);
    }

    [Fact]
    public void An_alternative_held_pages_away_from_the_other_words_answers_nothing()
    {
        using var index = Reports();
        // The tourism report holds "différend" next to "personnel", but pages away from "camping" (in neither title): the
        // query stays without a hit (as it is without the thesaurus); its partial matches are shown.
        var r = Service(index).Search(new SearchRequest { Query = "querelles personnel camping" });
        Assert.Empty(r.Hits);
        Assert.Equal(0, r.Total);
        Assert.Null(r.Thesaurus);
        Assert.NotNull(r.Relaxed);
        // The centre social's note holds the three words in one passage, but "différend" does not stand where "querelles" stood,
        // next to "personnel": no hit either.
        var apart = Service(index).Search(new SearchRequest { Query = "querelles personnel social" });
        Assert.Empty(apart.Hits);
        Assert.Null(apart.Thesaurus);
        // The foyer report says "mot" next to "personnel": a word of three letters is too general to stand for another.
        Assert.Empty(Service(index).Search(new SearchRequest { Query = "querelles personnel foyer" }).Hits);
        // The same thesaurus bridges the query whose words a passage holds (the gate, not the thesaurus, said no above).
        Assert.Equal("https://crc.example/ehpad.html", Service(index).Search(new SearchRequest { Query = "querelles personnel ehpad" }).Hits[0].Url);
    }

    [Fact]
    public void Documents_holding_the_words_as_typed_come_first_and_the_thesaurus_is_not_searched()
    {
        using var typed = Reports(typed: true);
        var request = new SearchRequest { Query = "querelles personnel ehpad" };
        var r = Service(typed).Search(request);
        Assert.Equal("https://crc.example/typed.html", r.Hits[0].Url);
        Assert.Null(r.Thesaurus);
        // The Ehpad report follows it as a partial answer of the thin list (LooseMatches.Answering), labelled with the word it
        // lacks: not as a thesaurus match, and never before the document holding the words.
        Assert.All(r.Hits.Skip(1), h => Assert.Equal(["querelles"], h.Missing));
        // Without the document holding them as typed, the bridged one answers.
        using var untyped = Reports();
        Assert.Equal("https://crc.example/ehpad.html", Service(untyped).Search(request).Hits[0].Url);
    }

    [Fact]
    public void A_mythes_file_is_read_by_folded_word_and_singular()
    {
        var thesaurus = Thesaurus.FromFile(_file);
        Assert.Equal(2, thesaurus.Count);
        Assert.Equal(["mot", "dispute", "différend", "terme", "fête", "conflit"], thesaurus.Alternatives("Querelles"));
        Assert.Equal(["congé", "départ"], thesaurus.Alternatives("licenciements"));
        Assert.Empty(thesaurus.Alternatives("jumelage"));
        Assert.Equal(0, Thesaurus.FromFile(_file + ".absent").Count);
    }

    [SkippableFact]
    public void The_system_thesaurus_is_parsed()
    {
        Skip.IfNot(File.Exists(Thesaurus.DefaultPath), $"{Thesaurus.DefaultPath} is not installed (Debian's mythes-fr)");
        var thesaurus = Thesaurus.FromFile(Thesaurus.DefaultPath);
        Assert.True(thesaurus.Count > 10_000, $"{thesaurus.Count} entries");
        Assert.Contains("différend", thesaurus.Alternatives("querelles"));
        Assert.Contains("départ", thesaurus.Alternatives("licenciements"));
        Assert.Contains("député", thesaurus.Alternatives("parlementaires"));
        // Accents ignored, as a query's words are.
        Assert.Contains("clinique", thesaurus.Alternatives("hopital"));
    }
}
