using Search.Core.Querying;

namespace Search.Bench;

/// <summary>The <c>--set name=value</c> options (repeatable) of the bench commands that search: ranking parameters changed for a run.</summary>
public static class RankingArguments
{
    /// <summary>
    /// The ranking parameters with every <c>--set</c> of <paramref name="args"/> applied
    /// (<see cref="RankingParameters.WithSettings"/>, as <c>Indexer eval --set</c>); null, with the error written, when one is malformed.
    /// </summary>
    public static RankingParameters? Parse(string[] args)
    {
        try
        {
            return RankingParameters.Default.WithSettings(args.Zip(args.Skip(1)).Where(p => p.First == "--set").Select(p => p.Second));
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return null;
        }
    }
}
