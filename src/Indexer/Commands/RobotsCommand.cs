using Search.Pipeline.Crawling;

namespace Search.Indexer.Commands;

/// <summary>
/// <c>robots &lt;robots.txt file&gt; --agent &lt;token&gt; &lt;url&gt;…</c>: for people who maintain a site, what the
/// crawler's own robots.txt parser decides for each URL, and the rule that decided.
/// </summary>
public static class RobotsCommand
{
    public static int Run(Arguments args)
    {
        args.AllowOnly("agent");
        if (args.Positional.Count < 2) throw new UsageException("robots takes a robots.txt file and at least one URL.");
        var file = args.Positional[0];
        var agent = args.One("agent") ?? new CrawlConfig().RobotsAgent;
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"error: file not found: {file}");
            return 1;
        }
        var robots = RobotsTxt.Parse(File.ReadAllBytes(file));
        var status = 0;
        foreach (var raw in args.Positional.Skip(1))
        {
            if (UrlNormalizer.Normalize(raw) is not { } url)
            {
                Console.WriteLine($"invalid     {raw}  (not an absolute http(s) URL)");
                status = 1;
                continue;
            }
            var decision = robots.Check(agent, new Uri(url));
            Console.WriteLine($"{(decision.Allowed ? "allowed" : "disallowed"),-11} {raw}  ({decision.Reason})");
        }
        return status;
    }
}
