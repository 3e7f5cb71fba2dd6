namespace Search.Indexer.Commands;

/// <summary>Dispatches the verbs of the Indexer CLI; each command is a thin layer over the libraries.</summary>
public static class CommandLine
{
    public const string Usage = """
        Usage:
          Indexer index <folder> --index <dir> [--parallel N] [--commit-every N] [--ocr [--ocr-language fra] [--ocr-timeout S]]
              Extracts every PDF and HTML file of <folder> and updates the index in <dir>
              (idempotent: unchanged files skipped, changed ones replaced, deleted ones removed).
              --ocr reads pages without a usable text layer with tesseract (tesseract-ocr-fra,
              pdftoppm), S seconds at most per page (default 60).
          Indexer search "<query>" --index <dir> [--size N] [--page N] [--sort relevance|date]
                         [--publisher P]... [--type T]... [--year Y]... [--theme T]... [--json]
              Prints ranked hits; with --json, exactly the JSON of GET /api/search.
          Indexer eval --index <dir> --queries <queries.tsv> --qrels <qrels.tsv>
              Runs a judged query set (the format of eval/ and ../shared/eval) and prints
              nDCG@10, MRR@10, P@5 and R@10 per query and on average.
          Indexer crawl --config <sources.json> --data <dir> [--index <dir>] [--source ID]... [--log <file>] [--ocr ...]
              Crawls the configured sources into <dir>/index (bodies in <dir>/store, state in <dir>/crawl.db).
          Indexer robots <robots.txt file> --agent <token> <url>...
              Prints, for each URL, allowed or disallowed and the rule that decided.
        """;

    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        try
        {
            var parsed = Arguments.Parse(args.Skip(1));
            return args[0] switch
            {
                "index" => IndexCommand.Run(parsed),
                "search" => SearchCommand.Run(parsed),
                "crawl" => CrawlCommand.Run(parsed),
                "robots" => RobotsCommand.Run(parsed),
                "eval" => EvalCommand.Run(parsed),
                _ => Fail($"Unknown command '{args[0]}'."),
            };
        }
        catch (UsageException e)
        {
            return Fail(e.Message);
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        Console.Error.WriteLine(Usage);
        return 2;
    }
}

public sealed class UsageException(string message) : Exception(message);

/// <summary>Positional arguments and --options (repeatable) of one command.</summary>
public sealed class Arguments
{
    private static readonly HashSet<string> Flags = ["json", "ocr"];
    public List<string> Positional { get; } = [];
    public Dictionary<string, List<string>> Options { get; } = [];

    public static Arguments Parse(IEnumerable<string> args)
    {
        var result = new Arguments();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var name = arg[2..];
                string value;
                var eq = name.IndexOf('=');
                if (eq > 0)
                {
                    value = name[(eq + 1)..];
                    name = name[..eq];
                }
                else if (Flags.Contains(name)) value = "true";
                else if (e.MoveNext()) value = e.Current;
                else throw new UsageException($"--{name} needs a value.");
                if (!result.Options.TryGetValue(name, out var list)) result.Options[name] = list = [];
                list.Add(value);
            }
            else result.Positional.Add(arg);
        }
        return result;
    }

    public string? One(string name) => Options.TryGetValue(name, out var v) ? v[^1] : null;
    public IReadOnlyList<string> All(string name) => Options.TryGetValue(name, out var v) ? v : [];
    public bool Flag(string name) => Options.ContainsKey(name);

    public string Required(string name) => One(name) ?? throw new UsageException($"--{name} is required.");

    public int Int(string name, int fallback)
    {
        var raw = One(name);
        if (raw is null) return fallback;
        return int.TryParse(raw, out var value) ? value : throw new UsageException($"--{name} must be a whole number, not '{raw}'.");
    }

    public void AllowOnly(params string[] names)
    {
        foreach (var name in Options.Keys.Where(n => !names.Contains(n)))
            throw new UsageException($"Unknown option --{name}.");
    }
}
