using System.Reflection;
using SampleGenerator.Html;
using SampleGenerator.Model;
using SampleGenerator.Output;
using SampleGenerator.Pdf;

// Usage: dotnet run --project tools/SampleGenerator -- <output folder, e.g. corpus-samples>
//        dotnet run --project tools/SampleGenerator -- eval/territories/docs --territory-test
//        dotnet run --project tools/SampleGenerator -- eval/territories/docs-blind --territory-blind
//        dotnet run --project tools/SampleGenerator -- eval/territories/docs-blind2 --territory-blind2
//        dotnet run --project tools/SampleGenerator -- eval/territories/docs-blind3 --territory-blind3
//        dotnet run --project tools/SampleGenerator -- eval/territories/docs-blind4 --territory-blind4
//        dotnet run --project tools/SampleGenerator -- eval/territories/docs-blind5 --territory-blind5
//        dotnet run --project tools/SampleGenerator -- eval/territories/docs-blind6 --territory-blind6
//        dotnet run --project tools/SampleGenerator -- eval/territories/docs-blind7 --territory-blind7
//        dotnet run --project tools/SampleGenerator -- eval/territories/docs-blind8 --territory-blind8
//        dotnet run --project tools/SampleGenerator -- eval/territories/docs-blind9 --territory-blind9
//        dotnet run --project tools/SampleGenerator -- eval/territories/docs-blind10 --territory-blind10
//        dotnet run --project tools/SampleGenerator -- eval/territories/docs-blind11 --territory-blind11
//        dotnet run --project tools/SampleGenerator -- eval/territories/docs-blind12 --territory-blind12
//        dotnet run --project tools/SampleGenerator -- eval/territories/docs-blind13 --territory-blind13
//        dotnet run --project tools/SampleGenerator -- eval/territories/docs-blind14 --territory-blind14
//        dotnet run --project tools/SampleGenerator -- eval/territories/docs-blind15 --territory-blind15
//        dotnet run --project tools/SampleGenerator -- eval/territories/docs-blind16 --territory-blind16
// The last seventeen forms write the held-out territory-recognition documents (Content/TerritoryTest,
// Content/TerritoryBlind, Content/TerritoryBlind2, Content/TerritoryBlind3, Content/TerritoryBlind4, Content/TerritoryBlind5, Content/TerritoryBlind6,
// Content/TerritoryBlind7, Content/TerritoryBlind8, Content/TerritoryBlind9, Content/TerritoryBlind10, Content/TerritoryBlind11, Content/TerritoryBlind12, Content/TerritoryBlind13,
// Content/TerritoryBlind14, Content/TerritoryBlind15, Content/TerritoryBlind16),
// not the served samples.
if (args.Length is < 1 or > 2 || (args.Length == 2 && args[1] is not ("--territory-test" or "--territory-blind" or "--territory-blind2" or "--territory-blind3" or "--territory-blind4" or "--territory-blind5" or "--territory-blind6" or "--territory-blind7" or "--territory-blind8" or "--territory-blind9" or "--territory-blind10" or "--territory-blind11" or "--territory-blind12" or "--territory-blind13" or "--territory-blind14" or "--territory-blind15" or "--territory-blind16")))
{
    Console.Error.WriteLine("usage: SampleGenerator <output folder> [--territory-test|--territory-blind|--territory-blind2|--territory-blind3|--territory-blind4|--territory-blind5|--territory-blind6|--territory-blind7|--territory-blind8|--territory-blind9|--territory-blind10|--territory-blind11|--territory-blind12|--territory-blind13|--territory-blind14|--territory-blind15|--territory-blind16]   (e.g. corpus-samples, eval/territories/docs --territory-test, eval/territories/docs-blind --territory-blind, eval/territories/docs-blind2 --territory-blind2, eval/territories/docs-blind3 --territory-blind3, eval/territories/docs-blind4 --territory-blind4, eval/territories/docs-blind5 --territory-blind5, eval/territories/docs-blind6 --territory-blind6, eval/territories/docs-blind7 --territory-blind7, eval/territories/docs-blind8 --territory-blind8, eval/territories/docs-blind9 --territory-blind9, eval/territories/docs-blind10 --territory-blind10, eval/territories/docs-blind11 --territory-blind11, eval/territories/docs-blind12 --territory-blind12, eval/territories/docs-blind13 --territory-blind13, eval/territories/docs-blind14 --territory-blind14, eval/territories/docs-blind15 --territory-blind15, eval/territories/docs-blind16 --territory-blind16)");
    return 2;
}

