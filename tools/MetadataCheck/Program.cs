using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Search.Pipeline.Extraction;
using Search.Pipeline.Ingest;
using Search.Pipeline.Metadata;

// MetadataCheck <folder>... [--out FILE] [--baseline FILE] [--passes N]
//
// Extracts every PDF and HTML file below each folder (in-process, no OCR), infers its metadata as the folder ingest
// does (sidecar included) and writes one JSON line per file, sorted by path, to FILE (default: stdout). Then runs
// inference alone over the extracted files: one cold pass (first use of every pattern) and N warm passes (default 20),
// reporting the process CPU time of each on stderr. With --baseline, every line that differs from the baseline
// dump (written by another build) is printed and the exit code is 1.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
string? Option(string name) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault();
var folders = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(Path.GetFullPath).ToList();
if (folders.Count == 0)
{
    Console.Error.WriteLine("usage: MetadataCheck <folder>... [--out FILE] [--baseline FILE] [--passes N]");
    return 2;
}
var passes = int.Parse(Option("passes") ?? "20", CultureInfo.InvariantCulture);

var inputs = new List<(string Key, string Relative, ExtractedContent Content, SidecarMetadata? Sidecar)>();
var failures = new List<string>();
using (var registry = ExtractorRegistry.InProcess())
{
    foreach (var folder in folders)
    {
        foreach (var file in FolderIngester.ListFiles(folder))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            var key = Path.GetFileName(folder) + "/" + relative;
            try
            {
                inputs.Add((key, relative, registry.Extract(file), SidecarMetadata.TryLoad(file)));
            }
            catch (ExtractionException e)
            {
                failures.Add($"{{\"file\":{JsonSerializer.Serialize(key)},\"failed\":{JsonSerializer.Serialize(e.Message)}}}");
            }
        }
    }
}
inputs.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));

var json = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
var lines = new List<string>();
using var self = Process.GetCurrentProcess();
var cpu = self.TotalProcessorTime;
foreach (var (key, relative, content, sidecar) in inputs)
    lines.Add(Line(key, MetadataInferrer.Infer(content, relative, sidecar)));
self.Refresh();
var coldMs = (self.TotalProcessorTime - cpu).TotalMilliseconds;

var warm = new List<double>();
for (var p = 0; p < passes; p++)
{
    self.Refresh();
    cpu = self.TotalProcessorTime;
    foreach (var (_, relative, content, sidecar) in inputs) MetadataInferrer.Infer(content, relative, sidecar);
    self.Refresh();
    warm.Add((self.TotalProcessorTime - cpu).TotalMilliseconds);
}
warm.Sort();
lines.AddRange(failures);
lines.Sort(string.CompareOrdinal);

var output = Option("out");
if (output is null) foreach (var l in lines) Console.WriteLine(l);
else File.WriteAllLines(output, lines);

Console.Error.WriteLine($"{inputs.Count} files inferred ({failures.Count} failed extraction)");
Console.Error.WriteLine($"inference CPU, cold pass: {coldMs:0} ms");
if (warm.Count > 0)
    Console.Error.WriteLine($"inference CPU, {warm.Count} warm passes: median {warm[warm.Count / 2]:0.0} ms, min {warm[0]:0.0} ms, max {warm[^1]:0.0} ms " +
                            $"({warm[warm.Count / 2] * 1000 / Math.Max(1, inputs.Count):0} µs per file)");

var baseline = Option("baseline");
if (baseline is null) return 0;
var before = File.ReadAllLines(baseline).ToDictionary(FileOf);
var after = lines.ToDictionary(FileOf);
var differences = 0;
foreach (var file in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
{
    var b = before.GetValueOrDefault(file);
    var a = after.GetValueOrDefault(file);
    if (b == a) continue;
    differences++;
    Console.WriteLine($"- {b ?? "(absent)"}");
    Console.WriteLine($"+ {a ?? "(absent)"}");
}
Console.Error.WriteLine(differences == 0 ? $"identical to {baseline} ({after.Count} files)" : $"{differences} of {after.Count} files differ from {baseline}");
return differences == 0 ? 0 : 1;

string Line(string key, InferredMetadata m) => JsonSerializer.Serialize(new
{
    file = key,
    m.Title,
    m.Publisher,
    m.Type,
    Date = m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    m.Year,
    m.Themes,
    m.Summary,
    m.Url,
    m.Series,
    m.Language,
}, json);

static string FileOf(string line) => JsonDocument.Parse(line).RootElement.GetProperty("file").GetString()!;
