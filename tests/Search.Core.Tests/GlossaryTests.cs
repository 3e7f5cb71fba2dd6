using Search.Core.Analysis;
using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests;

/// <summary>
/// The glossary (Analysis/Data/glossary.txt): the publishers' terms and the public's words, loaded after the synonyms into
/// production's data. Each search test also runs with the glossary switched off (the synonyms alone, what
/// <c>Indexer eval --glossary none</c> plans with) to show the glossary is what finds the document.
/// </summary>
public class GlossaryTests
{
    private static readonly Synonyms WithoutGlossary = Synonyms.Load(Synonyms.SynonymsText, null);

    private static IReadOnlyList<string> Urls(SearchService service, string query) =>
        service.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Url).ToList();

    [Fact]
    public void Every_line_of_the_glossary_parses_and_production_loads_it_after_the_synonyms()
    {
        var lines = Synonyms.GlossaryText.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var glossary = Synonyms.Parse(Synonyms.GlossaryText);
        Assert.InRange(glossary.Groups.Count, 60, 150);
        Assert.Equal(lines.Count, glossary.Groups.Count);
        Assert.All(glossary.Groups, g => Assert.True(g.Count >= 2 && g.All(e => e.Terms.Count > 0)));
        // Production's data is both files, the synonyms first.
        var synonyms = Synonyms.Parse(Synonyms.SynonymsText);
        Assert.Equal(synonyms.Groups.Count + glossary.Groups.Count, Synonyms.Default.Groups.Count);
        Assert.Equal(synonyms.Groups.Count, WithoutGlossary.Groups.Count);
        Assert.Equal(glossary.Groups[^1].Select(e => e.Text), Synonyms.Default.Groups[^1].Select(e => e.Text));
        // Every group is justified by documents named in the comment above it.
        var text = Synonyms.GlossaryText.Split('\n');
        for (var i = 0; i < text.Length; i++)
        {
            var line = text[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            Assert.Contains("Printed with", text[i - 1]);
        }
    }

    [Fact]
    public void A_glossary_line_that_does_not_parse_is_refused_with_its_file_and_number()
    {
        var e = Assert.Throws<FormatException>(() => Synonyms.Load("dette, endettement", "# comment\nvidéosurveillance, vidéoprotection\na > b > c"));
        Assert.Contains("glossary line 3", e.Message);
        Assert.Contains("synonyms line 1", Assert.Throws<FormatException>(() => Synonyms.Load("dette", null)).Message);
    }

    [Fact]
    public void The_public_word_finds_the_publishers_term_below_the_word_as_typed()
    {
        using var index = new TestIndex(
            // The administration's term, repeated: on the words alone this document would score first.
            Doc("videoprotection.html", "Polices municipales", "Les communes équipées de vidéoprotection : la vidéoprotection de voie publique et ses caméras."),
            Doc("videosurveillance.pdf", "Subventions", "Installation d'un système de vidéosurveillance au centre du bourg."),
            Doc("autre.html", "Polices municipales", "Les effectifs des polices municipales en 2022."));
        Assert.Equal(["videosurveillance.pdf", "videoprotection.html"], Urls(index.Service, "vidéosurveillance"));
        // Equivalents: the administration's term reaches the public's word too.
        Assert.Equal(["videoprotection.html", "videosurveillance.pdf"], Urls(index.Service, "vidéoprotection"));
        var off = new SearchService(index.Provider, limits: SearchLimits.Default with { Synonyms = WithoutGlossary });
        Assert.Equal(["videosurveillance.pdf"], Urls(off, "vidéosurveillance"));
    }

    [Fact]
    public void A_generic_public_word_reaches_the_specific_terms_never_the_reverse()
    {
        using var index = new TestIndex(
            Doc("teleski.html", "Station de Méaudre", "Le téléski du Bois Barbu et le télésiège des Narces : déficit d'exploitation en régie."),
            Doc("remontees.pdf", "Remontées mécaniques", "Les remontées mécaniques du domaine skiable : déficit d'exploitation."));
        Assert.Equal(["remontees.pdf", "teleski.html"], Urls(index.Service, "remontées mécaniques déficit"));
        Assert.Equal(["teleski.html"], Urls(index.Service, "téléski"));
        Assert.DoesNotContain("remontées", QueryPlan.Create("télésiège", null, Synonyms.Default).Units[0].Expression);
        var off = new SearchService(index.Provider, limits: SearchLimits.Default with { Synonyms = WithoutGlossary });
        Assert.Equal(["remontees.pdf"], Urls(off, "remontées mécaniques déficit"));
    }

    [Fact]
    public void An_expression_of_the_glossary_and_of_the_synonyms_takes_the_expressions_of_both()
    {
        // "maison de retraite" is in a synonyms group (with EHPAD) and in a glossary group ("maison de retraite > EHPAD, …"):
        // one unit, each expression once.
        var expression = QueryPlan.Create("maison de retraite", null, Synonyms.Default).Units.Single().Expression;
        Assert.Contains("ehpad", expression, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, expression.Split('|').Count(a => a.Contains("établissement d'hébergement", StringComparison.Ordinal)));
        // "réchauffement climatique" is the glossary's only: switched off, the words stand alone.
        Assert.Contains("changement climatique", QueryPlan.Create("réchauffement climatique", null, Synonyms.Default).Units.Single().Expression);
        Assert.DoesNotContain(QueryPlan.Create("réchauffement climatique", null, WithoutGlossary).Units, u => u.Expression.Contains("changement", StringComparison.Ordinal));
    }
}