var output = Path.GetFullPath(args[0]);
var territoryTest = args.Length == 2;
// The blind splits' documents are short (150–600 words): their PDFs may have a single page.
var blind = args.Length == 2 && args[1] is ("--territory-blind" or "--territory-blind2" or "--territory-blind3" or "--territory-blind4" or "--territory-blind5" or "--territory-blind6" or "--territory-blind7" or "--territory-blind8" or "--territory-blind9" or "--territory-blind10" or "--territory-blind11" or "--territory-blind12" or "--territory-blind13" or "--territory-blind14" or "--territory-blind15" or "--territory-blind16");
var marker = args.Length < 2 ? null : args[1] switch
{
    "--territory-blind" => typeof(ITerritoryBlindSource),
    "--territory-blind2" => typeof(ITerritoryBlind2Source),
    "--territory-blind3" => typeof(ITerritoryBlind3Source),
    "--territory-blind4" => typeof(ITerritoryBlind4Source),
    "--territory-blind5" => typeof(ITerritoryBlind5Source),
    "--territory-blind6" => typeof(ITerritoryBlind6Source),
    "--territory-blind7" => typeof(ITerritoryBlind7Source),
    "--territory-blind8" => typeof(ITerritoryBlind8Source),
    "--territory-blind9" => typeof(ITerritoryBlind9Source),
    "--territory-blind10" => typeof(ITerritoryBlind10Source),
    "--territory-blind11" => typeof(ITerritoryBlind11Source),
    "--territory-blind12" => typeof(ITerritoryBlind12Source),
    "--territory-blind13" => typeof(ITerritoryBlind13Source),
    "--territory-blind14" => typeof(ITerritoryBlind14Source),
    "--territory-blind15" => typeof(ITerritoryBlind15Source),
    "--territory-blind16" => typeof(ITerritoryBlind16Source),
    _ => typeof(ITerritoryTestSource),
};
Type[] heldOut = [typeof(ITerritoryTestSource), typeof(ITerritoryBlindSource), typeof(ITerritoryBlind2Source), typeof(ITerritoryBlind3Source), typeof(ITerritoryBlind4Source), typeof(ITerritoryBlind5Source), typeof(ITerritoryBlind6Source), typeof(ITerritoryBlind7Source), typeof(ITerritoryBlind8Source), typeof(ITerritoryBlind9Source), typeof(ITerritoryBlind10Source), typeof(ITerritoryBlind11Source), typeof(ITerritoryBlind12Source), typeof(ITerritoryBlind13Source), typeof(ITerritoryBlind14Source), typeof(ITerritoryBlind15Source), typeof(ITerritoryBlind16Source)];
var (minWords, maxWords) = blind ? (150, 600) : territoryTest ? (200, 900) : (600, 3000);
var documents = typeof(ISampleSource).Assembly.GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ISampleSource).IsAssignableFrom(t))
    .Where(t => marker is not null
        ? marker.IsAssignableFrom(t)
        : !heldOut.Any(h => h.IsAssignableFrom(t)))
    .Select(t => ((ISampleSource)Activator.CreateInstance(t)!).Create())
    .OrderBy(d => d.FileName, StringComparer.Ordinal)
    .ToList();

var duplicates = documents.GroupBy(d => d.FileName).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
if (duplicates.Count > 0) throw new InvalidOperationException("Duplicate file names: " + string.Join(", ", duplicates));

foreach (var folder in territoryTest ? new[] { "pdf", "html" } : new[] { "pdf", "html", "ground-truth" })
{
    var path = Path.Combine(output, folder);
    if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
    Directory.CreateDirectory(path);
}

var warnings = new List<string>();
var splitLines = new Dictionary<string, int>();
var ligatureGlyphs = new Dictionary<string, int>();
foreach (var doc in documents)
{
    var words = Markup.CountWords(doc is HtmlSample h ? $"{h.Body} {h.Lead} {HtmlSite.For(h.Publisher).About}" : doc.Body);
    if (words < minWords || words > maxWords) warnings.Add($"{doc.FileName}: {words} words (expected {minWords}–{maxWords})");
    string target;
    switch (doc)
    {
        case PdfSample pdf:
            target = Path.Combine(output, "pdf", pdf.FileName);
            var (bytes, truth, splits) = PdfComposer.Compose(pdf);
            if (splits > 0) splitLines[pdf.FileName] = splits;
            var ligatures = PdfVerifier.CountLigatures(bytes);
            if (ligatures > 0) ligatureGlyphs[pdf.FileName] = ligatures;
            File.WriteAllBytes(target, bytes);
            if (!territoryTest) File.WriteAllText(Path.Combine(output, "ground-truth", Path.ChangeExtension(pdf.FileName, ".txt")), truth);
            var infoTitle = pdf.InfoTitle ?? pdf.Title;
            foreach (var problem in PdfVerifier.Check(bytes, truth, pdf.CheckPhrase, infoTitle, minPages: blind ? 1 : 2))
                warnings.Add($"{pdf.FileName}: {problem}");
            break;
        case HtmlSample html:
            target = Path.Combine(output, "html", html.FileName);
            File.WriteAllBytes(target, HtmlRenderer.Render(html));
            break;
        default:
            throw new InvalidOperationException(doc.GetType().Name);
    }
    if (doc.HasSidecar) File.WriteAllBytes(target + ".meta.json", SidecarWriter.Serialize(doc));
}
if (!territoryTest) File.WriteAllText(Path.Combine(output, "README.md"), Readme.Text);

var pdfCount = documents.OfType<PdfSample>().Count();
var htmlCount = documents.OfType<HtmlSample>().Count();
var size = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
Console.WriteLine($"Wrote {documents.Count} documents to {output}: {pdfCount} PDF, {htmlCount} HTML, {documents.Count(d => d.HasSidecar)} sidecars, {size / 1024} KiB in total.");
Console.WriteLine("Without sidecar: " + string.Join(", ", documents.Where(d => !d.HasSidecar).Select(d => d.FileName)));
Console.WriteLine($"Line ends with a split word: {splitLines.Values.Sum()} in {splitLines.Count} PDFs ({string.Join(", ", splitLines.Select(kv => $"{kv.Key} {kv.Value}"))})");
Console.WriteLine($"Ligature glyphs: {ligatureGlyphs.Values.Sum()} in {ligatureGlyphs.Count} PDFs ({string.Join(", ", ligatureGlyphs.Select(kv => $"{kv.Key} {kv.Value}"))})");
foreach (var w in warnings) Console.WriteLine("WARNING " + w);
return 0;
