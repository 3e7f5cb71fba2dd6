using System.CommandLine;
using Search.Pipeline.Crawling;

namespace Search.Indexer.Commands;

/// <summary>
/// <c>robots &lt;robots.txt file&gt; --agent &lt;token&gt; &lt;url&gt;…</c>: for people who maintain a site, what the
/// crawler's own robots.txt parser decides for each URL, and the rule that decided.
/// </summary>
public static class RobotsCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("robots.txt") { Description = "A robots.txt file." };
        var urls = new Argument<string[]>("url") { Description = "The URLs to check.", Arity = ArgumentArity.OneOrMore };
        var agent = new Option<string>("--agent") { Description = "The user-agent token matched against the groups.", HelpName = "token", DefaultValueFactory = _ => new CrawlConfig().RobotsAgent };
        var command = new Command("robots", "Prints, for each URL, allowed or disallowed and the rule that decided (the crawler's RFC 9309 parser).") { file, urls, agent };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(file), parsed.GetRequiredValue(urls), parsed.GetRequiredValue(agent)));
        return command;
    }

    private static int Run(FileInfo file, string[] urls, string agent)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"error: file not found: {file}");
            return 1;
        }
        var robots = RobotsTxt.Parse(File.ReadAllBytes(file.FullName));
        var status = 0;
        foreach (var raw in urls)
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
