using Search.Core.Analysis;
using Search.Pipeline.Extraction;
using Search.Pipeline.Extraction.Isolation;

// Usage: Search.ExtractWorker [--parent <pid>]
// Reads {"Path": "..."} lines on stdin and answers one JSON line each on stdout (see WorkerProtocol).
int? parent = null;
for (var i = 0; i + 1 < args.Length; i++)
{
    if (args[i] == "--parent" && int.TryParse(args[i + 1], out var pid)) parent = pid;
}
// The French word list (~346,000 forms) loads while the first request is awaited and its pages are parsed, not after
// them: the end of nearly every PDF (line-end hyphens, unmapped glyphs) looks words up in it.
_ = Task.Run(() => FrenchLexicon.Default);
var stdout = Console.OpenStandardOutput();
Console.SetOut(Console.Error); // stray writes must never corrupt the protocol
return WorkerProtocol.Serve(Console.In, stdout, new PdfExtractor(), parent);
