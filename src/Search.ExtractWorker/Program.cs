using Search.Pipeline.Extraction;
using Search.Pipeline.Extraction.Isolation;

// Usage: Search.ExtractWorker [--parent <pid>]
// Reads {"Path": "..."} lines on stdin and answers one JSON line each on stdout (see WorkerProtocol).
int? parent = null;
for (var i = 0; i + 1 < args.Length; i++)
{
    if (args[i] == "--parent" && int.TryParse(args[i + 1], out var pid)) parent = pid;
}
var stdout = Console.OpenStandardOutput();
Console.SetOut(Console.Error); // stray writes must never corrupt the protocol
return WorkerProtocol.Serve(Console.In, stdout, new PdfExtractor(), parent);
