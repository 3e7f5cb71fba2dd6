using Search.Core.Territories;
using Search.Pipeline.Extraction;
using Search.Pipeline.Metadata;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Territories;

/// <summary>Recognition on real documents of ../shared/corpus (skipped when it is absent): HTML only, so it stays fast.</summary>
[Trait("Category", "Slow")]
public sealed class SharedCorpusTerritoryTests
{
    private static DocumentTerritories Recognize(string relative)
    {
        var file = Path.Combine(RepoPaths.SharedCorpus!, relative);
        using var extractors = new ExtractorRegistry();
        var content = extractors.Extract(file);
        var metadata = MetadataInferrer.Infer(content, relative, SidecarMetadata.TryLoad(file));
        return TerritoryRecognizer.Default.Recognize(metadata.Title, metadata.Summary, content.Pages);
    }

    private static List<string> About(DocumentTerritories t) => t.About.Select(a => a.Key).ToList();

    [SkippableTheory]
    [InlineData("html/ccomptes_crc_391426.html", "commune:38548")]          // Villard-de-Lans audit
    [InlineData("html/ccomptes_crc_391865.html", "commune:38225")]          // Méaudre -> Autrans-Méaudre en Vercors
    [InlineData("html/ccomptes_crc_392092.html", "departement:79")]        // Deux-Sèvres
    [InlineData("html/ccomptes_crc_391494.html", "commune:66182")]         // "la commune de Sainte-Marie" -> Sainte-Marie-la-Mer
    [InlineData("html/dgfip_alize_region_2012_account.html", "region:28")] // "REGION BASSE-NORMANDIE" -> Normandie
    [InlineData("html/dgfip_alize_department_2008_account.html", "departement:02")]
    [InlineData("html/dgfip_alize_commune_2012_account.html", "commune:45002")]
    public void Real_documents_are_about_their_subject(string relative, string expected)
    {
        Skip.If(RepoPaths.SharedCorpus is null, "../shared/corpus not found next to the repository");
        Assert.Equal([expected], About(Recognize(relative)));
    }

    [SkippableFact]
    public void Lists_of_person_names_do_not_become_communes()
    {
        Skip.If(RepoPaths.SharedCorpus is null, "../shared/corpus not found next to the repository");
        // Deputies' names (Marie, François, Yves, Nicole…) are communes too; none may be a subject.
        var t = Recognize("html/jo_2111-an-rattachement-2022.html");
        Assert.DoesNotContain(t.About, a => a.Level == TerritoryLevels.Commune);
        Assert.DoesNotContain(t.Mentioned, m => m.Name is "Marie" or "François" or "Yves" or "Nicole");
    }
}
