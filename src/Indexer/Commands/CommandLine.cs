using System.CommandLine;

namespace Search.Indexer.Commands;

/// <summary>
/// The verbs of the Indexer CLI on System.CommandLine: typed options, <c>--help</c> per command, and Ctrl+C (or
/// SIGTERM) cancelling a running index or crawl, which then commits what it finished and exits with 130.
/// Usage errors print <c>error: …</c> and exit with 2; failures of the work itself exit with 1.
/// </summary>
public static class CommandLine
{
    public const int UsageError = 2;
    public const int Cancelled = 130;

    public static RootCommand Create() => new("Indexes French public statistics on local authorities (PDF and HTML), searches and evaluates the index, crawls publishers' sites.")
    {
        IndexCommand.Create(),
        SearchCommand.Create(),
        EvalCommand.Create(),
        CrawlCommand.Create(),
        RobotsCommand.Create(),
    };

    public static int Run(string[] args)
    {
        if (args is [] or ["help"])
        {
            Create().Parse(["--help"]).Invoke();
            return args.Length == 0 ? UsageError : 0;
        }
        // No response files: "@dgcl" is a query, not a file of arguments.
        var parsed = Create().Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Console.Error.WriteLine($"error: {error.Message}");
            var command = parsed.CommandResult.Command;
            Console.Error.WriteLine($"Usage: see Indexer {(command is RootCommand ? "" : command.Name + " ")}--help");
            return UsageError;
        }
        // On Ctrl+C the running command's token is cancelled; it gets this long to commit and stop.
        return parsed.Invoke(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(30) });
    }

    /// <summary>A long-running command body, off the invoking thread so Ctrl+C is handled while it runs.</summary>
    public static void SetWork(this Command command, Func<ParseResult, CancellationToken, int> work) =>
        command.SetAction((parsed, cancellationToken) => Task.Run(() =>
        {
            try
            {
                return work(parsed, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                Console.Error.WriteLine("cancelled: what was done is committed; run the same command again to finish.");
                return Cancelled;
            }
        }, CancellationToken.None));

    /// <summary>Refuses values below <paramref name="minimum"/> at parse time.</summary>
    public static Option<int> AtLeast(this Option<int> option, int minimum, string? unit = null)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < minimum) result.AddError($"{option.Name} must be at least {minimum}{unit}.");
        });
        return option;
    }
}
